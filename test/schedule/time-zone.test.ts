// spec.timeZone as validation.go validateTimeZone checks it, then Go time.LoadLocation (case-sensitive
// IANA names and links; not "Local"; no Intl extras such as "utc", "IST" or "+05:00").
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateTimeZone } from "../../src/schedule/index.js";
import { IANA_ZONE_NAMES } from "../../src/schedule/generated/zone-names.js";

describe("time zones Kubernetes accepts", () => {
  it.each([
    "UTC",
    "Etc/UTC",
    "GMT",
    "Europe/Berlin",
    "America/New_York",
    "US/Eastern",
    "America/Argentina/Buenos_Aires",
    "America/Buenos_Aires",
    "Asia/Kolkata",
    "Asia/Calcutta",
    "Europe/Kyiv",
    "Europe/Kiev",
    "Etc/GMT+12",
    "Etc/GMT-14",
    "Etc/GMT0",
    "EST",
    "EST5EDT",
    "CET",
    "Zulu",
    "Universal",
    "Australia/Lord_Howe",
    "America/Port-au-Prince",
    "Factory",
  ])("%j", (zone) => {
    expect(validateTimeZone(zone)).toEqual([]);
  });
});

describe("time zones Kubernetes rejects", () => {
  it.each([
    ["", "time-zone/empty"],
    ["Local", "time-zone/local"],
    ["local", "time-zone/local"],
    ["LOCAL", "time-zone/local"],
    ["utc", "time-zone/unknown"],
    ["Utc", "time-zone/unknown"],
    ["america/new_york", "time-zone/unknown"],
    ["UTC+5", "time-zone/unknown"],
    ["GMT+5", "time-zone/unknown"],
    ["Etc/GMT+15", "time-zone/unknown"],
    ["Europe", "time-zone/unknown"],
    ["Europe/Pariss", "time-zone/unknown"],
    ["IST", "time-zone/unknown"],
    ["PST", "time-zone/unknown"],
    ["SystemV/AST4", "time-zone/unknown"],
    ["posixrules", "time-zone/unknown"],
    ["+05:00", "time-zone/invalid"],
    [" UTC", "time-zone/invalid"],
    ["UTC ", "time-zone/invalid"],
    ["Europe/Berlin ", "time-zone/invalid"],
    ["/UTC", "time-zone/invalid"],
    ["Europe//Berlin", "time-zone/invalid"],
    ["Europe/", "time-zone/invalid"],
    ["../etc/passwd", "time-zone/invalid"],
    ["./UTC", "time-zone/invalid"],
    ["-UTC", "time-zone/invalid"],
    ["America/Very_Long_City_Name", "time-zone/invalid"],
    ["Europe/Zürich", "time-zone/invalid"],
  ])("%j → %s", (zone, code) => {
    const found = validateTimeZone(zone);
    expect(found.map((d) => d.code)).toEqual([code]);
    expect(found[0]!.hint).toBeTruthy();
  });

  it("uses Kubernetes' messages", () => {
    expect(validateTimeZone("Europe/Pariss")[0]!.message).toBe("unknown time zone Europe/Pariss");
    expect(validateTimeZone("")[0]!.message).toBe("timeZone must be nil or non-empty string");
    expect(validateTimeZone("Local")[0]!.message).toBe(
      "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones",
    );
  });

  it("hints at the right spelling", () => {
    expect(validateTimeZone("america/new_york")[0]!.hint).toContain("America/New_York");
    expect(validateTimeZone(" UTC")[0]!.hint).toContain("UTC");
    expect(validateTimeZone("UTC+5")[0]!.hint).toContain("Etc/GMT-5");
  });
});

describe("zone name list", () => {
  const names = IANA_ZONE_NAMES.split(" ");

  it("every name passes the per-segment rule and is known to Intl (except Factory)", () => {
    for (const name of names) {
      for (const part of name.split("/")) expect(part).toMatch(/^[A-Za-z.\-_0-9+]{1,14}$/);
      if (name !== "Factory") expect(() => new Intl.DateTimeFormat("en", { timeZone: name })).not.toThrow();
    }
  });

  it("includes every canonical zone Node knows", () => {
    const set = new Set(names);
    for (const zone of Intl.supportedValuesOf("timeZone")) expect(set.has(zone), zone).toBe(true);
  });

  // The list is generated from tzdata.zi; when the host has one, it must hold the same names
  // (skipped without it, and a newer host tzdata may add names: then regenerate).
  it.skipIf(!existsSync("/usr/share/zoneinfo/tzdata.zi"))("matches the host's tzdata.zi", () => {
    const zi = readFileSync("/usr/share/zoneinfo/tzdata.zi", "utf8");
    const host = new Set<string>();
    for (const line of zi.split("\n")) {
      const p = line.split(/\s+/);
      if (p[0] === "Z") host.add(p[1]!);
      if (p[0] === "L") host.add(p[2]!);
    }
    for (const name of names) expect(host.has(name), name).toBe(true);
  });
});

describe("an unknown zone suggests the nearest real one", () => {
  it.each([
    ["Europe/Berln", "did you mean Europe/Berlin?"],
    ["America/New_Yrok", "did you mean America/New_York?"],
    ["Asia/Tokio", "did you mean Asia/Tokyo?"],
    ["europe/berlin", "zone names are case-sensitive: Europe/Berlin"],
  ])("%s → %s", (zone, hint) => {
    expect(validateTimeZone(zone).map((d) => d.hint)).toEqual([hint]);
  });

  it("no suggestion for a name nowhere near a zone", () => {
    expect(validateTimeZone("Mars/Olympus_Mons")[0]?.hint).not.toMatch(/did you mean/);
  });
});
