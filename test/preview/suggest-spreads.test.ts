import { describe, expect, it } from "vitest";
import { previewSchedules } from "../../src/preview/preview-schedules.js";
import { fnv1a, shiftedSchedule } from "../../src/preview/suggest-spreads.js";
import { cronJob } from "./fixtures.js";

const from = new Date("2024-03-04T00:00:00Z");

const crowd = () => [
  cronJob("billing-export", "0 3 * * *"),
  cronJob("search-index", "@daily", { namespace: "search" }),
  cronJob("reports", "0 3 * * *"),
  cronJob("cleanup", "0 3 * * *"),
  cronJob("sync", "*/15 * * * *"),
  cronJob("lonely", "0 5 * * *"),
  cronJob("two-a", "20 6 * * *"),
  cronJob("two-b", "20 6 * * *"),
];

/** The inputs with each suggested schedule applied. */
function applied(inputs: Record<string, any>[], spreads: { job: string; suggestedSchedule?: string }[]) {
  return inputs.map((m) => {
    const s = spreads.find((x) => x.job === `${m.metadata.namespace}/${m.metadata.name}`);
    return s?.suggestedSchedule === undefined ? m : { ...m, spec: { ...m.spec, schedule: s.suggestedSchedule } };
  });
}

describe("pile-ups", () => {
  it("are minutes where 3 or more CronJobs start together; 2 are not a pile-up; suspended ones start nothing", () => {
    const data = previewSchedules([...crowd(), cronJob("off", "20 6 * * *", { suspend: true })], { from });
    // 03:00 every day: billing-export, reports, cleanup, sync; 00:00: search-index and sync only;
    // 06:20: two-a and two-b (the suspended third starts nothing).
    expect(data.pileUps).toHaveLength(7);
    expect(data.pileUps[0]).toEqual({
      at: "2024-03-04T03:00:00Z",
      local: "2024-03-04T03:00:00+00:00",
      jobs: ["team/billing-export", "team/reports", "team/cleanup", "team/sync"],
    });
    expect(data.findings.pileUps).toBe(7);
  });

  it("counts CronJobs of different zones that start at the same instant", () => {
    const data = previewSchedules(
      [
        cronJob("berlin", "0 4 * * *", { timeZone: "Europe/Berlin" }), // 03:00Z in winter
        cronJob("kolkata", "30 8 * * *", { timeZone: "Asia/Kolkata" }), // 03:00Z
        cronJob("utc", "0 3 * * *"),
      ],
      { from, days: 1, timeZone: "America/New_York" },
    );
    expect(data.pileUps).toEqual([
      { at: "2024-03-04T03:00:00Z", local: "2024-03-03T22:00:00-05:00", jobs: ["team/berlin", "team/kolkata", "team/utc"] },
    ]);
  });
});

describe("suggested spread", () => {
  it("gives each CronJob in a pile-up a minute of the same hour that removes the collision", () => {
    const inputs = crowd();
    const data = previewSchedules(inputs, { from });
    expect(data.spreads.map((s) => s.job)).toEqual(["team/billing-export", "team/reports", "team/cleanup", "team/sync"]);
    for (const s of data.spreads) {
      expect(s.reason).toBeUndefined();
      expect(s.suggestedSchedule).toBeDefined();
    }
    expect(data.spreads.find((s) => s.job === "team/sync")!.suggestedSchedule).toMatch(/^(\*|\d+)\/15 \* \* \* \*$/);
    // Applied, the pile-ups are gone and the moved CronJobs start in minutes of their own.
    const after = previewSchedules(applied(inputs, data.spreads), { from });
    expect(after.pileUps).toEqual([]);
    const moved = after.cronJobs.filter((j) => data.spreads.some((s) => s.job === j.id && s.shift !== 0));
    for (const j of moved) {
      const others = after.cronJobs.filter((o) => o.id !== j.id).flatMap((o) => o.runs.map((r) => r.at));
      expect(j.runs.filter((r) => others.includes(r.at))).toEqual([]);
    }
    // Each stays in its hour.
    for (const s of data.spreads) {
      const before = data.cronJobs.find((j) => j.id === s.job)!.runs[0]!.at;
      const now = after.cronJobs.find((j) => j.id === s.job)!.runs[0]!.at;
      expect(now.slice(0, 13)).toBe(before.slice(0, 13));
    }
  });

  it("is stable between runs and whatever the order of the inputs", () => {
    const first = previewSchedules(crowd(), { from }).spreads;
    const again = previewSchedules(crowd(), { from }).spreads;
    const reversed = previewSchedules(crowd().reverse(), { from }).spreads;
    expect(again).toEqual(first);
    const byJob = (list: typeof first) => Object.fromEntries(list.map((s) => [s.job, s.suggestedSchedule]));
    expect(byJob(reversed)).toEqual(byJob(first));
  });

  it("starts from a minute derived from the name (FNV-1a of the id)", () => {
    const data = previewSchedules([cronJob("alpha", "0 9 * * *"), cronJob("beta", "0 9 * * *"), cronJob("gamma", "0 9 * * *")], {
      from,
      days: 1,
    });
    // Nothing else runs at 09:xx, so the first job placed gets its hash minute exactly.
    const first = [...data.spreads].sort((a, b) => fnv1a(a.job) - fnv1a(b.job))[0]!;
    expect(first.shift).toBe(fnv1a(first.job) % 60);
  });

  it("says why when there is no minute to move", () => {
    const data = previewSchedules(
      [cronJob("every", "@every 1h"), cronJob("minutely", "* 3 * * *"), cronJob("a", "0 3 * * *"), cronJob("b", "0 3 * * *")],
      { from: new Date("2024-03-04T02:00:00Z"), days: 1 },
    );
    const by = Object.fromEntries(data.spreads.map((s) => [s.job, s]));
    expect(by["team/every"]).toMatchObject({ shift: 0 });
    expect(by["team/every"]!.reason).toBeDefined();
    expect(by["team/minutely"]!.reason).toBeDefined();
    expect(by["team/a"]!.suggestedSchedule).toBeDefined();
  });

  it("writes the shifted schedule: a single minute, a step, a list, a descriptor", () => {
    expect(shiftedSchedule("0 3 * * *", [0], 17)).toBe("17 3 * * *");
    expect(shiftedSchedule("*/15 * * * *", [0, 15, 30, 45], 7)).toBe("7/15 * * * *");
    expect(shiftedSchedule("5,35 1 * * MON", [5, 35], 10)).toBe("15/30 1 * * MON");
    expect(shiftedSchedule("5,25 1 * * *", [5, 25], 10)).toBe("15,35 1 * * *");
    expect(shiftedSchedule("@daily", [0], 42)).toBe("42 0 * * *");
    expect(shiftedSchedule("@weekly", [0], 3)).toBe("3 0 * * 0");
    expect(shiftedSchedule("@every 5m", [], 3)).toBeUndefined();
  });
});
