import { describe, expect, it } from "vitest";
import { lint } from "../../../src/api.js";

const cron = (name: string, schedule: string, timeZone = "UTC") => ({
  kind: "ScheduledJob",
  name,
  schedule,
  timeZone,
  concurrencyPolicy: "Forbid",
  activeDeadlineSeconds: 600,
  startingDeadlineSeconds: 600,
  containers: { main: { image: "busybox:1.36" } },
});

const sameMinute = (inputs: unknown[], options = {}) => lint(inputs, options).filter((d) => d.code === "batch/same-minute");

describe("batch/same-minute", () => {
  it("lists the CronJobs that start together, once per CronJob, with a spread of minutes", () => {
    const found = sameMinute([cron("a", "0 3 * * *"), cron("b", "0 3 * * *"), cron("c", "0 */3 * * *"), cron("d", "30 3 * * *")]);
    expect(found.map((d) => d.path)).toEqual([
      [0, "schedule"],
      [1, "schedule"],
      [2, "schedule"],
    ]);
    expect(found[0]!.message).toContain("3 CronJobs start in the same minute (03:00 UTC): a, b, c");
    expect(found[0]!.hint).toBe("spread the start minutes, e.g. a at :00, b at :10, c at :20");
  });

  it("compares instants: 04:00 Berlin is 03:00 UTC in winter", () => {
    expect(sameMinute([cron("a", "0 3 * * *"), cron("b", "0 3 * * *"), cron("c", "0 4 * * *", "Europe/Berlin")])).toHaveLength(3);
  });

  it("says the same whatever day lint runs (no date in the message)", () => {
    const inputs = [cron("a", "0 3 * * *"), cron("b", "0 3 * * *"), cron("c", "0 3 * * *")];
    const on = (iso: string) => sameMinute(inputs, { now: new Date(iso) }).map((d) => d.message);
    expect(on("2026-03-02T12:00:00Z")).toEqual(on("2026-03-03T12:00:00Z"));
  });

  it("the threshold is an option; suspended CronJobs do not count", () => {
    const two = [cron("a", "0 3 * * *"), cron("b", "0 3 * * *")];
    expect(sameMinute(two)).toEqual([]);
    expect(sameMinute(two, { sameMinuteThreshold: 2 })).toHaveLength(2);
    expect(sameMinute([...two, { ...cron("c", "0 3 * * *"), suspend: true }])).toEqual([]);
  });
});
