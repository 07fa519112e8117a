/**
 * Schedules and zones the bench draws from: the common shapes (fixed times, steps, ranges,
 * lists, names, descriptors) plus the costly ones (a DST-gap hour, day-of-month OR
 * day-of-week, a leap day that runs once in four years), so `nextRuns` and the schedule checks
 * are measured on a realistic mix rather than on one fast path.
 */
export const SCHEDULES: readonly string[] = [
  "0 3 * * *",
  "*/15 * * * *",
  "30 2 * * 1-5",
  "0 0 1 * *",
  "5 4 * * sun",
  "0 */6 * * *",
  "0 9-17 * * MON-FRI",
  "15,45 * * * *",
  "0 12 1,15 * *",
  "0 22 * * 5",
  "*/5 8-18 * 1-11 *",
  "0 0 13 * 5",
  "0 0 29 2 *",
  "@daily",
  "@hourly",
  "@weekly",
  "@monthly",
  "@every 90m",
];

/** `undefined` is the controller's own zone (UTC); the rest include DST and non-hour offsets. */
export const TIME_ZONES: readonly (string | undefined)[] = [
  undefined,
  "UTC",
  "Europe/Berlin",
  "Europe/London",
  "America/New_York",
  "America/Los_Angeles",
  "America/Sao_Paulo",
  "Asia/Tokyo",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Sydney",
  "Pacific/Auckland",
];
