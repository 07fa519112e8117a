import { describe, expect, it } from "vitest";
import { lint } from "../../../src/api.js";

const cron = (schedule: string) => ({
  kind: "ScheduledJob",
  name: "c",
  schedule,
  timeZone: "UTC",
  containers: { main: { image: "busybox:1.36" } },
});
const rare = (schedule: string, year: number) =>
  lint(cron(schedule), { now: new Date(Date.UTC(year, 2, 1)) }).filter((d) => d.code === "batch/rare-schedule").length;

describe("batch/rare-schedule", () => {
  it("a leap-day schedule has no run in the five years before 2104 (2100 is not a leap year)", () => {
    expect(rare("0 0 29 2 *", 2097)).toBe(1);
    expect(rare("0 0 29 2 */1", 2097)).toBe(1);
    expect(rare("0 0 29 2 *", 2095)).toBe(0); // 2096 is a leap year
  });

  it("a schedule that can match another date fires yearly: silent", () => {
    expect(rare("0 0 29 2 1", 2097)).toBe(0); // or any Monday in February
    expect(rare("0 0 28,29 2 *", 2097)).toBe(0);
    expect(rare("0 0 30 2 *", 2097)).toBe(0); // never runs: validation's schedule/never-runs
  });
});
