import { wallTimeToDate } from "./preview.js";

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export type ParsedInstant = { date: Date } | { problem: string };

/**
 * An ISO-8601 date or date-time (`2024-03-09`, `2024-03-09T05:00`, `2024-03-09T05:00:00Z`,
 * `…+05:30`). Without an offset it is a wall time in `timeZone` (UTC when undefined), resolved
 * as Go's `time.Date` resolves a wall time that does not exist or exists twice.
 */
export function parseInstant(text: string, timeZone: string | undefined): ParsedInstant {
  const m = ISO.exec(text.trim());
  if (m === null) return { problem: "use ISO-8601, e.g. 2024-03-09, 2024-03-09T05:00 or 2024-03-09T05:00:00Z" };
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "", offset] = m;
  const parts = {
    year: +y!,
    month: +mo!,
    day: +d!,
    hour: +h,
    minute: +mi,
    second: +s,
    millisecond: Math.floor(Number(`0.${frac || "0"}`) * 1000),
  };
  if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31 || parts.hour > 23 || parts.minute > 59 || parts.second > 59) {
    return { problem: "not a valid date and time" };
  }
  if (offset === undefined) return { date: wallTimeToDate(parts, timeZone) };
  const sign = offset.toUpperCase() === "Z" ? 0 : offset.startsWith("-") ? -1 : 1;
  const digits = offset.replace(/[^0-9]/g, "");
  const offsetMinutes = sign === 0 ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  const utc = wallTimeToDate(parts, undefined);
  return { date: new Date(utc.getTime() - offsetMinutes * 60_000) };
}
