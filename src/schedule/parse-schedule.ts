/**
 * A schedule string → a `Schedule`, accepting and rejecting exactly what the API server does:
 * kubernetes `pkg/apis/batch/validation/validation.go` `validateScheduleFormat` runs robfig/cron v3
 * `ParseStandard` (parser.go) and then rejects any "TZ" substring. Messages are robfig's and
 * Kubernetes' own wording; codes and hints are ours.
 */
import { error, type Diagnostic, type DiagnosticCode } from "../diagnostic.js";
import { DAY_OF_MONTH, DAY_OF_WEEK, HOUR, MINUTE, MONTH, type CronSpec, type FieldBounds, type Schedule } from "./cron-spec.js";
import { parseDescriptor } from "./parse-descriptor.js";
import { FieldError, parseField, type ParsedField } from "./parse-field.js";

export interface ScheduleParse {
  /** Undefined when there is an error. */
  schedule: Schedule | undefined;
  diagnostics: Diagnostic[];
}

// Go `strings.Fields` splits on unicode.IsSpace: it includes U+0085 (NEL) and not U+FEFF, unlike JS `\s`.
export const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

const FIELD_ORDER: readonly FieldBounds[] = [MINUTE, HOUR, DAY_OF_MONTH, MONTH, DAY_OF_WEEK];

const CODE_OF_KIND: Record<FieldError["kind"], DiagnosticCode> = {
  syntax: "schedule/invalid",
  range: "schedule/out-of-range",
  unsupported: "schedule/unsupported-syntax",
};

const parsed = new Map<string, ScheduleParse>();

/** Memoised: templates repeat the same schedules. Callers get their own diagnostic objects. */
export function parseSchedule(text: string): ScheduleParse {
  let result = parsed.get(text);
  if (result === undefined) {
    result = parseUncached(text);
    if (parsed.size >= 1000) parsed.clear();
    parsed.set(text, result);
  }
  return { schedule: result.schedule, diagnostics: result.diagnostics.map((d) => ({ ...d, path: [...d.path] })) };
}

function parseUncached(text: string): ScheduleParse {
  if (text === "") {
    return fail(error("schedule/required", [], "Required value", 'set a five-field cron schedule such as "0 3 * * *" (03:00 every day)'));
  }
  const diagnostics: Diagnostic[] = [];
  let spec = text;
  if (text.includes("TZ")) {
    // validation.go rejects the substring anywhere; the zone belongs in spec.timeZone.
    const prefix = /^(?:CRON_)?TZ=(\S*)\s/.exec(text);
    const zone = prefix?.[1];
    diagnostics.push(
      error(
        "schedule/has-time-zone",
        [],
        "cannot use TZ or CRON_TZ in schedule, use timeZone field instead",
        zone ? `remove "${prefix![0].trim()}" and set timeZone: ${zone}` : "set the zone in timeZone and keep the schedule to five fields",
      ),
    );
    // robfig itself strips a leading TZ=/CRON_TZ= prefix before parsing the rest (parser.go Parse).
    if (prefix) spec = text.slice(prefix[0].length).trim();
  }
  const parsed = parseRobfig(spec);
  if (parsed instanceof Array) diagnostics.push(...parsed);
  return diagnostics.length > 0 ? { schedule: undefined, diagnostics } : { schedule: parsed as Schedule, diagnostics };
}

function fail(d: Diagnostic): ScheduleParse {
  return { schedule: undefined, diagnostics: [d] };
}

/** robfig `Parser.Parse` with `Minute | Hour | Dom | Month | Dow | Descriptor`. */
function parseRobfig(spec: string): Schedule | Diagnostic[] {
  if (spec === "") return [error("schedule/invalid", [], "empty spec string")];
  if (spec.startsWith("@")) return parseDescriptor(spec);
  const fields = spec.split(GO_SPACE).filter((f) => f !== "");
  if (fields.length !== 5) return [fieldCountError(fields)];
  const parsed: ParsedField[] = [];
  for (let i = 0; i < 5; i++) {
    const bounds = FIELD_ORDER[i]!;
    const result = parseField(fields[i]!, bounds);
    // robfig stops at the first field in error; so does the API server's message.
    if (result instanceof FieldError) return [fieldError(result, bounds)];
    parsed.push(result);
  }
  const [minute, hour, dom, month, dow] = parsed as [ParsedField, ParsedField, ParsedField, ParsedField, ParsedField];
  const cron: CronSpec = {
    kind: "cron",
    minute: minute.values,
    hour: hour.values,
    dayOfMonth: dom.values,
    month: month.values,
    dayOfWeek: dow.values,
    dayOfMonthStar: dom.star,
    dayOfWeekStar: dow.star,
  };
  return cron;
}

function fieldCountError(fields: string[]): Diagnostic {
  const message = `expected exactly 5 fields, found ${fields.length}: [${fields.join(" ")}]`;
  if (fields.length === 6 && !/^(19|2[0-9])[0-9]{2}$/.test(fields[5]!)) {
    return error("schedule/seconds-field", [], message, "Kubernetes cron has no seconds field; remove the first field");
  }
  if (fields.length === 6 || fields.length === 7) {
    return error(
      "schedule/field-count",
      [],
      message,
      "Kubernetes cron has no seconds or year field: use minute hour day-of-month month day-of-week",
    );
  }
  return error("schedule/field-count", [], message, 'use five fields: minute hour day-of-month month day-of-week, e.g. "0 3 * * *"');
}

function fieldError(e: FieldError, bounds: FieldBounds): Diagnostic {
  return error(CODE_OF_KIND[e.kind], [], e.message, fieldHint(e, bounds));
}

function fieldHint(e: FieldError, bounds: FieldBounds): string {
  if (e.kind === "unsupported") {
    return `Kubernetes cron (robfig/cron) has no L, W, # or H; in the ${bounds.name} field use numbers, names, ranges, lists and steps only`;
  }
  if (bounds === DAY_OF_WEEK && /(^|[^0-9])7([^0-9]|$)/.test(e.token) && e.kind === "range") {
    return "day-of-week runs 0-6 (SUN-SAT) and 7 is not Sunday here; write 0 or SUN";
  }
  const names = bounds.names ? ` or names (${Object.keys(bounds.names)[0]!.toUpperCase()}...)` : "";
  return `the ${bounds.name} field takes ${bounds.min}-${bounds.max}${names}, "*", "?", ranges (a-b), lists (a,b) and steps (*/n, a-b/n)`;
}
