/**
 * `nextRuns`: the start times the Kubernetes CronJob controller will compute, i.e. repeated
 * robfig `Schedule.Next`, each strictly after the previous one, in whole seconds.
 * Without a time zone the controller uses its own process zone (usually UTC); we use UTC.
 */
import { error, KubejobsError, type Diagnostic } from "../diagnostic.js";
import type { Schedule } from "./cron-spec.js";
import { nextCronTime, nextEveryTime } from "./next-time.js";
import { parseSchedule } from "./parse-schedule.js";
import { validateTimeZone } from "./time-zone.js";
import { zoneOffsets, type ZoneOffsets } from "./zone-offsets.js";

export interface NextRunsOptions {
  /** IANA zone of the CronJob (`spec.timeZone`); default UTC. */
  timeZone?: string;
  /** Runs strictly after this instant; default now. */
  from?: Date;
  /** How many runs; default 5. */
  count?: number;
}

const parsedCache = new Map<string, Schedule>();
const CACHE_LIMIT = 1000;

/** Parses or throws `KubejobsError`; memoised, since previews parse the same few strings repeatedly. */
export function scheduleOrThrow(schedule: string): Schedule {
  // Plain JS callers can pass anything; answer with a diagnostic, not a TypeError.
  if (typeof schedule !== "string")
    throw new KubejobsError([error("schedule/not-a-string", ["schedule"], `schedule must be a string, not ${typeof schedule}`)]);
  const cached = parsedCache.get(schedule);
  if (cached !== undefined) return cached;
  const { schedule: parsed, diagnostics } = parseSchedule(schedule);
  if (parsed === undefined) throw new KubejobsError(withPath(diagnostics, ["schedule"]));
  if (parsedCache.size >= CACHE_LIMIT) parsedCache.clear();
  parsedCache.set(schedule, parsed);
  return parsed;
}

const validZones = new Set<string>();

export function zoneOrThrow(timeZone: string | undefined): ZoneOffsets {
  if (timeZone !== undefined && typeof timeZone !== "string") {
    throw new KubejobsError([error("time-zone/not-a-string", ["timeZone"], `timeZone must be a string, not ${typeof timeZone}`)]);
  }
  if (timeZone !== undefined && !validZones.has(timeZone)) {
    const diagnostics = validateTimeZone(timeZone);
    if (diagnostics.length > 0) throw new KubejobsError(withPath(diagnostics, ["timeZone"]));
    validZones.add(timeZone);
  }
  return zoneOffsets(timeZone);
}

export function nextRuns(schedule: string, opts: NextRunsOptions = {}): Date[] {
  const parsed = scheduleOrThrow(schedule);
  const zone = zoneOrThrow(opts.timeZone);
  const { fromMs, count } = runOptionsOrThrow(opts);
  return runsAfter(parsed, zone, fromMs, count).map((ms) => new Date(ms));
}

/**
 * `from` (default now) and `count` (default 5) checked, or `KubejobsError`: every exported walk
 * takes them from plain JS callers, and an Invalid Date would make a walk search for ever.
 */
export function runOptionsOrThrow(opts: { from?: unknown; count?: unknown }): { fromMs: number; count: number } {
  const from = opts.from ?? new Date();
  const count = opts.count ?? 5;
  const problems: Diagnostic[] = [];
  if (!(from instanceof Date) || !Number.isFinite(from.getTime()))
    problems.push(error("next/invalid-from", ["from"], "from is not a valid date"));
  if (!Number.isInteger(count) || (count as number) < 0)
    problems.push(error("next/invalid-count", ["count"], `count must be a whole number ≥ 0, not ${describeNumber(count)}`));
  if (problems.length > 0) throw new KubejobsError(problems);
  return { fromMs: (from as Date).getTime(), count: count as number };
}

function describeNumber(value: unknown): string {
  return typeof value === "number" ? String(value) : typeof value === "string" ? "a string" : value === null ? "null" : `a ${typeof value}`;
}

/** Up to `count` run instants (unix ms) after `fromMs`; fewer when robfig finds none within 5 years. */
export function runsAfter(schedule: Schedule, zone: ZoneOffsets, fromMs: number, count: number): number[] {
  const runs: number[] = [];
  let t = fromMs;
  for (let i = 0; i < count; i++) {
    const next = schedule.kind === "every" ? nextEveryTime(schedule.delaySeconds, t) : nextCronTime(schedule, zone, t);
    if (next === undefined || !Number.isFinite(next) || Math.abs(next) > 8.64e15) break;
    runs.push(next);
    t = next;
  }
  return runs;
}

function withPath(diagnostics: Diagnostic[], path: (string | number)[]): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, path: [...path, ...d.path] }));
}
