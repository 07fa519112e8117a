/**
 * `spec.timeZone` validation, as kubernetes `pkg/apis/batch/validation/validation.go`
 * `validateTimeZone` does it: non-empty; every `/`-separated part matches
 * `^[A-Za-z.\-_0-9+]{1,14}$`, is not `.`/`..` and does not start with `-`; not `Local` in any
 * case; then Go `time.LoadLocation` must find it: a case-sensitive IANA name, links included
 * (`US/Eastern`, `Etc/UTC`, `UTC`). `Intl` is looser (`utc`, `america/new_york`, `IST`), so the
 * name is checked against the tz database's own list first.
 */
import { error, type Diagnostic } from "../diagnostic.js";
import { closestName } from "../suggest.js";
import { IANA_ZONE_NAMES } from "./generated/zone-names.js";

const PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

let zoneNames: Set<string> | undefined;

export function isIanaZoneName(name: string): boolean {
  zoneNames ??= new Set(IANA_ZONE_NAMES.split(" "));
  return zoneNames.has(name);
}

export function validateTimeZone(timeZone: string): Diagnostic[] {
  if (typeof timeZone !== "string")
    return [
      error("time-zone/not-a-string", [], `timeZone must be a string, not ${typeof timeZone}`, "use an IANA name such as Europe/Berlin"),
    ];
  if (timeZone === "") {
    return [
      error("time-zone/empty", [], "timeZone must be nil or non-empty string", "leave timeZone out, or name a zone such as Europe/Berlin"),
    ];
  }
  for (const part of timeZone.split("/")) {
    if (part === "." || part === ".." || part.startsWith("-") || !PART.test(part)) {
      return [error("time-zone/invalid", [], `unknown time zone ${timeZone}`, zoneHint(timeZone))];
    }
  }
  if (timeZone.toLowerCase() === "local") {
    return [
      error(
        "time-zone/local",
        [],
        "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones",
        "name the zone, e.g. Europe/Berlin or UTC; leave timeZone out to use the controller's own zone",
      ),
    ];
  }
  if (!isIanaZoneName(timeZone)) {
    return [error("time-zone/unknown", [], `unknown time zone ${timeZone}`, zoneHint(timeZone))];
  }
  return [];
}

function zoneHint(timeZone: string): string {
  const trimmed = timeZone.trim();
  if (trimmed !== timeZone && trimmed !== "" && isIanaZoneName(trimmed)) return `remove the surrounding spaces: ${trimmed}`;
  const wanted = trimmed.toLowerCase();
  zoneNames ??= new Set(IANA_ZONE_NAMES.split(" "));
  for (const name of zoneNames) {
    if (name.toLowerCase() === wanted) return `zone names are case-sensitive: ${name}`;
  }
  if (/^(UTC|GMT)[+-]\d/i.test(trimmed)) {
    return "fixed offsets are written Etc/GMT-5 for UTC+5 (the sign is inverted in the tz database)";
  }
  // A typo within the same region first (Europe/Berln), then anywhere (Berln alone).
  const region = trimmed.includes("/") ? `${trimmed.slice(0, trimmed.indexOf("/"))}/` : undefined;
  const sameRegion = region === undefined ? [] : [...zoneNames].filter((name) => name.startsWith(region));
  const suggestion = closestName(trimmed, sameRegion) ?? closestName(trimmed, [...zoneNames]);
  if (suggestion !== undefined) return `did you mean ${suggestion}?`;
  return "use an IANA time zone name such as Europe/Berlin, America/New_York or UTC";
}
