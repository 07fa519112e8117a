import type { LintRule } from "./rule.js";

export const forbidNoDeadline: LintRule = {
  id: "batch/forbid-no-deadline",
  level: "warning",
  rationale: "Under concurrencyPolicy Forbid a run that hangs is never stopped, and every later run is skipped while it hangs.",
  hint: "set activeDeadlineSeconds to the longest a run may take",
  check(t, _ctx, report) {
    if (t.kind !== "CronJob" || t.cronSpec?.concurrencyPolicy !== "Forbid" || t.jobSpec === undefined) return;
    if (t.jobSpec.activeDeadlineSeconds !== undefined) return;
    report({
      path: ["spec", "concurrencyPolicy"],
      message: "concurrencyPolicy Forbid with no activeDeadlineSeconds: one hung run blocks every later run",
    });
  },
};
