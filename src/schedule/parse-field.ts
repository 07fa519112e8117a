/**
 * One cron field, exactly as robfig/cron v3 `getField`/`getRange` read it (parser.go):
 * - a list splits on `,` and empty items are dropped (`1,,15` and `,` are valid);
 * - an item is `*`, `?`, `N`, `N-M`, each optionally `/STEP`; `N/STEP` means `N-max/STEP`;
 * - `*` or `?` before any `-` is the whole range and ignores the rest of the range part
 *   (`*-5` is `*`), and sets the star bit unless the step is above 1;
 * - numbers are Go `strconv.Atoi` (`+5`, `05` are fine), names only in month/day-of-week.
 * Errors carry robfig's wording, which is what the API server returns.
 */
import type { FieldBounds } from "./cron-spec.js";

export type FieldErrorKind = "syntax" | "range" | "unsupported";

export interface ParsedField {
  values: Uint8Array;
  star: boolean;
}

export class FieldError {
  constructor(
    readonly kind: FieldErrorKind,
    readonly message: string,
    readonly token: string,
  ) {}
}

const INT64_MAX = 9223372036854775807n;

/** Go `strconv.Atoi`: optional sign, ASCII digits, int64 range. */
function atoi(text: string): number | FieldError {
  if (!/^[+-]?[0-9]+$/.test(text)) {
    return new FieldError(
      unsupportedToken(text) ? "unsupported" : "syntax",
      `failed to parse int from ${text}: strconv.Atoi: parsing ${JSON.stringify(text)}: invalid syntax`,
      text,
    );
  }
  const value = BigInt(text);
  if (value > INT64_MAX || value < -INT64_MAX - 1n) {
    return new FieldError(
      "range",
      `failed to parse int from ${text}: strconv.Atoi: parsing ${JSON.stringify(text)}: value out of range`,
      text,
    );
  }
  if (value < 0n) return new FieldError("syntax", `negative number (${value}) not allowed: ${text}`, text);
  return Number(value);
}

/** Quartz/cron-parser extensions robfig does not know: `L`, `5L`, `LW`, `15W`, `5#3`, `MON#1`, `H`. */
function unsupportedToken(text: string): boolean {
  return /^(?:[0-9]*L|LW|[0-9]+W|[A-Za-z0-9]*#[0-9]*|H(?:\(.*)?)$/i.test(text);
}

function intOrName(text: string, bounds: FieldBounds): number | FieldError {
  const name = text.toLowerCase();
  // Own names only: `constructor` is no month (robfig looks names up in a Go map).
  const named = bounds.names !== undefined && Object.hasOwn(bounds.names, name) ? bounds.names[name] : undefined;
  return named ?? atoi(text);
}

function parseItem(item: string, bounds: FieldBounds, values: Uint8Array): boolean | FieldError {
  const rangeAndStep = item.split("/");
  const lowAndHigh = (rangeAndStep[0] ?? "").split("-");
  const low = lowAndHigh[0] ?? "";
  let start: number;
  let end: number;
  let star = false;
  if (low === "*" || low === "?") {
    start = bounds.min;
    end = bounds.max;
    star = true;
  } else {
    const first = intOrName(low, bounds);
    if (first instanceof FieldError) return first;
    start = first;
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) {
      const second = intOrName(lowAndHigh[1] ?? "", bounds);
      if (second instanceof FieldError) return second;
      end = second;
    } else return new FieldError("syntax", `too many hyphens: ${item}`, item);
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    const parsed = atoi(rangeAndStep[1] ?? "");
    if (parsed instanceof FieldError) return parsed;
    step = parsed;
    if (lowAndHigh.length === 1) end = bounds.max;
    if (step > 1) star = false;
  } else if (rangeAndStep.length > 2) return new FieldError("syntax", `too many slashes: ${item}`, item);
  if (start < bounds.min) return new FieldError("range", `beginning of range (${start}) below minimum (${bounds.min}): ${item}`, item);
  if (end > bounds.max) return new FieldError("range", `end of range (${end}) above maximum (${bounds.max}): ${item}`, item);
  if (start > end) return new FieldError("range", `beginning of range (${start}) beyond end of range (${end}): ${item}`, item);
  if (step === 0) return new FieldError("syntax", `step of range should be a positive number: ${item}`, item);
  for (let v = start; v <= end; v += step) values[v] = 1;
  return star;
}

export function parseField(field: string, bounds: FieldBounds): ParsedField | FieldError {
  const values = new Uint8Array(bounds.max + 1);
  let star = false;
  for (const item of field.split(",")) {
    if (item === "") continue;
    const result = parseItem(item, bounds, values);
    if (result instanceof FieldError) return result;
    star ||= result;
  }
  return { values, star };
}
