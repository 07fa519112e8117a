import { dstChanges } from "../schedule/index.js";
import { zoneTransitions } from "../schedule/zone-transitions.js";
import type { ClockChange, PreviewCronJob } from "./preview-data.js";

/**
 * Every clock change in [from, until) of each zone in use, with the CronJobs it skips or runs
 * twice: the same `dstChanges` that `kubejobs next` notes, asked about that one transition.
 */
export function clockChanges(cronJobs: readonly PreviewCronJob[], zones: readonly string[], from: Date, until: Date): ClockChange[] {
  const changes: ClockChange[] = [];
  for (const zone of zones) {
    const inZone = cronJobs.filter((job) => job.timeZone === zone);
    for (const t of zoneTransitions(zone, from, until)) {
      const change: ClockChange = {
        zone,
        at: t.at.toISOString().replace(".000Z", "Z"),
        direction: t.direction,
        date: t.date,
        clockChange: t.clockChange,
        offsetBeforeMinutes: t.offsetBeforeMinutes,
        offsetAfterMinutes: t.offsetAfterMinutes,
        skipped: [],
        repeated: [],
      };
      for (const job of inZone) {
        const [effect] = dstChanges(job.schedule, { timeZone: zone, from: t.at, to: new Date(t.at.getTime() + 1) });
        if (effect === undefined) continue;
        const entry = {
          job: job.id,
          date: effect.date,
          wallTimes: effect.wallTimes,
          ...(effect.runsInstead === undefined ? {} : { runsInstead: effect.runsInstead }),
        };
        (effect.kind === "skipped" ? change.skipped : change.repeated).push(entry);
      }
      changes.push(change);
    }
  }
  return changes.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.zone < b.zone ? -1 : 1));
}
