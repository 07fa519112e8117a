/**
 * A parsed Kubernetes schedule, the shape of robfig/cron v3's `SpecSchedule` and
 * `ConstantDelaySchedule` (spec.go, constantdelay.go). Each field is a table indexed by value
 * (minute 0–59, hour 0–23, day 1–31, month 1–12, weekday 0–6); the seconds field of
 * `ParseStandard` is always `0` and is implied.
 */
export interface CronSpec {
  kind: "cron";
  minute: Uint8Array;
  hour: Uint8Array;
  dayOfMonth: Uint8Array;
  month: Uint8Array;
  dayOfWeek: Uint8Array;
  /**
   * robfig's "star bit": set when the field was written `*` or `?` (also `*&#47;1`). When either
   * day field has it, day-of-month AND day-of-week must match; otherwise either may (spec.go
   * `dayMatches`).
   */
  dayOfMonthStar: boolean;
  dayOfWeekStar: boolean;
}

/** `@every <duration>`: runs at `from + delay`, whole seconds, ignoring the time zone. */
export interface EverySpec {
  kind: "every";
  delaySeconds: number;
}

export type Schedule = CronSpec | EverySpec;

export interface FieldBounds {
  name: string;
  min: number;
  max: number;
  names?: Readonly<Record<string, number>>;
}

// spec.go: the bounds of each field and the names robfig accepts (lower-cased before lookup).
export const MINUTE: FieldBounds = { name: "minute", min: 0, max: 59 };
export const HOUR: FieldBounds = { name: "hour", min: 0, max: 23 };
export const DAY_OF_MONTH: FieldBounds = { name: "day-of-month", min: 1, max: 31 };
export const MONTH: FieldBounds = {
  name: "month",
  min: 1,
  max: 12,
  names: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 },
};
export const DAY_OF_WEEK: FieldBounds = {
  name: "day-of-week",
  min: 0,
  max: 6,
  names: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 },
};

export function dayMatches(spec: CronSpec, day: number, weekday: number): boolean {
  const domMatch = spec.dayOfMonth[day] === 1;
  const dowMatch = spec.dayOfWeek[weekday] === 1;
  return spec.dayOfMonthStar || spec.dayOfWeekStar ? domMatch && dowMatch : domMatch || dowMatch;
}
