import type { LintRule } from "./rule.js";

// Reported by validation as a warning (schedule/check-schedule.ts); lint raises it to an error.
export const neverRuns: LintRule = {
  id: "schedule/never-runs",
  level: "error",
  rationale: "Kubernetes accepts a schedule no date matches (February 30); the CronJob then never creates a Job.",
  hint: "check the day-of-month, month and day-of-week fields",
};
