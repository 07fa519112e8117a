/**
 * The next activation strictly after an instant, computed the way robfig/cron v3
 * `SpecSchedule.Next` (spec.go) does it in the CronJob's zone, including its behaviour around
 * DST, which is what the Kubernetes CronJob controller runs (cronjob_controllerv2.go
 * `formatSchedule` puts `TZ=<timeZone>` in front of the schedule):
 * - it walks wall-clock fields month → day → hour → minute → second, stepping hours, minutes
 *   and seconds in absolute time and days with `AddDate`, so a wall time inside a spring-forward
 *   gap is never reached (no run that day) and one inside a fall-back overlap is reached twice;
 * - it gives up (no run) once the year passes the starting year + 5.
 * Go's `time.Date` rule for wall times that do not exist or exist twice is mirrored in `wallToInstant`.
 * Where the offset cannot change, the walk jumps instead of stepping; the result is the same.
 */
import { civilFromDays, daysInMonth, wallSeconds, type CivilDate } from "./civil.js";
import { dayMatches, type CronSpec } from "./cron-spec.js";
import type { ZoneOffsets } from "./zone-offsets.js";

const DAY = 86400;

class Walker {
  t = 0;
  year = 0;
  month = 0;
  day = 0;
  hour = 0;
  minute = 0;
  second = 0;
  weekday = 0;
  private readonly civil: CivilDate = { year: 0, month: 0, day: 0 };
  private civilDays = Number.NaN; // the day number `civil` holds, so a walk within a day skips the conversion

  constructor(public zone: ZoneOffsets) {}

  set(t: number): void {
    this.t = t;
    const local = t + this.zone.offsetAt(t);
    const days = Math.floor(local / DAY);
    let rest = local - days * DAY;
    if (days !== this.civilDays) {
      civilFromDays(days, this.civil);
      this.civilDays = days;
      this.weekday = (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    }
    this.year = this.civil.year;
    this.month = this.civil.month;
    this.day = this.civil.day;
    this.hour = Math.floor(rest / 3600);
    rest -= this.hour * 3600;
    this.minute = Math.floor(rest / 60);
    this.second = rest - this.minute * 60;
  }

  /** Go `time.Date(...)` in the zone: a missing or doubled wall time resolves as Go resolves it. */
  setWall(year: number, month: number, day: number, hour: number, minute: number, second: number): void {
    const wall = wallSeconds(year, month, day, hour, minute, second);
    this.set(wallToInstant(this.zone, wall));
  }

  /** Whether the offset is certainly constant over [t - margin, t + seconds + margin]. */
  stableFor(seconds: number, margin: number): boolean {
    return this.zone.stableUntil(this.t - margin) > this.t + seconds + margin;
  }
}

/**
 * Go `time.Date` (time.go): look up the offset at the wall time read as UTC, then, if the
 * resulting instant falls outside that offset's period, use the offset at that instant.
 */
export function wallToInstant(zone: ZoneOffsets, wall: number): number {
  const guess = wall - zone.offsetAt(wall);
  return wall - zone.offsetAt(guess);
}

function nextSet(table: Uint8Array, from: number): number {
  for (let v = from; v < table.length; v++) if (table[v] === 1) return v;
  return -1;
}

let walker: Walker | undefined;

/** Next activation strictly after `fromMs` (unix ms), or undefined when none within robfig's 5 years. */
export function nextCronTime(spec: CronSpec, zone: ZoneOffsets, fromMs: number): number | undefined {
  // One walker, reused: the walk is synchronous, and allocation showed up in profiles.
  const w = (walker ??= new Walker(zone));
  w.zone = zone;
  // "Start at the earliest possible time (the upcoming second)": drop the fraction, add 1s.
  w.set(Math.floor(fromMs / 1000) + 1);
  let added = false;
  const yearLimit = w.year + 5;

  wrap: for (;;) {
    if (w.year > yearLimit) return undefined;

    while (spec.month[w.month] !== 1) {
      if (!added) {
        added = true;
        w.setWall(w.year, w.month, 1, 0, 0, 0);
      }
      w.setWall(w.year, w.month + 1, w.day, w.hour, w.minute, w.second);
      if (w.month === 1) continue wrap;
    }

    while (!dayMatches(spec, w.day, w.weekday)) {
      if (!added) {
        added = true;
        w.setWall(w.year, w.month, w.day, 0, 0, 0);
      }
      const skip = daysToSkip(spec, w);
      if (skip > 1 && w.hour === 0 && w.stableFor(skip * DAY, 2 * DAY)) {
        w.set(w.t + (skip - 1) * DAY); // the days in between would not match; the last step runs below
      }
      w.setWall(w.year, w.month, w.day + 1, w.hour, w.minute, w.second);
      // spec.go: a day step that lands off midnight (DST) is pulled back to the nearest midnight.
      if (w.hour !== 0) w.set(w.t + (w.hour > 12 ? 24 - w.hour : -w.hour) * 3600);
      if (w.day === 1) continue wrap;
    }

    while (spec.hour[w.hour] !== 1) {
      if (!added) {
        added = true;
        w.setWall(w.year, w.month, w.day, w.hour, 0, 0);
      }
      const target = nextSet(spec.hour, w.hour);
      const steps = target === -1 ? 24 - w.hour : target - w.hour;
      if (w.stableFor(steps * 3600, 0)) w.set(w.t + steps * 3600);
      else w.set(w.t + 3600);
      if (w.hour === 0) continue wrap;
    }

    while (spec.minute[w.minute] !== 1) {
      if (!added) {
        added = true;
        w.set(Math.floor(w.t / 60) * 60); // Go Truncate: on absolute time, not wall time
      }
      const target = nextSet(spec.minute, w.minute);
      const steps = target === -1 ? 60 - w.minute : target - w.minute;
      if (w.stableFor(steps * 60, 0)) w.set(w.t + steps * 60);
      else w.set(w.t + 60);
      if (w.minute === 0) continue wrap;
    }

    // ParseStandard's seconds field is "0".
    while (w.second !== 0) {
      if (!added) {
        added = true;
        w.set(w.t); // Truncate(time.Second): already whole seconds
      }
      const steps = 60 - w.second;
      if (w.stableFor(steps, 0)) w.set(w.t + steps);
      else w.set(w.t + 1);
      if (w.second === 0) continue wrap;
    }

    return w.t * 1000;
  }
}

/** How many `AddDate(0, 0, 1)` steps until the day matches or the month ends (reaching day 1). */
function daysToSkip(spec: CronSpec, w: Walker): number {
  const last = daysInMonth(w.year, w.month);
  for (let k = 1; w.day + k <= last; k++) {
    if (dayMatches(spec, w.day + k, (w.weekday + k) % 7)) return k;
  }
  return last - w.day + 1;
}

/** `@every`: robfig `ConstantDelaySchedule.Next` = from + delay - from's sub-second part. */
export function nextEveryTime(delaySeconds: number, fromMs: number): number {
  return (Math.floor(fromMs / 1000) + delaySeconds) * 1000;
}
