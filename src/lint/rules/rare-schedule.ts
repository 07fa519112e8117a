import { neverRunsReason } from "../../schedule/never-runs.js";
import { runsAfter } from "../../schedule/next-runs.js";
import { zoneOffsets } from "../../schedule/zone-offsets.js";
import type { CronSpec } from "../../schedule/cron-spec.js";
import type { LintRule } from "./rule.js";

const MAX_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether February 29 is the only date the schedule can match. Every other schedule that can fire
 * fires at least once a year: a day-of-week field that takes part matches every month, and any
 * other date recurs yearly. Only leap days, skipped in 2100, 2200, 2300, can leave five years
 * without a run, so only they need the walk.
 */
function leapDayOnly(spec: CronSpec): boolean {
  if (!spec.dayOfWeekStar) return false; // a restricted weekday matches every month (or, with *, every day)
  for (let m = 1; m <= 12; m++) {
    if (spec.month[m] !== 1) continue;
    for (let d = 1; d <= MAX_DAYS[m]!; d++) if (spec.dayOfMonth[d] === 1 && !(m === 2 && d === 29)) return false;
  }
  return true;
}

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
    if (s === undefined || s.kind !== "cron" || !leapDayOnly(s) || neverRunsReason(s) !== undefined) return;
    if (runsAfter(s, zoneOffsets(t.timeZone), ctx.nowMs, 1).length > 0) return;
    report({ path: ["spec", "schedule"], message: "no run within five years: the CronJob controller will never start it" });
  },
};
