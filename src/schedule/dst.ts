/**
 * Runs that DST changes skip or double in the CronJob's zone. The controller walks wall-clock
 * fields (robfig spec.go `Next`), so a wall time inside a spring-forward gap is not run that
 * day, and one inside a fall-back overlap runs once per offset. Here the zone's transitions in
 * a window are listed and the wall times of each gap or overlap are matched against the fields.
 */
import { error, KubejobsError, type Diagnostic } from "../diagnostic.js";
import { civilFromDays, DATE_LIMIT_SECONDS, type CivilDate } from "./civil.js";
import { dayMatches, type CronSpec } from "./cron-spec.js";
import { scheduleOrThrow, zoneOrThrow } from "./next-runs.js";
import { nextCronTime } from "./next-time.js";
import type { ZoneOffsets } from "./zone-offsets.js";
import type { Transition } from "./zone-segment.js";

export interface DstChange {
  /** `skipped`: clocks spring forward over these wall times; `repeated`: they fall back and the times run twice. */
  kind: "skipped" | "repeated";
  /** The instant the offset changes. */
  at: Date;
  /** Local date of the affected wall times, `YYYY-MM-DD`. */
  date: string;
  /** Wall-clock change as printed on a clock, e.g. `02:00 → 03:00`. */
  clockChange: string;
  offsetBeforeMinutes: number;
  offsetAfterMinutes: number;
  /** Affected scheduled wall times, `HH:MM`, in order. */
  wallTimes: string[];
  /**
   * Unscheduled wall times the controller runs instead, `HH:MM`: after a change that is not on the
   * hour (Chatham 02:45 → 03:45), robfig's minute walk crosses into the next hour without
   * re-checking it, so `50 2 * * *` runs at 03:50 that day.
   */
  runsInstead?: string[];
}

export interface DstChangesOptions {
  timeZone: string;
  from: Date;
  to: Date;
}

/** Throws `KubejobsError` for a bad schedule, zone, `from` or `to`. */
export function dstChanges(schedule: string, opts: DstChangesOptions): DstChange[] {
  const parsed = scheduleOrThrow(schedule);
  const zone = zoneOrThrow(opts?.timeZone);
  const problems: Diagnostic[] = [];
  for (const key of ["from", "to"] as const) {
    const value: unknown = opts?.[key];
    if (!(value instanceof Date) || !Number.isFinite(value.getTime()))
      problems.push(error(key === "from" ? "next/invalid-from" : "next/invalid-to", [key], `${key} is not a valid date`));
  }
  if (problems.length > 0) throw new KubejobsError(problems);
  if (parsed.kind === "every") return []; // a constant delay in absolute time: DST plays no part
  return dstChangesFor(parsed, zone, opts.from.getTime(), opts.to.getTime());
}

/** The changes in [fromMs, toMs), within the Date range (a change past its end has no date). */
export function dstChangesFor(spec: CronSpec, zone: ZoneOffsets, fromMs: number, toMs: number): DstChange[] {
  const changes: DstChange[] = [];
  const from = Math.max(-DATE_LIMIT_SECONDS, Math.floor(fromMs / 1000));
  const to = Math.min(DATE_LIMIT_SECONDS, Math.ceil(toMs / 1000));
  for (const transition of zone.transitionsBetween(from, to)) {
    const change = affected(spec, transition);
    if (change !== undefined) changes.push(checkedAgainstWalk(spec, zone, transition, change));
  }
  return changes;
}

const WINDOW_SECONDS = 4 * 3600;

/**
 * The field-based prediction, confirmed by the walk itself: runs within hours of the change, so
 * "repeated" lists only wall times that really run twice and "runsInstead" any unscheduled ones.
 */
