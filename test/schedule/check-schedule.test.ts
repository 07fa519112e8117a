import { describe, expect, it } from "vitest";
import { checkSchedule, dstChanges } from "../../src/schedule/index.js";

const paths = { schedule: ["schedule"], timeZone: ["timeZone"] };
const codes = (list: { code: string }[]) => list.map((d) => d.code);

describe("checkSchedule", () => {
  it("accepts a valid schedule and zone with no diagnostics", () => {
    expect(checkSchedule("0 12 * * *", "Europe/Berlin", paths)).toEqual([]);
  });

  it.each([
    [undefined, "UTC", ["schedule/required"]],
    ["", "UTC", ["schedule/required"]],
    [5, "UTC", ["schedule/not-a-string"]],
    ["0 0 * * 7", "UTC", ["schedule/out-of-range"]],
    ["0 12 * * *", undefined, ["schedule/no-time-zone"]],
    ["0 12 * * *", null, ["schedule/no-time-zone"]],
    ["0 12 * * *", 1, ["time-zone/not-a-string"]],
    ["0 12 * * *", "", ["time-zone/empty"]],
    ["0 12 * * *", "Local", ["time-zone/local"]],
    ["0 12 * * *", "utc", ["time-zone/unknown"]],
    ["TZ=UTC 0 0 * * *", "UTC", ["schedule/has-time-zone"]],
    ["0 0 * * 7", "utc", ["schedule/out-of-range", "time-zone/unknown"]],
    ["0 0 30 2 *", "UTC", ["schedule/never-runs"]],
  ])("%j in %j → %j", (schedule, zone, expected) => {
    expect(codes(checkSchedule(schedule, zone, paths))).toEqual(expected);
  });

  it("puts diagnostics on the caller's paths, severities as Kubernetes would", () => {
    const found = checkSchedule("0 0 * * 7", undefined, { schedule: ["spec", "schedule"], timeZone: ["spec", "timeZone"] });
    expect(found).toMatchObject([
      { code: "schedule/out-of-range", severity: "error", path: ["spec", "schedule"] },
      { code: "schedule/no-time-zone", severity: "warning", path: ["spec", "timeZone"] },
    ]);
  });

  it("warns about runs DST skips or doubles, naming the dates, in the 12 months after now", () => {
    const found = checkSchedule("30 2 * * *", "America/New_York", paths, { now: new Date("2024-01-01T00:00:00Z") });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: "schedule/dst", severity: "warning", path: ["schedule"] });
    expect(found[0]!.message).toContain("2024-03-10");
    expect(found[0]!.message).toContain("02:30");
    const fallBack = checkSchedule("30 1 * * *", "Europe/London", paths, { now: new Date("2024-01-01T00:00:00Z") });
    expect(fallBack[0]!.message).toContain("2024-10-27");
    expect(fallBack[0]!.message).toMatch(/twice/);
  });

  it("is deterministic without now (a fixed reference year)", () => {
    const a = checkSchedule("30 2 * * *", "Europe/Berlin", paths);
    expect(a[0]!.message).toContain("2026-03-29");
    expect(checkSchedule("30 2 * * *", "Europe/Berlin", paths)).toEqual(a);
  });

  it.each([
    ["0 3 * * *", "America/New_York"], // 03:00 exists every day and never repeats
    ["0 * * * *", "America/New_York"], // every hour keeps its cadence
    ["*/10 * * * *", "Europe/Berlin"],
    ["30 2 * * *", "Asia/Tokyo"], // no DST
    ["30 2 * * *", "UTC"],
    ["@every 1h", "Europe/Berlin"],
  ])("no DST warning for %j in %s", (schedule, zone) => {
    expect(checkSchedule(schedule, zone, paths, { now: new Date("2024-01-01T00:00:00Z") })).toEqual([]);
  });
});

describe("dstChanges", () => {
  it("lists skipped and repeated wall times with their dates", () => {
    const changes = dstChanges("30 1,2 * * *", {
      timeZone: "America/New_York",
      from: new Date("2024-01-01T00:00:00Z"),
      to: new Date("2025-01-01T00:00:00Z"),
    });
    expect(changes).toMatchObject([
      {
        kind: "skipped",
        date: "2024-03-10",
        clockChange: "02:00 → 03:00",
        wallTimes: ["02:30"],
        offsetBeforeMinutes: -300,
        offsetAfterMinutes: -240,
      },
      {
        kind: "repeated",
        date: "2024-11-03",
        clockChange: "02:00 → 01:00",
        wallTimes: ["01:30"],
        offsetBeforeMinutes: -240,
        offsetAfterMinutes: -300,
      },
    ]);
    expect(changes[0]!.at.toISOString()).toBe("2024-03-10T07:00:00.000Z");
  });

  it("handles 30-minute shifts", () => {
    const changes = dstChanges("15,45 1,2 * * *", {
      timeZone: "Australia/Lord_Howe",
      from: new Date("2024-01-01T00:00:00Z"),
      to: new Date("2025-01-01T00:00:00Z"),
    });
    expect(changes).toMatchObject([
      { kind: "repeated", date: "2024-04-07", wallTimes: ["01:45"] },
      { kind: "skipped", date: "2024-10-06", wallTimes: ["02:15"] },
    ]);
  });

  it("is empty for @every and for zones without DST", () => {
    const window = { from: new Date("2024-01-01T00:00:00Z"), to: new Date("2025-01-01T00:00:00Z") };
    expect(dstChanges("@every 1h", { timeZone: "America/New_York", ...window })).toEqual([]);
    expect(dstChanges("30 2 * * *", { timeZone: "Asia/Kolkata", ...window })).toEqual([]);
  });
});

describe("dstChanges follows the walk where it departs from the fields", () => {
  it("Chatham 02:45 → 03:45: '50 2' runs at 03:50 that day (the hour is not re-checked)", () => {
    const [change] = dstChanges("50 2 * * *", {
      timeZone: "Pacific/Chatham",
      from: new Date("2024-09-01T00:00:00Z"),
      to: new Date("2024-10-01T00:00:00Z"),
    });
    expect(change).toMatchObject({ kind: "skipped", date: "2024-09-29", wallTimes: ["02:50"], runsInstead: ["03:50"] });
  });

  it("a fully skipped run has no runsInstead", () => {
    const [change] = dstChanges("30 2 * * *", {
      timeZone: "America/New_York",
      from: new Date("2024-03-01T00:00:00Z"),
      to: new Date("2024-04-01T00:00:00Z"),
    });
    expect(change?.runsInstead).toBeUndefined();
  });
});

describe("validate* take any value from plain JavaScript", () => {
  it("reports a non-string instead of throwing", async () => {
    const { validateSchedule, validateTimeZone } = await import("../../src/schedule/index.js");
    expect(codes(validateSchedule(7 as never))).toEqual(["schedule/not-a-string"]);
    expect(codes(validateTimeZone(null as never))).toEqual(["time-zone/not-a-string"]);
  });
});
