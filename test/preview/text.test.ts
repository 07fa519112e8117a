import { describe, expect, it } from "vitest";
import { previewSchedules } from "../../src/preview/preview-schedules.js";
import { DENSITY, densityLevel, renderPreviewText } from "../../src/preview/text.js";
import { cronJob } from "./fixtures.js";

const from = new Date("2024-03-04T00:00:00Z");
const data = previewSchedules(
  [
    cronJob("a", "0 3 * * *"),
    cronJob("b", "0 3 * * *"),
    cronJob("c", "0 3 * * *"),
    cronJob("hourly", "5 * * * *"),
    cronJob("ny", "30 2 * * *", { timeZone: "America/New_York" }),
    cronJob("sync", "*/20 * * * *", { activeDeadlineSeconds: 3000, concurrencyPolicy: "Forbid" }),
  ],
  { from },
);

describe("renderPreviewText", () => {
  it("draws the heatmap as 7 rows of 24 density characters, matching the counts", () => {
    const lines = renderPreviewText(data).split("\n");
    const rows = lines.filter((l) => /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)  /.test(l));
    expect(rows).toHaveLength(7);
    const max = Math.max(...data.heatmap.runs.flat());
    rows.forEach((row, r) => {
      const cells = [...row.slice(5)];
      expect(cells).toHaveLength(24);
      expect(cells).toEqual(data.heatmap.runs[r]!.map((n) => DENSITY[densityLevel(n, max)]));
    });
  });

  it("then lists pile-ups (one line per clock time and jobs), the spread, overlaps and clock changes", () => {
    const text = renderPreviewText(data);
    expect(text).toContain("03:00 (7 days, Mon 2024-03-04 … Sun 2024-03-10): team/a, team/b, team/c");
    for (const s of data.spreads) expect(text).toContain(`${s.job}: ${s.schedule} → ${s.suggestedSchedule}`);
    expect(text).toMatch(/team\/sync: \d+ runs: Forbid does not start the new one/);
    expect(text).toContain("2024-03-10 America/New_York 02:00 → 03:00: team/ny skips 02:30");
  });

  it("uses colour only when asked", () => {
    expect(renderPreviewText(data)).not.toContain("\u001b[");
    expect(renderPreviewText(data, { color: true })).toContain("\u001b[38;5;");
  });

  it("levels: none, then four steps up to the busiest hour", () => {
    expect([0, 1, 2, 3, 4, 5, 8].map((n) => densityLevel(n, 8))).toEqual([0, 1, 1, 2, 2, 3, 4]);
    expect(densityLevel(1, 1)).toBe(4);
  });
});
