/**
 * Reads the generated table of UTC offsets (src/schedule/generated/zone-table.ts, written by
 * scripts/gen-zones.ts). Only the asked zone's rule is decoded, on first use.
 *
 * A rule is `U` for a zone that Node reads as UTC (or does not know), or base-36 minutes: the
 * offset just before the table's first segment, then per transition the minutes since the previous
 * one (the first: since the table's start) and the offset after it, e.g. `1o 3e9o,3c 6hc0,1o`.
 * Then, after `|`, the segment (base 36) up to which those transitions are all there are (the
 * table's end, or later for a zone whose rules change past it), and after another `|` the zone's
 * last rule for every segment after that (zone-rule.ts). Without it, Intl answers past the end.
 */
import { ZONE_RULE_OF, ZONE_RULES, ZONE_TABLE_SEGMENTS, ZONE_TABLE_TZ } from "./generated/zone-table.js";
import { decodeLastRule, ruleSegment } from "./zone-rule.js";
import { SEGMENT_SECONDS, type Segment, type Transition } from "./zone-segment.js";

export interface TableZone {
  /** The segment of this index (see zone-offsets.ts), or undefined before the table (or past it, for a zone without a last rule). */
  segment(index: number): Segment | undefined;
}

/**
 * The zone's offsets from the table; `utc` for a zone with no offset ever; undefined when the
 * name is not in it, or Node's tz data is not the version the table was generated from.
 */
export function tabulatedZone(timeZone: string): TableZone | "utc" | undefined {
  if (process.versions.tz !== ZONE_TABLE_TZ) return undefined;
  const key = ` ${timeZone}:`;
  const at = ZONE_RULE_OF.indexOf(key);
  if (at < 0) return undefined;
  const end = ZONE_RULE_OF.indexOf(" ", at + key.length);
  const rule = ZONE_RULES[Number(ZONE_RULE_OF.slice(at + key.length, end < 0 ? undefined : end))];
  return rule === undefined ? undefined : decodeZoneRule(rule, ZONE_TABLE_SEGMENTS[0], ZONE_TABLE_SEGMENTS[1]);
}

/** A rule as segments from `first` (included); its transitions end at `end` unless it says otherwise. Exported for the generator's round trip. */
export function decodeZoneRule(rule: string, first: number, end: number): TableZone | "utc" {
  if (rule === "U") return "utc";
  const [listed = "", listedEnd, last] = rule.split("|");
  const explicitEnd = listedEnd === undefined ? end : parseInt(listedEnd, 36);
  const lastRule = last === undefined ? undefined : decodeLastRule(last);
  const [initial = "0", ...changes] = listed.split(" ");
  const transitions: Transition[] = [];
  let at = first * SEGMENT_SECONDS;
  let offset = parseInt(initial, 36) * 60;
  for (const change of changes) {
    const [minutes = "", after = ""] = change.split(",");
    at += parseInt(minutes, 36) * 60;
    const offsetAfter = parseInt(after, 36) * 60;
    transitions.push({ at, offsetBefore: offset, offsetAfter });
    offset = offsetAfter;
  }
  const initialOffset = parseInt(initial, 36) * 60;
  return {
    segment(index) {
      if (index < first) return undefined;
      if (index >= explicitEnd) return lastRule && ruleSegment(lastRule, index);
      const start = index * SEGMENT_SECONDS;
      let offsetAtStart = initialOffset;
      const inSegment: Transition[] = [];
      for (const t of transitions) {
        if (t.at >= start + SEGMENT_SECONDS) break;
        if (t.at <= start) offsetAtStart = t.offsetAfter;
        if (t.at >= start) inSegment.push(t);
      }
      return { start, offsetAtStart, transitions: inSegment };
    },
  };
}
