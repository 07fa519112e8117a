// Writes src/schedule/generated/zone-table.ts: the UTC offsets of every zone in zone-names.ts for
// the years a DST check looks at, from Node's own tz data, so that a render needs no `Intl` (whose
// first use costs ≈ 12 ms). The segments are scanned exactly as zone-offsets.ts scans them at run
// time, and each one is checked to decode back identically. Past those years, each zone's last
// rule (zone-rule.ts), read from Intl far in the future and checked against it year by year, so
// that a walk far ahead needs no Intl either; a zone whose rules still change past the table
// (Morocco's and Palestine's follow Ramadan until the 2080s) gets its transitions listed until its
// last rule holds. Slow (Intl, ≈ 40 s): run by `npm run gen`.
import { isDeepStrictEqual } from "node:util";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { readFileSync } from "node:fs";
import { TZDATA_ZI, zoneNamesOf } from "./gen-zone-names.ts";
import { intlOffsetOf, intlSegments } from "../src/schedule/zone-offsets.ts";
import { changeAt, encodeLastRule, transitionsIn, type LastRule, type YearlyChange } from "../src/schedule/zone-rule.ts";
import { SEGMENT_SECONDS, type Segment, type Transition } from "../src/schedule/zone-segment.ts";
import { decodeZoneRule } from "../src/schedule/zone-table.ts";

/** The DST warning looks 12 months ahead of today; tests pin dates from 2020 on. Before, Intl answers. */
export const TABLE_YEARS = [2020, 2045] as const;

/** Where a zone's last rule is read: Intl far ahead, where only the last rules of the tz data apply. */
const RULE_YEARS = [2400, 2427] as const; // 28 years: every weekday and leap-year combination
/** The rule is checked week by week against Intl in every year after the table up to this one… */
const CHECKED_UNTIL = 2200;
/** …and in these years, up to the end of the Date range. */
const FAR_YEARS = [2500, 3000, 4000, 5000, 10000, 100000, 200000, 275000];

const DEFAULT_OUT = resolve("src/schedule/generated");

export interface GenZonesOptions {
  outDir?: string;
  /** tzdata.zi to take the zone names from: read here, not from the generated zone-names.ts, which a run bundles before gen-zone-names.ts rewrites it. */
  tzdataZi?: string;
}

export async function genZones(options: GenZonesOptions = {}): Promise<void> {
  const outDir = options.outDir ?? DEFAULT_OUT;
  const tz = process.versions.tz;
  if (!tz) throw new Error("this Node reports no tz data version (process.versions.tz)");
  const first = Math.floor(Date.UTC(TABLE_YEARS[0], 0, 1) / 1000 / SEGMENT_SECONDS);
  const end = Math.ceil(Date.UTC(TABLE_YEARS[1] + 1, 0, 1) / 1000 / SEGMENT_SECONDS);

  const rules: string[] = [];
  const ruleIndex = new Map<string, number>();
  const byCanonical = new Map<string, string>(); // links (US/Eastern) share their zone's scan
  const entries: string[] = [];
  for (const name of zoneNamesOf(readFileSync(options.tzdataZi ?? TZDATA_ZI, "utf8"))) {
    const canonical = canonicalName(name);
    let rule = canonical === undefined ? undefined : byCanonical.get(canonical);
    if (rule === undefined) {
      rule = zoneRule(name, first, end);
      if (canonical !== undefined) byCanonical.set(canonical, rule);
    }
    let index = ruleIndex.get(rule);
    if (index === undefined) {
      index = rules.push(rule) - 1;
      ruleIndex.set(rule, index);
    }
    entries.push(` ${name}:${index}`);
  }
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, "zone-table.ts"), source(tz, first, end, rules, entries));
}

