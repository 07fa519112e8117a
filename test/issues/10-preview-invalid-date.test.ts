// Issue 10, case 7: previewSchedule is exported but did not check `from` and `count` as nextRuns
// does: an Invalid Date made its walk loop for ever. It now throws KubejobsError with the same
// codes as nextRuns.
import { describe, expect, it } from "vitest";
import { KubejobsError } from "../../src/diagnostic.js";
import { nextRuns, previewSchedule } from "../../src/schedule/index.js";

function codesOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof KubejobsError) return e.diagnostics.map((d) => d.code);
    throw e;
  }
  return [];
}

describe("previewSchedule checks its options as nextRuns does", () => {
  it.each([
    ["an Invalid Date", { from: new Date(Number.NaN), count: 3 }],
    ["a date string", { from: "2024-01-01" as unknown as Date, count: 3 }],
    ["a negative count", { from: new Date(0), count: -1 }],
    ["a fractional count", { from: new Date(0), count: 1.5 }],
    ["an infinite count", { from: new Date(0), count: Infinity }],
    ["a NaN count", { from: new Date(0), count: Number.NaN }],
  ])("%s → KubejobsError", (_what, opts) => {
    const preview = codesOf(() => previewSchedule("*/5 * * * *", opts));
    expect(preview.length).toBeGreaterThan(0);
    expect(preview).toEqual(codesOf(() => nextRuns("*/5 * * * *", opts)));
  });

  it("without from, it starts now, as nextRuns does", () => {
    const before = Date.now();
    const preview = previewSchedule("* * * * *", { count: 1 } as unknown as { from: Date; count: number });
    expect(preview.runs[0]!.at.getTime()).toBeGreaterThan(before);
  });

  it("a valid call still previews", () => {
    const preview = previewSchedule("0 3 * * *", { from: new Date("2024-01-01T00:00:00Z"), count: 2, timeZone: "Europe/Berlin" });
    expect(preview.runs.map((r) => r.utc)).toEqual(["2024-01-01T02:00:00Z", "2024-01-02T02:00:00Z"]);
  });
});
