// Issue 10, case 6: dates within a day of the ends of the JS Date range (±8.64e15 ms, years
// -271821 and 275760) made nextRuns, compile (through `now`) and the DST functions throw
// `RangeError: Invalid time value`. compile never throws; the others throw KubejobsError only,
// and return what exists inside the range.
import { describe, expect, it } from "vitest";
import { compile } from "../../src/api.js";
import { KubejobsError } from "../../src/diagnostic.js";
import { dstChanges, nextRuns, previewSchedule } from "../../src/schedule/index.js";

const END = 8.64e15;
const DAY = 86_400_000;
const INSTANTS = [END, END - 1, END - 60_000, END - DAY / 2, END - DAY, END - 2 * DAY, -END, -END + 1, -END + DAY / 2, -END + 2 * DAY];
const ZONES = [undefined, "UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Pacific/Kiritimati", "America/Adak"];
const SCHEDULES = ["* * * * *", "30 2 * * *", "0 0 29 2 *", "@every 1h", "@yearly"];

/** Runs `f`; only KubejobsError may come out of it. */
function onlyKubejobsErrors(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (e instanceof KubejobsError) return e;
    throw new Error(`threw ${(e as Error)?.name}: ${(e as Error)?.message}`);
  }
}

describe.each(ZONES)("at the ends of the Date range, in %s", (timeZone) => {
  it.each(SCHEDULES)("nextRuns(%j) returns valid dates inside the range, after from", (schedule) => {
    for (const ms of INSTANTS) {
      const runs = onlyKubejobsErrors(() => nextRuns(schedule, { from: new Date(ms), timeZone, count: 3 }));
      if (runs instanceof KubejobsError) continue;
      for (const run of runs as Date[]) {
        expect(Number.isFinite(run.getTime())).toBe(true);
        expect(run.getTime()).toBeGreaterThan(ms);
      }
    }
  });

  it.each(SCHEDULES)("previewSchedule(%j) and dstChanges only throw KubejobsError", (schedule) => {
    for (const ms of INSTANTS) {
      onlyKubejobsErrors(() => previewSchedule(schedule, { from: new Date(ms), timeZone, count: 3 }));
      onlyKubejobsErrors(() =>
        dstChanges(schedule, { from: new Date(ms), to: new Date(Math.min(END, ms + 400 * DAY)), timeZone: timeZone as string }),
      );
      onlyKubejobsErrors(() =>
        dstChanges(schedule, { from: new Date(Math.max(-END, ms - 400 * DAY)), to: new Date(ms), timeZone: timeZone as string }),
      );
    }
  });

  it("compile(template, { now }) never throws", () => {
    for (const ms of [...INSTANTS, Number.NaN]) {
      const template = {
        kind: "ScheduledJob",
        name: "edge",
        schedule: "30 2 * * *",
        containers: { main: { image: "busybox" } },
        ...(timeZone ? { timeZone } : {}),
      };
      const result = compile(template, { now: new Date(ms) });
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    }
  });
});

describe("dstChanges checks its options", () => {
  it.each([
    ["an Invalid Date from", { from: new Date(Number.NaN), to: new Date(0) }],
    ["no to", { from: new Date(0) }],
    ["a string to", { from: new Date(0), to: "2025-01-01" }],
  ])("%s → KubejobsError", (_what, opts) => {
    expect(() => dstChanges("30 2 * * *", { timeZone: "Europe/Berlin", ...(opts as { from: Date; to: Date }) })).toThrow(KubejobsError);
  });
});
