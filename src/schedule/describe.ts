/**
 * Plain-English reading of a schedule, by cronstrue, fed a normalised expression so that it reads
 * robfig's semantics rather than its own: `?`, `*-x` and `*&#47;1` become `*`; empty list items go;
 * numbers are canonical; descriptors are expanded; `@every` is described here; and when both day
 * fields are restricted the two are joined with "or" (spec.go `dayMatches`), which cronstrue
 * would print as "and".
 */
import { createRequire } from "node:module";
import { scheduleOrThrow } from "./next-runs.js";
import { descriptorExpression } from "./parse-descriptor.js";
import { formatGoDuration } from "./go-duration.js";
import { neverRunsReason } from "./never-runs.js";
import { GO_SPACE } from "./parse-schedule.js";
import { DAY_OF_MONTH, HOUR, MINUTE, MONTH, type FieldBounds } from "./cron-spec.js";
import { FieldError, parseField } from "./parse-field.js";

const OPTIONS = { use24HourTimeFormat: true, verbose: false } as const;

export function describeSchedule(schedule: string): string {
  const parsed = scheduleOrThrow(schedule); // throws KubejobsError for what Kubernetes rejects
  if (parsed.kind === "every") {
    return `Every ${formatGoDuration(parsed.delaySeconds)}, counted from the CronJob's creation or its last scheduled run`;
  }
  const expression = descriptorExpression(schedule) ?? schedule;
  const bounds = [MINUTE, HOUR, DAY_OF_MONTH, MONTH];
  const [minute, hour, dom, month] = expression
    .split(GO_SPACE)
    .filter((f) => f !== "")
    .slice(0, 4)
    .map((f, i) => normaliseField(f, bounds[i]!)) as [string, string, string, string];
  // Weekdays are written out from the parsed table: cronstrue reads "1/2" as running to 7 (Sunday).
  const dow = weekdayList(parsed.dayOfWeek);
  const never = neverRunsReason(parsed);
  if (never !== undefined) return `Never runs: ${never}`;
  const domFull = parsed.dayOfMonth.indexOf(0, 1) === -1;
  const dowFull = !parsed.dayOfWeek.includes(0);
  // A field of only commas (`0 0 1 1 ,`) is valid and matches nothing: in an OR, the other decides.
  const domNone = parsed.dayOfMonth.indexOf(1) === -1;
  const dowNone = parsed.dayOfWeek.indexOf(1) === -1;
  let text: string;
  if (parsed.dayOfMonthStar || parsed.dayOfWeekStar) {
    // AND: the starred field allows every day, so only the other one restricts.
    text = read(
      `${minute} ${hour} ${parsed.dayOfMonthStar || domFull ? "*" : dom} ${month} ${parsed.dayOfWeekStar || dowFull ? "*" : dow}`,
    );
  } else if (domFull || dowFull) {
    text = read(`${minute} ${hour} * ${month} *`); // OR with a field that matches every day
  } else if (dowNone) {
    text = read(`${minute} ${hour} ${dom} ${month} *`);
  } else if (domNone) {
    text = read(`${minute} ${hour} * ${month} ${dow}`);
  } else {
    const time = read(`${minute} ${hour} * * *`);
    const days = `${afterTime(read(`0 0 ${dom} * *`))} or ${afterTime(read(`0 0 * * ${dow}`)).replace(/^only /, "")}`;
    const months = month === "*" ? "" : `, ${afterTime(read(`0 0 * ${month} *`))}`;
    text = `${time}, ${days}${months}`;
  }
  return text;
}

type Cronstrue = { toString(expression: string, options: typeof OPTIONS): string };
let cronstrue: Cronstrue | undefined;

function read(expression: string): string {
  // Loaded on first use: validation imports this module's siblings and should not pay for it.
  cronstrue ??= createRequire(import.meta.url)("cronstrue") as Cronstrue;
  try {
    return cronstrue.toString(expression, OPTIONS);
  } catch {
    // cronstrue throws plain strings on expressions it cannot read; a description is never worth
    // an exception (the normalisation above should not hand it one: tests hold it to that).
    return `Runs as "${expression}" gives (no plain-English reading)`;
  }
}

/** Drops cronstrue's leading "At 00:00, " from a day or month phrase. */
function afterTime(text: string): string {
  return text.replace(/^At 00:00, /, "");
}

function normaliseField(field: string, bounds: FieldBounds): string {
  const items: string[] = [];
  for (const item of field.split(",")) {
    if (item === "") continue;
    const [range = "", step] = item.split("/");
    const low = range.split("-")[0];
    const stepNumber = step === undefined ? 1 : Number(step);
    const base = low === "*" || low === "?" ? "*" : range.split("-").map(canonical).join("-");
    if (step === undefined || stepNumber === 1) {
      items.push(base);
      continue;
    }
    // A step past the end of its range leaves one value ("*/60" is minute 0): say that value,
    // not "every 60 minutes".
    const parsed = parseField(item, bounds);
    const only = parsed instanceof FieldError || parsed.values.indexOf(1) !== parsed.values.lastIndexOf(1) ? -1 : parsed.values.indexOf(1);
    items.push(only === -1 ? `${base}/${stepNumber}` : String(only));
  }
  return items.includes("*") ? "*" : items.join(",");
}

function canonical(value: string): string {
  return /^[+-]?[0-9]+$/.test(value) ? String(Number(value)) : value.toUpperCase();
}

const DAY_NAMES = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

/** `{1,2,3,5}` → `MON-WED,FRI`. */
function weekdayList(table: Uint8Array): string {
  const parts: string[] = [];
  for (let d = 0; d < 7; d++) {
    if (table[d] !== 1) continue;
    let end = d;
    while (end + 1 < 7 && table[end + 1] === 1) end++;
    parts.push(end === d ? DAY_NAMES[d]! : end === d + 1 ? `${DAY_NAMES[d]},${DAY_NAMES[end]}` : `${DAY_NAMES[d]}-${DAY_NAMES[end]}`);
    d = end;
  }
  return parts.join(",");
}
