import { runsAfter } from "../../schedule/next-runs.js";
import { zoneOffsets } from "../../schedule/zone-offsets.js";
import type { LintTarget } from "../target.js";
import type { LintFinding, LintRule } from "./rule.js";

const WEEK_MS = 7 * 86_400_000;
// Runs looked at per CronJob: a week of an hourly job. Jobs that run more often meet every other
// job anyway, and spreading them is not what this rule is for.
const MAX_RUNS = 7 * 24;

const runCache = new Map<string, number[]>();

/** Start minutes (unix minutes) in the week after `nowMs`, or none when the job runs more often than MAX_RUNS a week. */
function startMinutes(t: LintTarget, nowMs: number): number[] {
  const key = `${t.scheduleText}\u0000${t.timeZone ?? ""}\u0000${Math.floor(nowMs / 60_000)}`;
  let minutes = runCache.get(key);
  if (minutes === undefined) {
    // Run by run, stopping at the week's end: a yearly schedule must not walk years ahead.
    const zone = zoneOffsets(t.timeZone);
    const runs: number[] = [];
    for (let from = nowMs; runs.length <= MAX_RUNS;) {
      const next = runsAfter(t.schedule!, zone, from, 1)[0];
      if (next === undefined || next >= nowMs + WEEK_MS) break;
      runs.push(next);
      from = next;
    }
    minutes = runs.length > MAX_RUNS ? [] : runs.map((ms) => Math.floor(ms / 60_000));
    if (runCache.size >= 1000) runCache.clear();
    runCache.set(key, minutes);
  }
  return minutes;
}

function hhmm(minute: number): string {
  return new Date(minute * 60_000).toISOString().slice(11, 16);
}

export const sameMinute: LintRule = {
  id: "batch/same-minute",
  level: "info",
  rationale:
    "CronJobs that start in the same minute start their pods, pull their images and hit their databases together: a load spike that a spread of minutes avoids.",
  hint: "spread the start minutes",
  checkAll(targets, ctx, report) {
    const byMinute = new Map<number, number[]>();
    targets.forEach((t, i) => {
      if (t.schedule === undefined || t.cronSpec?.suspend === true) return;
      for (const m of new Set(startMinutes(t, ctx.nowMs))) {
        const list = byMinute.get(m);
        if (list === undefined) byMinute.set(m, [i]);
        else list.push(i);
      }
    });
    // One finding per CronJob, at the first minute it shares with enough others.
    const reported = new Set<number>();
    for (const m of [...byMinute.keys()].sort((a, b) => a - b)) {
      const group = byMinute.get(m)!;
      if (group.length < ctx.sameMinuteThreshold || group.every((i) => reported.has(i))) continue;
      const names = group.map((i) => String(targets[i]!.metadata?.name));
      const step = Math.max(1, Math.min(10, Math.floor(60 / group.length)));
      const minuteOfHour = new Date(m * 60_000).getUTCMinutes();
      const spread = names.map((n, k) => `${n} at :${String((minuteOfHour + k * step) % 60).padStart(2, "0")}`).join(", ");
      const finding: LintFinding = {
        path: ["spec", "schedule"],
        // No date: the message must not change from one day's run to the next (SARIF fingerprints, diffs of reports).
        message: `${group.length} CronJobs start in the same minute (${hhmm(m)} UTC): ${names.join(", ")}`,
        hint: `spread the start minutes, e.g. ${spread}`,
      };
      for (const i of group) {
        if (reported.has(i)) continue;
        reported.add(i);
        report(i, finding);
      }
    }
  },
};
