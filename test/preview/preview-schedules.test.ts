import { describe, expect, it } from "vitest";
import { KubejobsError } from "../../src/diagnostic.js";
import { previewSchedules } from "../../src/preview/preview-schedules.js";
import { nextRuns, previewSchedule } from "../../src/schedule/index.js";
import { cronJob, job } from "./fixtures.js";

const from = new Date("2024-03-04T00:00:00Z"); // a Monday

function codes(f: () => unknown): { code: string; path: (string | number)[] }[] {
  try {
    f();
  } catch (e) {
    if (e instanceof KubejobsError) return e.diagnostics.map((d) => ({ code: d.code, path: d.path }));
    throw e;
  }
  throw new Error("did not throw");
}

describe("previewSchedules: runs", () => {
  it("lists each CronJob's runs in the window, exactly as nextRuns computes them, in its own zone", () => {
    const data = previewSchedules([cronJob("report", "0 3 * * *", { timeZone: "Europe/Berlin" }), cronJob("sync", "*/30 * * * *")], {
      from,
    });
    const [report, sync] = data.cronJobs;
    expect(report!.runs.map((r) => r.at)).toEqual(
      nextRuns("0 3 * * *", { timeZone: "Europe/Berlin", from, count: 7 }).map((d) => d.toISOString().replace(".000Z", "Z")),
    );
    expect(report!.runs[0]).toMatchObject({ at: "2024-03-04T02:00:00Z", local: "2024-03-04T03:00:00+01:00" });
    expect(sync!.runs).toHaveLength(7 * 48 - 1); // strictly after from, before from + 7 days
    expect(sync!.zone).toBe("UTC");
    expect(sync!.timeZone).toBeNull();
    expect(data.zones).toEqual(["Europe/Berlin", "UTC"]);
    expect(data).toMatchObject({ from: "2024-03-04T00:00:00Z", to: "2024-03-11T00:00:00Z", days: 7, timeZone: "UTC" });
  });

  it("lists the next 10 runs as kubejobs next does", () => {
    const data = previewSchedules([cronJob("weekly", "0 6 * * 1", { timeZone: "America/New_York" })], { from });
    const expected = previewSchedule("0 6 * * 1", { timeZone: "America/New_York", from, count: 10 });
    expect(data.cronJobs[0]!.nextRuns.map((r) => [r.at, r.local, r.weekday])).toEqual(
      expected.runs.map((r) => [r.utc, r.local, r.weekday]),
    );
    expect(data.cronJobs[0]!.description).toBe(expected.description);
  });

  it("honours days, ids of repeated names, Jobs listed apart and other kinds passed over", () => {
    const data = previewSchedules(
      [
        cronJob("a", "0 0 * * *"),
        cronJob("a", "0 1 * * *"),
        { manifest: cronJob("a", "0 2 * * *", { namespace: "other" }), file: "x.yaml" },
        job("migrate", { activeDeadlineSeconds: 600, cpu: "2" }),
        { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" } },
      ],
      { from, days: 2 },
    );
    expect(data.cronJobs.map((j) => j.id)).toEqual(["team/a", "team/a#2", "other/a"]);
    expect(data.cronJobs[2]!.file).toBe("x.yaml");
    expect(data.cronJobs[0]!.runs).toHaveLength(1);
    expect(data.jobs).toEqual([
      expect.objectContaining({ kind: "Job", id: "team/migrate", activeDeadlineSeconds: 600, requests: { cpu: 2, memory: 0, pods: 1 } }),
    ]);
  });

  it("a schedule that never fires has no run, and says why; @every counts from the window start", () => {
    const [never, every] = previewSchedules([cronJob("never", "0 0 30 2 *"), cronJob("every", "@every 90m")], { from, days: 1 }).cronJobs;
    expect(never!.runs).toEqual([]);
    expect(never!.nextRuns).toEqual([]);
    expect(never!.neverRuns).toBeDefined();
    expect(every!.runs.map((r) => r.at).slice(0, 2)).toEqual(["2024-03-04T01:30:00Z", "2024-03-04T03:00:00Z"]);
    expect(every!.runs).toHaveLength(15);
  });

  it("reads the timing settings of the CronJob", () => {
    const [c] = previewSchedules(
      [cronJob("c", "@hourly", { suspend: true, startingDeadlineSeconds: 200, concurrencyPolicy: "Forbid", activeDeadlineSeconds: 90 })],
      { from },
    ).cronJobs;
    expect(c).toMatchObject({ suspend: true, startingDeadlineSeconds: 200, concurrencyPolicy: "Forbid", activeDeadlineSeconds: 90 });
  });

  it("refuses bad options and bad schedules, all in one error, with paths", () => {
    expect(codes(() => previewSchedules([], { from, days: 0 }))).toEqual([{ code: "preview/invalid-days", path: ["days"] }]);
    expect(codes(() => previewSchedules([], { from: new Date(Number.NaN), timeZone: "Mars/Olympus" }))).toEqual([
      { code: "preview/invalid-from", path: ["from"] },
      { code: "time-zone/unknown", path: ["timeZone"] },
    ]);
    expect(
      codes(() =>
        previewSchedules([cronJob("a", "0 0 * * *"), cronJob("b", "0 0 * * 7"), cronJob("c", "0 0 * * *", { timeZone: "Local" })], {
          from,
        }),
      ),
    ).toEqual([
      { code: "schedule/out-of-range", path: [1, "spec", "schedule"] },
      { code: "time-zone/local", path: [2, "spec", "timeZone"] },
    ]);
  });

  it("gives the same data for the same inputs (pure)", () => {
    const inputs = [cronJob("a", "0 3 * * *"), cronJob("b", "0 3 * * *"), cronJob("c", "0 3 * * *", { timeZone: "Asia/Kolkata" })];
    expect(JSON.stringify(previewSchedules(inputs, { from }))).toBe(JSON.stringify(previewSchedules(inputs, { from })));
  });
});

describe("previewSchedules: load heatmap", () => {
  it("counts runs per weekday and hour of the viewer's zone, and weighs them by requests", () => {
    const inputs = [
      cronJob("a", "0 3 * * *", { cpu: "250m", memory: "512Mi" }),
      cronJob("b", "15 3 * * 1", { cpu: "1", memory: "1Gi", parallelism: 2 }),
      cronJob("off", "0 3 * * *", { suspend: true, cpu: "4" }),
    ];
    const utc = previewSchedules(inputs, { from }).heatmap;
    expect(utc.days).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    expect(utc.runs[0]![3]).toBe(2); // Monday 03:00: a and b; the suspended one starts nothing
    expect(utc.runs[1]![3]).toBe(1);
    expect(utc.cpu[0]![3]).toBe(2.25);
    expect(utc.memory[0]![3]).toBe(512 * 2 ** 20 + 2 * 2 ** 30);
    expect(utc.runs.flat().reduce((a, b) => a + b, 0)).toBe(8);
    // Kolkata is 5:30 ahead: 03:00Z is 08:30 there.
    const kolkata = previewSchedules(inputs, { from, timeZone: "Asia/Kolkata" }).heatmap;
    expect(kolkata.runs[0]![8]).toBe(2);
    expect(kolkata.runs[0]![3]).toBe(0);
  });

  it("takes the pod's effective requests: init containers, sidecars and limits as requests", () => {
    const manifest = cronJob("x", "0 0 * * *");
    const spec = (manifest.spec as any).jobTemplate.spec;
    spec.parallelism = 3;
    spec.completions = 2;
    spec.template.spec.initContainers = [
      { name: "warm", image: "i", resources: { requests: { cpu: "3" } } },
      { name: "proxy", image: "i", restartPolicy: "Always", resources: { limits: { cpu: "100m", memory: "64Mi" } } },
    ];
    spec.template.spec.containers[0].resources = { requests: { cpu: "500m", memory: "1Gi" } };
    const [c] = previewSchedules([manifest], { from }).cronJobs;
    // max(3 (init, before the sidecar), 0.5 + 0.1) cores per pod, 2 pods (parallelism capped by completions)
    expect(c!.requests).toEqual({ cpu: 6, memory: 2 * (2 ** 30 + 64 * 2 ** 20), pods: 2 });
  });
});
