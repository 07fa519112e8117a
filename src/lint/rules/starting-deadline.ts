import type { LintRule } from "./rule.js";

// Reported by validation (k8s/rules/cron-job-template.ts); lint adopts it at this level.
export const startingDeadline: LintRule = {
  id: "cronjob/starting-deadline",
  level: "warning",
  rationale:
    "The CronJob controller checks about every 10 seconds: a startingDeadlineSeconds under 10 can make it skip runs, or never start one.",
  hint: "use startingDeadlineSeconds of at least 10 (about one period is a good value)",
};
