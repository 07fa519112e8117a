/**
 * Valid schedules that can never fire: the API server accepts them (robfig parses `0 0 30 2 *`
 * and `0 0 , * *`), and the controller simply never finds a next time (spec.go `Next` returns the
 * zero time after five years). Decided from the field tables alone, so no clock is involved.
 */
import type { CronSpec } from "./cron-spec.js";

// Longest month lengths; February counts its leap day, which robfig's 5-year window always
// reaches except across 2100, which is not a leap year.
const MAX_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Why the schedule never fires, or undefined when it can. */
export function neverRunsReason(spec: CronSpec): string | undefined {
  if (!spec.minute.includes(1)) return "the minute field matches no value";
  if (!spec.hour.includes(1)) return "the hour field matches no value";
  if (!spec.month.includes(1)) return "the month field matches no value";
  const anyWeekday = spec.dayOfWeek.includes(1);
  let dateExists = false;
  for (let m = 1; m <= 12 && !dateExists; m++) {
    if (spec.month[m] !== 1) continue;
    for (let d = 1; d <= MAX_DAYS[m]! && !dateExists; d++) dateExists = spec.dayOfMonth[d] === 1;
  }
  const and = spec.dayOfMonthStar || spec.dayOfWeekStar;
  const possible = and ? dateExists && anyWeekday : dateExists || anyWeekday;
  return possible ? undefined : "no day in the chosen months matches the day fields (e.g. February 30)";
}
