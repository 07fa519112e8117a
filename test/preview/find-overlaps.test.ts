import { describe, expect, it } from "vitest";
import { previewSchedules } from "../../src/preview/preview-schedules.js";
import { cronJob } from "./fixtures.js";

const from = new Date("2024-03-04T00:00:00Z");

/** Every 20 minutes, each run allowed 50 minutes: every run may meet the one before. */
function every20(policy: "Allow" | "Forbid" | "Replace", activeDeadlineSeconds = 3000) {
  return previewSchedules([cronJob("sync", "*/20 * * * *", { concurrencyPolicy: policy, activeDeadlineSeconds })], { from, days: 1 })
    .cronJobs[0]!;
}

describe("overlaps under each concurrencyPolicy", () => {
  it("Allow: each run starts beside the previous one, which may go on to its deadline", () => {
    const job = every20("Allow");
    expect(job.runs).toHaveLength(71);
    expect(job.overlaps).toHaveLength(70);
    expect(job.overlaps[0]).toEqual({ run: 1, previous: 0, policy: "Allow" });
    expect(job.runs[0]).toMatchObject({ at: "2024-03-04T00:20:00Z", endsBy: "2024-03-04T01:10:00Z" });
    expect(job.runs.some((r) => r.notStarted)).toBe(false);
  });

  it("Forbid: a run due while the previous may be going is not started; the next one after the deadline is", () => {
    const job = every20("Forbid");
    // 00:20 starts (until 01:10); 00:40 and 01:00 are not started; 01:20 starts; ...
    expect(job.runs.slice(0, 4).map((r) => r.notStarted === true)).toEqual([false, true, true, false]);
    expect(job.overlaps.slice(0, 2)).toEqual([
      { run: 1, previous: 0, policy: "Forbid" },
      { run: 2, previous: 0, policy: "Forbid" },
    ]);
    expect(job.runs[1]!.endsBy).toBeUndefined();
    expect(job.overlaps).toHaveLength(job.runs.filter((r) => r.notStarted).length);
    expect(job.runs.filter((r) => !r.notStarted)).toHaveLength(24);
  });

  it("Replace: the new run deletes the previous one, which so ends when the next starts", () => {
    const job = every20("Replace");
    expect(job.overlaps).toHaveLength(70);
    expect(job.overlaps[0]).toEqual({ run: 1, previous: 0, policy: "Replace" });
    expect(job.runs[0]!.endsBy).toBe("2024-03-04T00:40:00Z");
    expect(job.runs.at(-1)!.endsBy).toBe("2024-03-05T00:30:00Z"); // the last one keeps its deadline
  });

  it("a run that must end exactly when the next starts does not overlap; without a deadline nothing is known", () => {
    for (const policy of ["Allow", "Forbid", "Replace"] as const) expect(every20(policy, 1200).overlaps).toEqual([]);
    const unknown = previewSchedules([cronJob("sync", "*/20 * * * *")], { from, days: 1 }).cronJobs[0]!;
    expect(unknown.overlaps).toEqual([]);
    expect(unknown.runs[0]!.endsBy).toBeUndefined();
  });

  it("findings count overlaps of CronJobs that are not suspended", () => {
    const data = previewSchedules(
      [
        cronJob("a", "*/20 * * * *", { activeDeadlineSeconds: 3000 }),
        cronJob("b", "*/20 * * * *", { activeDeadlineSeconds: 3000, suspend: true }),
        cronJob("c", "0 0 * * *"),
      ],
      { from, days: 1 },
    );
    expect(data.findings.overlaps).toBe(70);
    expect(data.findings.suspended).toBe(1);
    expect(data.findings.withoutDeadline).toBe(1);
  });
});
