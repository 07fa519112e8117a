/**
 * A zone's last rule, as the generated table stores it for the years past its explicit
 * transitions: a constant offset, or two changes a year, each on the first given weekday on or
 * after a day of a month (or the last such weekday), at a time of day on the wall clock of the
 * offset before it or in UTC. `intl` scans of the same years give the same transitions; the
 * generator (scripts/gen-zones.ts) checks that before it writes a rule.
 *
 * Encoded as `o` (a constant offset) or `c;c`, each change `month,day,weekday,minutes,base,o`:
 * day 0 is "the last", base `w` (wall clock before the change) or `u` (UTC), offsets and minutes
 * in base 36.
 */
import { civilFromDays, daysFromCivil, daysInMonth, type CivilDate } from "./civil.js";
import { SEGMENT_SECONDS, type Segment, type Transition } from "./zone-segment.js";

export interface YearlyChange {
  month: number;
  /** The first `weekday` on or after this day of the month; 0: the last `weekday` of the month. */
  day: number;
  weekday: number;
  /** Minutes after midnight of that day (may pass 24:00). */
  minutes: number;
  /** `w`: on the wall clock of the offset before the change; `u`: in UTC. */
  base: "w" | "u";
  offsetAfter: number;
}

export type LastRule = { offset: number } | { changes: [YearlyChange, YearlyChange] };

export function encodeLastRule(rule: LastRule): string {
  if ("offset" in rule) return (rule.offset / 60).toString(36);
  return rule.changes
    .map((c) => [c.month, c.day, c.weekday, c.minutes.toString(36), c.base, (c.offsetAfter / 60).toString(36)].join(","))
    .join(";");
}

export function decodeLastRule(text: string): LastRule {
  if (!text.includes(",")) return { offset: parseInt(text, 36) * 60 };
  const [a, b] = text.split(";").map((part): YearlyChange => {
    const [month = "", day = "", weekday = "", minutes = "", base = "", offset = ""] = part.split(",");
    return {
      month: Number(month),
      day: Number(day),
      weekday: Number(weekday),
      minutes: parseInt(minutes, 36),
      base: base === "u" ? "u" : "w",
      offsetAfter: parseInt(offset, 36) * 60,
    };
  });
  return { changes: [a!, b!] };
}

/** The instant (unix seconds) of `change` in `year`, coming from `offsetBefore`. */
export function changeAt(change: YearlyChange, year: number, offsetBefore: number): number {
  const firstDay = change.day === 0 ? daysInMonth(year, change.month) - 6 : change.day;
  const days = daysFromCivil(year, change.month, 1) + firstDay - 1;
  const weekday = (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  const wall = (days + ((change.weekday - weekday + 7) % 7)) * 86400 + change.minutes * 60;
  return change.base === "u" ? wall : wall - offsetBefore;
}

/** The transitions of `year`, in order. */
export function transitionsIn(rule: { changes: [YearlyChange, YearlyChange] }, year: number): Transition[] {
  const [a, b] = rule.changes;
  return [
    { at: changeAt(a, year, b.offsetAfter), offsetBefore: b.offsetAfter, offsetAfter: a.offsetAfter },
    { at: changeAt(b, year, a.offsetAfter), offsetBefore: a.offsetAfter, offsetAfter: b.offsetAfter },
  ].sort((x, y) => x.at - y.at);
}

/** The segment of this index under the rule (a transition exactly at its start belongs to it). */
export function ruleSegment(rule: LastRule, index: number): Segment {
  const start = index * SEGMENT_SECONDS;
  if ("offset" in rule) return { start, offsetAtStart: rule.offset, transitions: [] };
  const civil: CivilDate = { year: 0, month: 0, day: 0 };
  civilFromDays(Math.floor(start / 86400), civil);
  const around: Transition[] = [];
  for (let year = civil.year - 1; year <= civil.year + 1; year++) around.push(...transitionsIn(rule, year));
  let offsetAtStart = around[0]!.offsetBefore;
  const transitions: Transition[] = [];
  for (const t of around) {
    if (t.at <= start) offsetAtStart = t.offsetAfter;
    if (t.at >= start && t.at < start + SEGMENT_SECONDS) transitions.push(t);
  }
  return { start, offsetAtStart, transitions };
}
