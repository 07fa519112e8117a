import { previewSchedule, type RunPreview, type SchedulePreview } from "../schedule/index.js";

/** A window holds at most this many runs of one CronJob (more only with `@every` of seconds). */
export const MAX_RUNS = 50_000;

export interface WindowRuns {
  runs: RunPreview[];
  truncated: boolean;
}

/**
 * The runs in [from, to), by the same `previewSchedule` as `kubejobs next` (so the DST marks
 * agree): asked for one run, then four times as many until the window is covered.
 */
export function windowRuns(schedule: string, timeZone: string | undefined, fromMs: number, toMs: number): WindowRuns {
  let count = 1; // a rare schedule (a leap day) answers in one run; a busy one takes a few rounds
  for (;;) {
    const preview: SchedulePreview = previewSchedule(schedule, { timeZone, from: new Date(fromMs), count });
    const runs = preview.runs.filter((r) => r.at.getTime() < toMs);
    if (runs.length < preview.runs.length || preview.runs.length < count) return { runs, truncated: false };
    if (count >= MAX_RUNS) return { runs, truncated: true };
    count = Math.min(count * 4, MAX_RUNS);
  }
}
