import { formatSeconds, shortestPeriodSeconds } from "../schedule-period.js";
import type { LintRule } from "./rule.js";

export const allowOverlap: LintRule = {
  id: "batch/allow-overlap",
  level: "warning",
  rationale:
    "Under concurrencyPolicy Allow (the default) a run that outlasts the period overlaps the next one; slow runs pile up and compete for the same data.",
  hint: "set activeDeadlineSeconds below the shortest period, or concurrencyPolicy: Forbid (skip) or Replace",
  check(t, _ctx, report) {
    if (t.schedule === undefined || t.jobSpec === undefined) return;
    const policy = t.cronSpec?.concurrencyPolicy;
    if (policy !== undefined && policy !== "Allow") return;
    const period = shortestPeriodSeconds(t.schedule);
    const deadline = t.jobSpec.activeDeadlineSeconds;
    if (typeof deadline === "number" && deadline <= period) return;
    const at =
      typeof deadline === "number"
        ? [...t.jobSpecPath, "activeDeadlineSeconds"]
        : policy === undefined
          ? ["spec", "schedule"]
          : ["spec", "concurrencyPolicy"];
    const period_ = period === Infinity ? "" : ` (the shortest period is ${formatSeconds(period)})`;
    report({
      path: at,
      message:
        typeof deadline === "number"
          ? `activeDeadlineSeconds ${deadline} is longer than the shortest period, ${formatSeconds(period)}: under concurrencyPolicy Allow, runs can overlap`
          : `concurrencyPolicy Allow with no activeDeadlineSeconds: a slow run overlaps the next ones${period_}`,
    });
  },
};
