/**
 * Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), valid for
 * any year, unlike `Date.UTC`, which maps years 0-99 to 1900-1999. Algorithms from Howard
 * Hinnant, "chrono-Compatible Low-Level Date Algorithms".
 */

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A JS Date holds instants within ±8.64e15 ms of 1970 (years -271821 to 275760); in seconds: */
export const DATE_LIMIT_SECONDS = 8.64e12;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDays(days: number, out: CivilDate): void {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  out.day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  out.month = mp < 10 ? mp + 3 : mp - 9;
  out.year = yoe + era * 400 + (out.month <= 2 ? 1 : 0);
}

/** Wall-clock seconds for a date and time, normalising overflow as Go's `time.Date` does (Jan 32 = Feb 1). */
export function wallSeconds(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const m0 = month - 1;
  const y = year + Math.floor(m0 / 12);
  const m = m0 - Math.floor(m0 / 12) * 12 + 1;
  return (daysFromCivil(y, m, 1) + day - 1) * 86400 + hour * 3600 + minute * 60 + second;
}

/**
 * `2024-03-09T02:30:00` for wall-clock seconds, as `Date#toISOString` writes years (four digits,
 * or a sign and six), but for any wall time: near the ends of the Date range, an instant plus its
 * zone offset lies outside it, where `toISOString` throws.
 */
export function isoFromWallSeconds(wall: number): string {
  const days = Math.floor(wall / 86400);
  const civil: CivilDate = { year: 0, month: 0, day: 0 };
  civilFromDays(days, civil);
  const rest = wall - days * 86400;
  const year =
    civil.year >= 0 && civil.year <= 9999
      ? String(civil.year).padStart(4, "0")
      : `${civil.year < 0 ? "-" : "+"}${String(Math.abs(civil.year)).padStart(6, "0")}`;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${year}-${two(civil.month)}-${two(civil.day)}T${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
