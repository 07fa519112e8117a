import { describe, expect, it } from "vitest";
import { lint } from "../../../src/api.js";

const cron = (schedule: string) => ({
  kind: "ScheduledJob",
  name: "c",
  schedule,
  timeZone: "UTC",
  containers: { main: { image: "busybox:1.36" } },
});
const finding = (schedule: string) => lint(cron(schedule)).find((d) => d.code === "batch/day-of-month-or-week");

describe("batch/day-of-month-or-week", () => {
  it.each([
    ["0 0 13 * 5", "day-of-month 13 OR every Friday"],
    ["0 0 1,15 * MON-WED", "day-of-month 1,15 OR every Monday, Tuesday and Wednesday"],
  ])("%s reads %s", (schedule, reading) => {
    expect(finding(schedule)?.message).toContain(reading);
  });

  it.each(["0 0 13 * *", "0 0 * * 5", "0 0 */1 * 5", "@weekly"])("%s restricts at most one day field: silent", (schedule) => {
    expect(finding(schedule)).toBeUndefined();
  });
});
