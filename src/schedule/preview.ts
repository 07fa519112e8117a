/**
 * Everything `kubejobs next` shows for one schedule: the description, each run in the CronJob's
 * zone (with its offset) and in UTC, and the DST changes met on the way, with runs that happen a
 * second time after clocks fall back marked as such.
 */
import { describeSchedule } from "./describe.js";
import { dstChangesFor, type DstChange } from "./dst.js";
import { neverRunsReason } from "./never-runs.js";
import { runOptionsOrThrow, runsAfter, scheduleOrThrow, zoneOrThrow } from "./next-runs.js";
import { isoFromWallSeconds, wallSeconds } from "./civil.js";
import { wallToInstant } from "./next-time.js";
import type { ZoneOffsets } from "./zone-offsets.js";

export interface RunPreview {
  at: Date;
  /** `2024-03-09T07:30:00Z` */
  utc: string;
  /** `2024-03-09T02:30:00-05:00`, wall clock in the zone */
  local: string;
  /** `Sat` */
  weekday: string;
  /** True for the second run of a wall time that happens twice (clocks fell back). */
  repeated: boolean;
}

export interface SchedulePreview {
  schedule: string;
  /** Undefined: no timeZone, the controller's own zone (UTC assumed). */
  timeZone: string | undefined;
  description: string;
  runs: RunPreview[];
  /** DST changes between `from` and the last run that skip or double runs. */
  dstChanges: DstChange[];
  /** Set when the schedule can never fire (or found nothing within robfig's 5-year search). */
  neverRuns?: string;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** Throws `KubejobsError` for a bad schedule, zone, `from` (default now) or `count` (default 5), as `nextRuns` does. */
export function previewSchedule(schedule: string, opts: { timeZone?: string; from?: Date; count?: number }): SchedulePreview {
  const parsed = scheduleOrThrow(schedule);
  const zone = zoneOrThrow(opts.timeZone);
  const { fromMs, count } = runOptionsOrThrow(opts);
  const times = runsAfter(parsed, zone, fromMs, count);
  const last = times[times.length - 1];
  const changes = parsed.kind === "cron" && last !== undefined ? dstChangesFor(parsed, zone, fromMs, last + 1) : [];
  const runs = times.map((ms) => runPreview(ms, zone, changes));
  const preview: SchedulePreview = {
    schedule,
    timeZone: opts.timeZone,
    description: describeSchedule(schedule),
    runs,
    dstChanges: changes,
  };
  if (times.length === 0 && count > 0) {
    preview.neverRuns =
      (parsed.kind === "cron" ? neverRunsReason(parsed) : undefined) ??
      "no matching time within 5 years (the controller searches no further)";
  }
  return preview;
}

function runPreview(ms: number, zone: ZoneOffsets, changes: DstChange[]): RunPreview {
  const seconds = Math.floor(ms / 1000);
  const offset = zone.offsetAt(seconds);
  const local = isoWall(seconds + offset) + formatOffset(offset);
  const hhmm = local.slice(11, 16);
  const date = local.slice(0, 10);
  const repeated = changes.some(
    (c) => c.kind === "repeated" && c.date === date && c.offsetAfterMinutes * 60 === offset && c.wallTimes.includes(hhmm),
  );
  const weekday = WEEKDAYS[(((Math.floor((seconds + offset) / 86400) + 4) % 7) + 7) % 7]!;
  return { at: new Date(ms), utc: `${isoWall(seconds)}Z`, local, weekday, repeated };
}

function isoWall(wall: number): string {
  return isoFromWallSeconds(wall);
}

function formatOffset(offsetSeconds: number): string {
  const sign = offsetSeconds < 0 ? "-" : "+";
  const abs = Math.abs(offsetSeconds);
  const text = `${sign}${pad(Math.floor(abs / 3600))}:${pad(Math.floor((abs % 3600) / 60))}`;
  return abs % 60 === 0 ? text : `${text}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A wall-clock date-time in a zone (`--from 2024-03-10T02:30` with `--tz`), resolved as Go's
 * `time.Date` resolves a time that does not exist or exists twice. Undefined zone = UTC.
 */
export function wallTimeToDate(
  parts: { year: number; month: number; day: number; hour: number; minute: number; second: number; millisecond: number },
  timeZone: string | undefined,
): Date {
  const zone = zoneOrThrow(timeZone);
  const wall = wallSeconds(parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second);
  return new Date(wallToInstant(zone, wall) * 1000 + parts.millisecond);
}
