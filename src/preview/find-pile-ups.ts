import { localTime } from "../schedule/local-time.js";
import type { PileUp, PreviewCronJob } from "./preview-data.js";

/** A pile-up: this many CronJobs or more starting in the same minute. */
export const PILE_UP_SIZE = 3;

/** Minutes in which 3 or more (not suspended) CronJobs start, in time order. */
export function findPileUps(cronJobs: readonly PreviewCronJob[], timeZone: string | undefined): PileUp[] {
  const byMinute = new Map<number, number[]>();
  cronJobs.forEach((job, index) => {
    if (job.suspend) return;
    for (const minute of startMinutes(job)) {
      const jobs = byMinute.get(minute);
      if (jobs === undefined) byMinute.set(minute, [index]);
      else jobs.push(index);
    }
  });
  return [...byMinute]
    .filter(([, jobs]) => jobs.length >= PILE_UP_SIZE)
    .sort(([a], [b]) => a - b)
    .map(([minute, jobs]) => ({
      at: new Date(minute * 60_000).toISOString().replace(".000Z", "Z"),
      local: localTime(minute * 60_000, timeZone).iso,
      jobs: jobs.map((i) => cronJobs[i]!.id),
    }));
}

/** The minutes (unix minutes) a CronJob starts in, each once. */
export function startMinutes(job: PreviewCronJob): Set<number> {
  const minutes = new Set<number>();
  for (const run of job.runs) minutes.add(Math.floor(Date.parse(run.at) / 60_000));
  return minutes;
}
