// Issue 10, case 8: past the generated offset table (2020-2045) every 32-day segment was scanned
// with Intl, ~3 ms per year: `next "@yearly" --tz Europe/Berlin -n 3000` took about 10 s. Past
// the table, offsets now come from the zone's last rule (generated with the table, checked
// against Intl): no Intl call at all, and the same offsets and transitions as Intl.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ZONE_TABLE_TZ } from "../../src/schedule/generated/zone-table.js";
import { nextRuns } from "../../src/schedule/index.js";
import { intlZone, zoneOffsets } from "../../src/schedule/zone-offsets.js";

const sameTzData = process.versions.tz === ZONE_TABLE_TZ;
const year = (y: number) => Date.UTC(y, 0, 1) / 1000;

afterEach(() => vi.restoreAllMocks());

describe.skipIf(!sameTzData)("far-future schedules", () => {
  it("@yearly in Europe/Berlin for 3000 years asks Intl nothing", () => {
    const formatToParts = vi.spyOn(Intl.DateTimeFormat.prototype, "formatToParts");
    const created = vi.spyOn(Intl, "DateTimeFormat");
    const runs = nextRuns("@yearly", { timeZone: "Europe/Berlin", from: new Date("2025-06-01T00:00:00Z"), count: 3000 });
    expect(runs).toHaveLength(3000);
    expect(runs[2999]!.toISOString()).toBe("5024-12-31T23:00:00.000Z");
    expect(formatToParts).not.toHaveBeenCalled();
    expect(created).not.toHaveBeenCalled();
  });

  it.each([
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "America/Santiago",
    "Europe/Dublin",
    "Antarctica/Troll",
    "Africa/Casablanca",
    "Asia/Gaza",
    "Africa/Cairo",
    "America/Nuuk",
    "Asia/Tehran",
    "America/Havana",
    "Pacific/Apia",
  ])("%s: the same transitions as Intl past the table", (name) => {
    const zone = zoneOffsets(name);
    const intl = intlZone(name);
    for (const [from, to] of [
      [year(2040), year(2101)],
      [year(2395), year(2405)],
      [year(9998), year(10002)],
      [year(275000), year(275003)],
    ] as const) {
      expect(zone.transitionsBetween(from, to), `${name} ${from}`).toEqual(intl.transitionsBetween(from, to));
      for (let s = from; s < to; s += 86400 * 9 + 3607) expect([s, zone.offsetAt(s)]).toEqual([s, intl.offsetAt(s)]);
    }
  });
});
