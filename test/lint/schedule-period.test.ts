import { describe, expect, it } from "vitest";
import { shortestPeriodSeconds } from "../../src/lint/schedule-period.js";
import { parseSchedule } from "../../src/schedule/parse-schedule.js";

const period = (s: string) => shortestPeriodSeconds(parseSchedule(s).schedule!);

describe("shortestPeriodSeconds", () => {
  it.each([
    ["* * * * *", 60],
    ["*/15 * * * *", 900],
    ["0 * * * *", 3600],
    ["0,30 9-17 * * *", 1800],
    ["0 3 * * *", 86400],
    ["0 22 * * 1-5", 86400], // Monday → Tuesday
    ["0 9 * * 1", 7 * 86400],
    ["0 23 * * 5,6", 86400],
    ["30 23 * * 1,3", 2 * 86400],
    ["0 0 1,15 * *", 14 * 86400],
    ["0 0 1 * *", 28 * 86400], // February
    ["0 0 31 * *", 31 * 86400], // July 31 → August 31
    ["0 23,1 * * *", 2 * 3600], // 23:00 → 01:00 the next day
    ["@hourly", 3600],
    ["@every 90s", 90],
    ["0 0 29 2 *", (4 * 365 + 1) * 86400],
    ["0 0 30 2 *", Infinity],
  ])("%s → %s s", (schedule, seconds) => {
    expect(period(schedule)).toBe(seconds);
  });
});
