// The shortest time between two runs of a schedule, for the rules that compare a deadline or a TTL
// with it. Read from the field tables, not by generating runs: the minutes of a firing day give the
// gaps within a day, and the firing days of eight years (two leap days, every weekday on every
// date) give the shortest gap between days. Wall-clock minutes: a DST change can make one gap an
// hour shorter or longer, which no rule here turns on.
import { dayMatches, type CronSpec, type Schedule } from "../schedule/cron-spec.js";

const DAY_MS = 86_400_000;
const FROM_MS = Date.UTC(2028, 0, 1);
const DAYS = 8 * 365 + 2;

const cache = new Map<Schedule, number>();

/** Seconds between the two closest consecutive runs; Infinity when it runs at most once in eight years. */
export function shortestPeriodSeconds(schedule: Schedule): number {
  if (schedule.kind === "every") return schedule.delaySeconds;
  let period = cache.get(schedule);
  if (period === undefined) {
    period = cronPeriodMinutes(schedule) * 60;
    if (cache.size >= 1000) cache.clear();
    cache.set(schedule, period);
  }
  return period;
}

function cronPeriodMinutes(spec: CronSpec): number {
  const minutes: number[] = [];
  for (let h = 0; h < 24; h++) {
    if (spec.hour[h] !== 1) continue;
    for (let m = 0; m < 60; m++) if (spec.minute[m] === 1) minutes.push(h * 60 + m);
  }
  if (minutes.length === 0) return Infinity;
  let shortest = Infinity;
  for (let i = 1; i < minutes.length; i++) shortest = Math.min(shortest, minutes[i]! - minutes[i - 1]!);
  let last = -1;
  let dayGap = Infinity;
  for (let d = 0; d < DAYS && dayGap > 1; d++) {
    const date = new Date(FROM_MS + d * DAY_MS);
    if (spec.month[date.getUTCMonth() + 1] !== 1 || !dayMatches(spec, date.getUTCDate(), date.getUTCDay())) continue;
    if (last >= 0) dayGap = Math.min(dayGap, d - last);
    last = d;
  }
  if (dayGap !== Infinity) shortest = Math.min(shortest, dayGap * 1440 - minutes[minutes.length - 1]! + minutes[0]!);
  return shortest;
}

/** `3600` → "1h", `86400` → "1d", `90` → "90s": for messages. */
export function formatSeconds(seconds: number): string {
  if (seconds % 86400 === 0) return `${seconds / 86400}d`;
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
