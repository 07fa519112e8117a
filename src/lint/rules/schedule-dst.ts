import type { LintRule } from "./rule.js";

// Reported by validation (schedule/check-schedule.ts); lint reports it too.
export const scheduleDst: LintRule = {
  id: "schedule/dst",
  level: "warning",
  rationale:
    "A run inside the hour the clocks skip is not made up that day, and one inside the repeated hour runs once: a daily job misses a day or shifts.",
  hint: "move the run out of the hours the clocks change (often 01:00-03:00), or use timeZone: UTC",
};
