import type { LintRule } from "./rule.js";

export const cronJobNoCleanup: LintRule = {
  id: "batch/cronjob-no-cleanup",
  level: "off",
  rationale:
    "A CronJob's history limits already delete old Jobs; a TTL on its Jobs also cleans up after a CronJob is deleted or its limits raised.",
  hint: "set cleanupAfterSeconds (ttlSecondsAfterFinished) on the ScheduledJob",
  check(t, _ctx, report) {
    if (t.kind !== "CronJob" || t.jobSpec === undefined || t.jobSpec.ttlSecondsAfterFinished !== undefined) return;
    report({ path: [...t.jobSpecPath, "ttlSecondsAfterFinished"], message: "the CronJob's finished Jobs have no TTL" });
  },
};