function checkedAgainstWalk(spec: CronSpec, zone: ZoneOffsets, t: Transition, change: DstChange): DstChange {
  const runs: number[] = [];
  const endMs = (t.at + WINDOW_SECONDS) * 1000;
  for (
    let ms = nextCronTime(spec, zone, (t.at - WINDOW_SECONDS) * 1000);
    ms !== undefined && ms <= endMs;
    ms = nextCronTime(spec, zone, ms)
  )
    runs.push(ms);
  const seen = new Map<string, number>();
  const unscheduled: string[] = [];
  for (const ms of runs) {
    const wall = ms / 1000 + zone.offsetAt(ms / 1000);
    const f = wallFields(wall);
    const key = `${f.days} ${f.hhmm}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (!(spec.hour[f.hour] === 1 && spec.minute[f.minute] === 1)) unscheduled.push(f.hhmm);
  }
  if (change.kind === "repeated") {
    const twice = change.wallTimes.filter((hhmm) => [...seen].some(([key, n]) => n > 1 && key.endsWith(hhmm)));
    return { ...change, wallTimes: twice.length > 0 ? twice : change.wallTimes };
  }
  return unscheduled.length > 0 ? { ...change, runsInstead: unscheduled } : change;
}

function wallFields(wall: number) {
  const days = Math.floor(wall / 86400);
  const secondOfDay = wall - days * 86400;
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay % 3600) / 60);
  return { days, hour, minute, hhmm: `${pad(hour)}:${pad(minute)}` };
}

function affected(spec: CronSpec, t: Transition): DstChange | undefined {
  const forward = t.offsetAfter > t.offsetBefore;
  // Wall-clock interval that does not exist (forward) or exists twice (backward).
  const wallStart = t.at + Math.min(t.offsetBefore, t.offsetAfter);
  const wallEnd = t.at + Math.max(t.offsetBefore, t.offsetAfter);
  const wallTimes: string[] = [];
  const civil: CivilDate = { year: 0, month: 0, day: 0 };
  // Hour by hour, so that a schedule whose day or hour never meets the interval costs one check.
  for (let hourStart = Math.floor(wallStart / 3600) * 3600; hourStart < wallEnd; hourStart += 3600) {
    const days = Math.floor(hourStart / 86400);
    const hour = (hourStart - days * 86400) / 3600;
    if (spec.hour[hour] !== 1) continue;
    civilFromDays(days, civil);
    if (spec.month[civil.month] !== 1 || !dayMatches(spec, civil.day, (((days + 4) % 7) + 7) % 7)) continue;
    for (let minute = 0; minute < 60; minute++) {
      const wall = hourStart + minute * 60;
      if (wall >= wallStart && wall < wallEnd && spec.minute[minute] === 1) wallTimes.push(`${pad(hour)}:${pad(minute)}`);
    }
  }
  if (wallTimes.length === 0) return undefined;
  const startDays = Math.floor(wallStart / 86400);
  civilFromDays(startDays, civil);
  const clock = (wall: number) =>
    `${pad(Math.floor((wall - Math.floor(wall / 86400) * 86400) / 3600))}:${pad(Math.floor((((wall % 3600) + 3600) % 3600) / 60))}`;
  const before = t.at + t.offsetBefore;
  const after = t.at + t.offsetAfter;
  return {
    kind: forward ? "skipped" : "repeated",
    at: new Date(t.at * 1000),
    date: `${String(civil.year).padStart(4, "0")}-${pad(civil.month)}-${pad(civil.day)}`,
    clockChange: `${clock(before)} → ${clock(after)}`,
    offsetBeforeMinutes: t.offsetBefore / 60,
    offsetAfterMinutes: t.offsetAfter / 60,
    wallTimes,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** One sentence per change, for warnings: `on 2024-03-10 clocks go 02:00 → 03:00: 02:30 is skipped`. */
export function formatDstChange(change: DstChange): string {
  const times =
    change.wallTimes.length > 6
      ? `${change.wallTimes.slice(0, 5).join(", ")} and ${change.wallTimes.length - 5} more`
      : change.wallTimes.join(", ");
  const effect = change.kind === "skipped" ? "does not run (that wall time does not exist)" : "runs twice (that wall time happens twice)";
  const instead = change.runsInstead ? `; it runs at ${change.runsInstead.join(", ")} instead` : "";
  return `on ${change.date} clocks go ${change.clockChange}: ${times} ${effect}${instead}`;
}
