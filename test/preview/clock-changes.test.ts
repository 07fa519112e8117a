import { describe, expect, it } from "vitest";
import { previewSchedules } from "../../src/preview/preview-schedules.js";
import { dstChanges, previewSchedule } from "../../src/schedule/index.js";
import { cronJob } from "./fixtures.js";

/** The same schedule and zone through kubejobs next's engine, as many runs as the window holds. */
function nextAgrees(schedule: string, timeZone: string, from: Date, runs: { at: string; local: string; repeated?: true }[]) {
  const expected = previewSchedule(schedule, { timeZone, from, count: runs.length });
  expect(runs.map((r) => [r.at, r.local, r.repeated === true])).toEqual(expected.runs.map((r) => [r.utc, r.local, r.repeated]));
}

describe("clock changes: skips and doubles agree with kubejobs next", () => {
  it("spring forward: a wall time in the gap is skipped that day (America/New_York)", () => {
    const from = new Date("2024-03-08T00:00:00Z");
    const data = previewSchedules(
      [cronJob("gap", "30 2 * * *", { timeZone: "America/New_York" }), cronJob("safe", "0 4 * * *", { timeZone: "America/New_York" })],
      { from },
    );
    const gap = data.cronJobs[0]!;
    expect(gap.runs.map((r) => r.local.slice(0, 10))).not.toContain("2024-03-10");
    nextAgrees("30 2 * * *", "America/New_York", from, gap.runs);
    const march = data.clockChanges.find((c) => c.date === "2024-03-10")!;
    expect(march).toMatchObject({
      zone: "America/New_York",
      direction: "forward",
      clockChange: "02:00 → 03:00",
      at: "2024-03-10T07:00:00Z",
    });
    expect(march.skipped).toEqual([{ job: "team/gap", date: "2024-03-10", wallTimes: ["02:30"] }]);
    expect(march.repeated).toEqual([]);
    // What next notes for the same zone and dates.
    const [noted] = previewSchedule("30 2 * * *", { timeZone: "America/New_York", from, count: 5 }).dstChanges;
    expect(noted).toMatchObject({ kind: "skipped", date: march.skipped[0]!.date, wallTimes: march.skipped[0]!.wallTimes });
    // Then November: 01:30 runs twice for no one here (02:30 and 04:00 are not in the repeated hour).
    const november = data.clockChanges.find((c) => c.date === "2024-11-03")!;
    expect(november).toMatchObject({ direction: "back", clockChange: "02:00 → 01:00", skipped: [], repeated: [] });
    expect(data.findings.clockChanges).toBe(1);
  });

  it("fall back: a wall time in the repeated hour runs twice, the second marked (America/New_York)", () => {
    const from = new Date("2024-11-01T00:00:00Z");
    const data = previewSchedules([cronJob("twice", "30 1 * * *", { timeZone: "America/New_York" })], { from });
    const runs = data.cronJobs[0]!.runs;
    const sunday = runs.filter((r) => r.local.startsWith("2024-11-03"));
    expect(sunday).toEqual([
      { at: "2024-11-03T05:30:00Z", local: "2024-11-03T01:30:00-04:00" },
      { at: "2024-11-03T06:30:00Z", local: "2024-11-03T01:30:00-05:00", repeated: true },
    ]);
    nextAgrees("30 1 * * *", "America/New_York", from, runs);
    const change = data.clockChanges.find((c) => c.date === "2024-11-03")!;
    expect(change.repeated).toEqual([{ job: "team/twice", date: "2024-11-03", wallTimes: ["01:30"] }]);
  });

  it("half-hour and 45-minute changes: Lord Howe skips, Chatham runs another minute instead", () => {
    const from = new Date("2024-09-25T00:00:00Z");
    const data = previewSchedules(
      [
        cronJob("howe", "15 2 * * *", { timeZone: "Australia/Lord_Howe" }),
        cronJob("chatham", "50 2 * * *", { timeZone: "Pacific/Chatham" }),
      ],
      { from, days: 14 },
    );
    const howe = data.clockChanges.find((c) => c.zone === "Australia/Lord_Howe" && c.direction === "forward")!;
    expect(howe).toMatchObject({ date: "2024-10-06", clockChange: "02:00 → 02:30" });
    expect(howe.skipped).toEqual([{ job: "team/howe", date: "2024-10-06", wallTimes: ["02:15"] }]);
    nextAgrees("15 2 * * *", "Australia/Lord_Howe", from, data.cronJobs[0]!.runs);
    const chatham = data.clockChanges.find((c) => c.zone === "Pacific/Chatham" && c.direction === "forward")!;
    const expected = dstChanges("50 2 * * *", { timeZone: "Pacific/Chatham", from, to: new Date("2024-10-09T00:00:00Z") });
    expect(chatham.skipped).toEqual([
      { job: "team/chatham", date: expected[0]!.date, wallTimes: expected[0]!.wallTimes, runsInstead: expected[0]!.runsInstead },
    ]);
    expect(chatham.skipped[0]!.runsInstead).toEqual(["03:50"]);
    nextAgrees("50 2 * * *", "Pacific/Chatham", from, data.cronJobs[1]!.runs);
  });

  it("lists every change of every zone in use for 12 months, none for UTC", () => {
    const data = previewSchedules(
      [
        cronJob("b", "0 12 * * *", { timeZone: "Europe/Berlin" }),
        cronJob("u", "0 12 * * *"),
        cronJob("k", "0 12 * * *", { timeZone: "Asia/Kolkata" }),
      ],
      { from: new Date("2024-01-01T00:00:00Z") },
    );
    expect(data.clockChangesUntil).toBe("2025-01-01T00:00:00Z");
    expect(data.clockChanges.map((c) => [c.zone, c.date, c.clockChange])).toEqual([
      ["Europe/Berlin", "2024-03-31", "02:00 → 03:00"],
      ["Europe/Berlin", "2024-10-27", "03:00 → 02:00"],
    ]);
    expect(data.findings.clockChanges).toBe(0);
  });
});
