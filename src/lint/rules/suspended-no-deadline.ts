import type { LintRule } from "./rule.js";

export const suspendedNoDeadline: LintRule = {
  id: "batch/suspended-no-deadline",
  level: "info",
  rationale: "Without startingDeadlineSeconds, resuming a suspended CronJob starts the last missed run at once, whenever that was due.",
  hint: "set startingDeadlineSeconds so that runs missed while suspended are skipped",
  check(t, _ctx, report) {
    if (t.kind !== "CronJob" || t.cronSpec?.suspend !== true || t.cronSpec.startingDeadlineSeconds !== undefined) return;
    report({ path: ["spec", "suspend"], message: "suspended with no startingDeadlineSeconds: resuming starts a missed run immediately" });
  },
};
