import { zoneOrThrow } from "../schedule/next-runs.js";
import type { Heatmap, PreviewCronJob } from "./preview-data.js";

const DAYS: Heatmap["days"] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** Runs starting per weekday and hour of the viewer's zone, counted and weighted by requests. Suspended CronJobs start none. */
export function loadHeatmap(cronJobs: readonly PreviewCronJob[], timeZone: string | undefined): Heatmap {
  const grid = () => DAYS.map(() => new Array<number>(24).fill(0));
  const heatmap: Heatmap = { days: [...DAYS], runs: grid(), cpu: grid(), memory: grid() };
  const zone = zoneOrThrow(timeZone);
  for (const job of cronJobs) {
    if (job.suspend) continue;
    for (const run of job.runs) {
      const seconds = Date.parse(run.at) / 1000;
      const wall = seconds + zone.offsetAt(seconds);
      const days = Math.floor(wall / 86400);
      const row = (((days + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday: row 3
      const hour = Math.floor((wall - days * 86400) / 3600);
      heatmap.runs[row]![hour]! += 1;
      heatmap.cpu[row]![hour]! += job.requests.cpu;
      heatmap.memory[row]![hour]! += job.requests.memory;
    }
  }
  // Sums of decimal fractions (0.1 + 0.2): rounded to the quantity's own precision (1n and 1 byte).
  for (const row of heatmap.cpu) row.forEach((v, i) => (row[i] = Math.round(v * 1e9) / 1e9));
  for (const row of heatmap.memory) row.forEach((v, i) => (row[i] = Math.round(v)));
  return heatmap;
}