function canonicalName(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function zoneRule(name: string, first: number, tableEnd: number): string {
  const segmentFor = intlSegments(name);
  const offsetOf = intlOffsetOf(name);
  if (segmentFor === undefined || offsetOf === undefined) return "U";
  const last = lastRuleOf(offsetOf, segmentFor);
  const end = last === undefined ? tableEnd : Math.max(tableEnd, last.from);
  const segments: Segment[] = [];
  for (let i = first; i < end; i++) segments.push(segmentFor(i));
  const start = segments[0]!;
  const atStart = start.transitions[0]?.at === start.start ? start.transitions[0] : undefined;
  let previous = first * SEGMENT_SECONDS;
  const parts = [minutes(atStart ? atStart.offsetBefore : start.offsetAtStart, name)];
  for (const t of segments.flatMap((s) => s.transitions)) {
    parts.push(`${minutes(t.at - previous, name)},${minutes(t.offsetAfter, name)}`);
    previous = t.at;
  }
  const rule = parts.join(" ") + (last === undefined ? "" : `|${end.toString(36)}|${encodeLastRule(last.rule)}`);
  const decoded = decodeZoneRule(rule, first, tableEnd);
  segments.forEach((segment, i) => {
    if (decoded === "utc" || !isDeepStrictEqual(decoded.segment(first + i), segment)) {
      throw new Error(`${name}: segment ${first + i} does not decode to what Intl gives; the table's encoding cannot hold this zone`);
    }
  });
  // The last rule's segments, as zone-offsets.ts will read them, for ten years after it takes over.
  for (let i = end; i < end + Math.ceil((10 * 366 * 86400) / SEGMENT_SECONDS); i++) {
    if (decoded === "utc" || !isDeepStrictEqual(decoded.segment(i), segmentFor(i))) {
      throw new Error(`${name}: segment ${i} of its last rule does not match what Intl gives`);
    }
  }
  return rule;
}

const yearStart = (year: number) => Date.UTC(year, 0, 1) / 1000;
const segmentOf = (seconds: number) => Math.floor(seconds / SEGMENT_SECONDS);

/**
 * The zone's last rule and the segment from which it holds (the table's end, or the start of the
 * year after the last one it fails in), or undefined when no rule of the two forms reproduces
 * Intl's offsets far ahead: then Intl answers past the table, as before.
 */
function lastRuleOf(
  offsetOf: (seconds: number) => number,
  segmentFor: (index: number) => Segment,
): { rule: LastRule; from: number } | undefined {
  const rule = readRule(offsetOf, segmentFor);
  if (rule === undefined) return undefined;
  if (FAR_YEARS.some((year) => !holdsIn(rule, year, offsetOf))) return undefined;
  let lastFailure: number | undefined;
  for (let year = TABLE_YEARS[1] + 1; year <= CHECKED_UNTIL; year++) if (!holdsIn(rule, year, offsetOf)) lastFailure = year;
  if (lastFailure === CHECKED_UNTIL) return undefined;
  return { rule, from: segmentOf(yearStart(lastFailure === undefined ? TABLE_YEARS[1] + 1 : lastFailure + 1)) + 1 };
}

/** The rule Intl follows in RULE_YEARS: a constant offset, or two changes a year that recur exactly. */
function readRule(offsetOf: (seconds: number) => number, segmentFor: (index: number) => Segment): LastRule | undefined {
  const yearTransitions = (year: number): Transition[] => {
    const out: Transition[] = [];
    for (let i = segmentOf(yearStart(year)); i <= segmentOf(yearStart(year + 1)); i++)
      for (const t of segmentFor(i).transitions) if (t.at >= yearStart(year) && t.at < yearStart(year + 1)) out.push(t);
    return out;
  };
  const sample = yearTransitions(RULE_YEARS[0]);
  if (sample.length === 0) {
    const offset = offsetOf(yearStart(RULE_YEARS[0]));
    const constant: LastRule = { offset };
    return holdsIn(constant, RULE_YEARS[0], offsetOf) && holdsIn(constant, RULE_YEARS[1], offsetOf) ? constant : undefined;
  }
  if (sample.length !== 2) return undefined;
  const options = sample.map((t) => changeCandidates(t, RULE_YEARS[0]));
  for (const a of options[0]!)
    for (const b of options[1]!) {
      const rule: LastRule = { changes: [a, b] };
      let holds = true;
      for (let year = RULE_YEARS[0]; year <= RULE_YEARS[1] && holds; year++) holds = holdsIn(rule, year, offsetOf);
      if (holds) return rule;
    }
  return undefined;
}

/** The ways one observed change can recur: its weekday on or after a day of its month, or the last; wall clock or UTC. */
function changeCandidates(t: Transition, year: number): YearlyChange[] {
  const out: YearlyChange[] = [];
  for (const base of ["w", "u"] as const) {
    const local = t.at + (base === "w" ? t.offsetBefore : 0);
    const date = new Date(local * 1000);
    if (date.getUTCFullYear() !== year) continue;
    const month = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    const weekday = date.getUTCDay();
    const minutes = Math.round((local - Math.floor(local / 86400) * 86400) / 60);
    if (minutes * 60 !== local - Math.floor(local / 86400) * 86400) continue;
    // "The last" first, then the usual "on or after" days (1, 8, 15, 22), then any other.
    const days = [
      0,
      ...[1, 8, 15, 22].filter((d) => d <= day && day < d + 7),
      ...Array.from({ length: 7 }, (_, k) => day - k).filter((d) => d >= 1),
    ];
    for (const d of new Set(days)) {
      const change: YearlyChange = { month, day: d, weekday, minutes, base, offsetAfter: t.offsetAfter };
      if (changeAt(change, year, t.offsetBefore) === t.at) out.push(change);
    }
  }
  return out;
}

/**
 * Whether Intl agrees with the rule all through `year`: the offset on both sides of each change,
 * and every week in between (a change and its reversal within a week would go unseen; none
 * exists in the tz data).
 */
function holdsIn(rule: LastRule, year: number, offsetOf: (seconds: number) => number): boolean {
  const from = yearStart(year);
  const to = yearStart(year + 1);
  const changes = "offset" in rule ? [] : transitionsIn(rule, year);
  const offsetAt = (s: number): number => {
    if ("offset" in rule) return rule.offset;
    let offset = changes[0]!.offsetBefore;
    for (const t of changes) if (t.at <= s) offset = t.offsetAfter;
    return offset;
  };
  for (const t of changes) {
    if (t.at < from - 86400 || t.at >= to + 86400) return false;
    if (offsetOf(t.at - 1) !== t.offsetBefore || offsetOf(t.at) !== t.offsetAfter) return false;
  }
  for (let s = from; s < to; s += 7 * 86400) if (offsetOf(s) !== offsetAt(s)) return false;
  return true;
}

function minutes(seconds: number, name: string): string {
  if (seconds % 60 !== 0) throw new Error(`${name}: ${seconds} s is not whole minutes; the table's encoding cannot hold it`);
  return (seconds / 60).toString(36);
}

function source(tz: string, first: number, end: number, rules: string[], entries: string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < entries.length; i += 6) lines.push(`  ${JSON.stringify(entries.slice(i, i + 6).join(""))},`);
  return `// Generated by scripts/gen-zones.ts from Node's tz data ${tz}. Do not edit: npm run gen.
// UTC offsets of every zone of zone-names.ts in ${TABLE_YEARS[0]}-${TABLE_YEARS[1]}, as Intl gives them, and each
// zone's last rule after that; read by src/schedule/zone-table.ts, which describes the rules. Used
// only when Node's tz data is ${tz}.
export const ZONE_TABLE_TZ = ${JSON.stringify(tz)};

/** First (included) and last (excluded) 32-day segment since 1970-01-01 that the listed transitions cover (unless a rule says otherwise). */
export const ZONE_TABLE_SEGMENTS = [${first}, ${end}] as const;

/** Distinct rules; zones with the same offsets share one. */
export const ZONE_RULES: readonly string[] = [
${rules.map((r) => `  ${JSON.stringify(r)},`).join("\n")}
];

/** \` name:rule\` for every zone name. */
export const ZONE_RULE_OF = [
${lines.join("\n")}
].join("");
`;
}
