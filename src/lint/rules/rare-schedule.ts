import { neverRunsReason } from "../../schedule/never-runs.js";
import { runsAfter } from "../../schedule/next-runs.js";
import { zoneOffsets } from "../../schedule/zone-offsets.js";
import type { LintRule } from "./rule.js";

/**
 * robfig's `Next` gives up after five years and returns the zero time: a schedule whose next run is
 * further away than that (February 29 across 2100) is never started by the controller. Schedules
 * that can never match are validation's `schedule/never-runs`.
 */
export const rareSchedule: LintRule = {
  id: "batch/rare-schedule",
  level: "error",
  rationale: "The controller looks five years ahead for the next run; a schedule with no run in that window is never started.",
  hint: "choose a schedule that runs at least once in five years",
  check(t, ctx, report) {
    const s = t.schedule;
    if (s === undefined || s.kind !== "cron" || neverRunsReason(s) !== undefined) return;
    if (runsAfter(s, zoneOffsets(t.timeZone), ctx.nowMs, 1).length > 0) return;
    report({ path: ["spec", "schedule"], message: "no run within five years: the CronJob controller will never start it" });
  },
};
