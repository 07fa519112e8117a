import { formatSeconds, shortestPeriodSeconds } from "../schedule-period.js";
import type { LintRule } from "./rule.js";

const HOUR_SECONDS = 3600;

export const missedRunsLimit: LintRule = {
  id: "batch/missed-runs-limit",
  level: "info",
  rationale:
    "Without startingDeadlineSeconds the controller counts every run missed since the last one; after downtime or a long suspend, more than 100 stop the CronJob with TooManyMissedTimes.",
  hint: "set startingDeadlineSeconds to about one period",
  check(t, _ctx, report) {
    if (t.schedule === undefined || t.cronSpec?.startingDeadlineSeconds !== undefined) return;
    const period = shortestPeriodSeconds(t.schedule);
    if (period > HOUR_SECONDS) return;
    report({
      path: ["spec", "schedule"],
      message: `runs as often as every ${formatSeconds(period)} with no startingDeadlineSeconds: ${formatSeconds(period * 101)} of controller downtime or suspension stops it (TooManyMissedTimes)`,
      hint: `set startingDeadlineSeconds: ${period}`,
    });
  },
};
