// The generated offset table (scripts/gen-zones.ts) against Intl, which it replaces on the render
// path: same names as zone-names.ts, and for a sample of zones the same offsets, transitions and
// segment bounds, so DST warnings and next runs cannot change.
import { describe, expect, it } from "vitest";
import { IANA_ZONE_NAMES } from "../../src/schedule/generated/zone-names.js";
import { ZONE_RULE_OF, ZONE_RULES, ZONE_TABLE_SEGMENTS, ZONE_TABLE_TZ } from "../../src/schedule/generated/zone-table.js";
import { intlZone, zoneOffsets } from "../../src/schedule/zone-offsets.js";
import { SEGMENT_SECONDS } from "../../src/schedule/zone-segment.js";
import { tabulatedZone } from "../../src/schedule/zone-table.js";

const names = IANA_ZONE_NAMES.split(" ");
const sameTzData = process.versions.tz === ZONE_TABLE_TZ;
const [first, end] = ZONE_TABLE_SEGMENTS;
const tableStart = first * SEGMENT_SECONDS;
const tableEnd = end * SEGMENT_SECONDS;

// Zones with unusual rules, links, fixed offsets, UTC aliases, then every 40th name.
const SAMPLE = [
  "Europe/Berlin",
  "America/New_York",
  "US/Eastern",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Africa/Casablanca",
  "Europe/Dublin",
  "America/Sao_Paulo",
  "America/Santiago",
  "Asia/Tehran",
  "America/Mexico_City",
  "America/Nuuk",
  "Antarctica/Troll",
  "Asia/Gaza",
  "Pacific/Apia",
  "Asia/Kolkata",
  "Etc/GMT+12",
  "Etc/GMT-14",
  "UTC",
  "Etc/UTC",
  "Factory",
  ...names.filter((_, i) => i % 40 === 0),
];

describe("generated zone table", () => {
  it("has exactly the names of zone-names.ts", () => {
    const tabulated = ZONE_RULE_OF.trim()
      .split(" ")
      .map((entry) => entry.slice(0, entry.lastIndexOf(":")));
    expect(tabulated).toEqual(names);
  });

  it("covers 2020 to 2045", () => {
    expect(tableStart).toBeLessThanOrEqual(Date.UTC(2020, 0, 1) / 1000);
    expect(tableEnd).toBeGreaterThanOrEqual(Date.UTC(2046, 0, 1) / 1000);
  });

  it.skipIf(!sameTzData)(`is used for every name while Node's tz data is ${ZONE_TABLE_TZ} (skipped on other tz data: Intl answers)`, () => {
    for (const name of names) expect(tabulatedZone(name), name).toBeDefined();
    expect(tabulatedZone("Mars/Olympus_Mons")).toBeUndefined();
  });

  it.skipIf(!sameTzData).each(SAMPLE)("%s: the same offsets as Intl", (name) => {
    const table = zoneOffsets(name);
    const intl = intlZone(name);
    expect(table.transitionsBetween(tableStart, tableEnd)).toEqual(intl.transitionsBetween(tableStart, tableEnd));
    const instants: number[] = [];
    for (const t of intl.transitionsBetween(tableStart, tableEnd)) instants.push(t.at - 1, t.at, t.at + 1);
    for (let s = tableStart - 3 * SEGMENT_SECONDS; s < tableEnd + 3 * SEGMENT_SECONDS; s += 86400 * 7 + 3607) instants.push(s);
    for (const s of instants) {
      expect([s, table.offsetAt(s)]).toEqual([s, intl.offsetAt(s)]);
      expect([s, table.stableUntil(s)]).toEqual([s, intl.stableUntil(s)]);
    }
    // Windows that straddle the table's ends (Intl answers outside it).
    expect(table.transitionsBetween(tableStart - 400 * 86400, tableStart + 400 * 86400)).toEqual(
      intl.transitionsBetween(tableStart - 400 * 86400, tableStart + 400 * 86400),
    );
    expect(table.transitionsBetween(tableEnd - 400 * 86400, tableEnd + 400 * 86400)).toEqual(
      intl.transitionsBetween(tableEnd - 400 * 86400, tableEnd + 400 * 86400),
    );
  });
});

describe("the zones' last rules, past the table (issue 10, case 8)", () => {
  it("every zone with an offset has one, so that no walk past 2045 needs Intl", () => {
    const without = ZONE_RULES.filter((rule) => rule !== "U" && !rule.includes("|"));
    expect(without).toEqual([]);
  });
});
