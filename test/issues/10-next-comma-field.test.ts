// Issue 10, case 3: a day-of-week field of only commas is valid (robfig drops empty list items,
// leaving no weekday: the day-of-month alone decides), but the description library threw a plain
// string on it, which the CLI reported as an internal error.
import { describe, expect, it } from "vitest";
import { describeSchedule, nextRuns } from "../../src/schedule/index.js";
import { runCli } from "../helpers/cli.js";

describe('kubejobs next "0 0 1 1 ,"', () => {
  it("describes and previews the schedule (runs on 1 January)", () => {
    const run = runCli(["next", "0 0 1 1 ,", "--from", "2024-01-01T12:00:00Z", "-n", "2"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("2025-01-01 00:00");
    expect(run.stdout).toContain("2026-01-01 00:00");
  });

  it.each(["0 0 1 1 ,", "0 0 1,, 1 ,", "0 0 , 1 MON", "0 0 , * ,", "0 , * * *", ", 0 * * *", "0 0 * , *", "0 0 ,,, * 1,,"])(
    "describeSchedule(%j) returns a description",
    (schedule) => {
      expect(typeof describeSchedule(schedule)).toBe("string");
    },
  );

  it("the description agrees with the runs: day-of-month only when no weekday is left", () => {
    expect(describeSchedule("0 0 1 1 ,")).toMatch(/day 1 of the month/);
    const runs = nextRuns("0 0 1 1 ,", { from: new Date("2024-06-01T00:00:00Z"), count: 2 }).map((d) => d.toISOString());
    expect(runs).toEqual(["2025-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"]);
  });
});
