/**
 * UTC offsets of a time zone, as a table of transitions per 32-day segment, cached. The next-run
 * walk asks for offsets hundreds of times per run; a table lookup costs nanoseconds.
 *
 * Segments come from the generated table (src/schedule/generated/zone-table.ts) where it covers
 * them, and otherwise from the tz data built into Node (`Intl`): the first `Intl.DateTimeFormat`
 * of a process costs about 12 ms, which a render pays for one DST warning. The table is Node's
 * own answers, written by scripts/gen-zones.ts with the same scan as below, and is used only
 * when Node's tz data is the version it was generated from; so both give the same offsets.
 *
 * With `Intl`, transitions are found by sampling every 24 hours and bisecting to the second, so
 * two changes less than a day apart (none in current rules; a few in 19th/early 20th century
 * history) can be missed. Node's tz data version may differ from the Go build of the cluster's
 * controller.
 */
import { DATE_LIMIT_SECONDS, daysFromCivil } from "./civil.js";
import { tabulatedZone } from "./zone-table.js";
import { SEGMENT_SECONDS, type Segment, type Transition } from "./zone-segment.js";

const SAMPLE_SECONDS = 86400;

export interface ZoneOffsets {
  readonly name: string;
  /** Seconds east of UTC at an instant given in unix seconds. */
  offsetAt(unixSeconds: number): number;
  /** An instant after `unixSeconds` before which the offset certainly does not change. */
  stableUntil(unixSeconds: number): number;
  transitionsBetween(fromSeconds: number, toSeconds: number): Transition[];
}

const FIXED_UTC: ZoneOffsets = {
  name: "UTC",
  offsetAt: () => 0,
  stableUntil: () => Infinity,
  transitionsBetween: () => [],
};

const cache = new Map<string, ZoneOffsets>();

/** Offsets for an IANA name already validated by `validateTimeZone`; undefined means UTC. */
export function zoneOffsets(timeZone: string | undefined): ZoneOffsets {
  if (timeZone === undefined) return FIXED_UTC;
  let zone = cache.get(timeZone);
  if (zone === undefined) {
    zone = createZone(timeZone);
    cache.set(timeZone, zone);
  }
  return zone;
}

function createZone(timeZone: string): ZoneOffsets {
  const table = tabulatedZone(timeZone);
  if (table === undefined) return intlZone(timeZone);
  if (table === "utc") return { ...FIXED_UTC, name: timeZone };
  // Outside the table's years, Intl, created only if a walk gets there.
  let intl: ((unixSeconds: number) => number) | undefined;
  return segmentedZone(
    timeZone,
    (index) => table.segment(index) ?? scanSegment(index * SEGMENT_SECONDS, (intl ??= intlOffsetOf(timeZone) ?? (() => 0))),
  );
}

/** The zone from `Intl` alone, whatever the table holds: what the table is tested against. */
export function intlZone(timeZone: string): ZoneOffsets {
  const segmentFor = intlSegments(timeZone);
  return segmentFor === undefined ? { ...FIXED_UTC, name: timeZone } : segmentedZone(timeZone, segmentFor);
}

/** Segments by index from `Intl` (what the table is generated from); undefined for a zone with no offset ever. */
export function intlSegments(timeZone: string): ((index: number) => Segment) | undefined {
  const intlOffset = intlOffsetOf(timeZone);
  return intlOffset && ((index) => scanSegment(index * SEGMENT_SECONDS, intlOffset));
}

/** Offsets by `Intl`; undefined for a zone that ICU reads as UTC or does not know. Exported for the generator. */
export function intlOffsetOf(timeZone: string): ((unixSeconds: number) => number) | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    // In the tz list but unknown to ICU: only "Factory", which is UTC with the abbreviation "-00".
    return undefined;
  }
  if (format.resolvedOptions().timeZone === "UTC") return undefined;

  return (at: number): number => {
    // Intl throws outside the Date range; the offset there is the one at its end (no zone has
    // rules that far out, and the walk may look a day past the end).
    const unixSeconds = Math.min(DATE_LIMIT_SECONDS, Math.max(-DATE_LIMIT_SECONDS, at));
    let year = 0,
      month = 0,
      day = 0,
      hour = 0,
      minute = 0,
      second = 0,
      bc = false;
    for (const part of format.formatToParts(unixSeconds * 1000)) {
      switch (part.type) {
        case "year":
          year = Number(part.value);
          break;
        case "month":
          month = Number(part.value);
          break;
        case "day":
          day = Number(part.value);
          break;
        case "hour":
          hour = Number(part.value);
          break;
        case "minute":
          minute = Number(part.value);
          break;
        case "second":
          second = Number(part.value);
          break;
        case "era":
          bc = part.value.startsWith("B");
          break;
      }
    }
    if (bc) year = 1 - year;
    return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - unixSeconds;
  };
}

function segmentedZone(timeZone: string, segmentFor: (index: number) => Segment): ZoneOffsets {
  const segments = new Map<number, Segment>();
  let lastIndex = Number.NaN;
  let lastSegment: Segment | undefined;
  const segmentAt = (unixSeconds: number): Segment => {
    const index = Math.floor(unixSeconds / SEGMENT_SECONDS);
    if (index === lastIndex) return lastSegment!;
    let segment = segments.get(index);
    if (segment === undefined) {
      segment = segmentFor(index);
      segments.set(index, segment);
    }
    lastIndex = index;
    lastSegment = segment;
    return segment;
  };

  return {
    name: timeZone,
    offsetAt(unixSeconds) {
      const segment = segmentAt(unixSeconds);
      let offset = segment.offsetAtStart;
      for (const t of segment.transitions) {
        if (t.at > unixSeconds) break;
        offset = t.offsetAfter;
      }
      return offset;
    },
    stableUntil(unixSeconds) {
      const segment = segmentAt(unixSeconds);
      for (const t of segment.transitions) if (t.at > unixSeconds) return t.at;
      return segment.start + SEGMENT_SECONDS;
    },
    transitionsBetween(fromSeconds, toSeconds) {
      const found: Transition[] = [];
      for (let s = Math.floor(fromSeconds / SEGMENT_SECONDS) * SEGMENT_SECONDS; s < toSeconds; s += SEGMENT_SECONDS) {
        for (const t of segmentAt(s).transitions) if (t.at >= fromSeconds && t.at < toSeconds) found.push(t);
      }
      return found;
    },
  };
}

function scanSegment(start: number, offsetOf: (unixSeconds: number) => number): Segment {
  const offsetAtStart = offsetOf(start);
  const transitions: Transition[] = [];
  // A transition exactly at the segment start belongs to this segment.
  const justBefore = offsetOf(start - 1);
  if (justBefore !== offsetAtStart) transitions.push({ at: start, offsetBefore: justBefore, offsetAfter: offsetAtStart });
  let previous = offsetAtStart;
  let previousAt = start;
  for (let at = start + SAMPLE_SECONDS; at <= start + SEGMENT_SECONDS; at += SAMPLE_SECONDS) {
    const offset = at === start + SEGMENT_SECONDS ? offsetOf(at - 1) : offsetOf(at);
    if (offset !== previous) {
      // Bisect for the first second with the new offset.
      let low = previousAt;
      let high = at === start + SEGMENT_SECONDS ? at - 1 : at;
      while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        if (offsetOf(mid) === previous) low = mid;
        else high = mid;
      }
      transitions.push({ at: high, offsetBefore: previous, offsetAfter: offsetOf(high) });
      previous = offset;
    }
    previousAt = at;
  }
  return { start, offsetAtStart, transitions };
}
