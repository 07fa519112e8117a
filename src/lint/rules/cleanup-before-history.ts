import { formatSeconds, shortestPeriodSeconds } from "../schedule-period.js";
import type { LintRule } from "./rule.js";

export const cleanupBeforeHistory: LintRule = {
  id: "batch/cleanup-before-history",
  level: "info",
  rationale:
    "When finished Jobs are deleted (cleanupAfterSeconds) before the next run, the CronJob's history limits never have anything to keep.",
  hint: "raise cleanupAfterSeconds above the period, or drop the history limits",
  check(t, _ctx, report) {
    if (t.schedule === undefined || t.cronSpec === undefined) return;
    const ttl = t.jobSpec?.ttlSecondsAfterFinished;
    const limits = ["successfulJobsHistoryLimit", "failedJobsHistoryLimit"].filter((k) => {
      const v = t.cronSpec![k];
      return typeof v === "number" && v > 0;
    });
    if (typeof ttl !== "number" || limits.length === 0) return;
    const period = shortestPeriodSeconds(t.schedule);
    if (ttl >= period) return;
    report({
      path: [...t.jobSpecPath, "ttlSecondsAfterFinished"],
      message: `cleanupAfterSeconds ${ttl} is shorter than the period (${formatSeconds(period)}): ${limits.join(" and ")} ${limits.length === 1 ? "keeps" : "keep"} nothing`,
    });
  },
};
