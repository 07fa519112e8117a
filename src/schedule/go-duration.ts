/**
 * Go's `time.ParseDuration`, which robfig/cron uses for `@every <duration>` (parser.go
 * `parseDescriptor`). Grammar: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`, or a bare `0`; units ns, us,
 * µs (U+00B5), μs (U+03BC), ms, s, m, h. No `d`/`w`, no spaces. Values are nanoseconds in an
 * int64, so overflow past about 292 years is an error, as in Go. BigInt keeps that exact.
 */

const UNIT_NANOS: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  "\u00b5s": 1_000n,
  "\u03bcs": 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

const TWO_POW_63 = 1n << 63n;

export type DurationResult = { ok: true; nanos: bigint } | { ok: false; message: string };

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

export function parseGoDuration(text: string): DurationResult {
  const invalid = (): DurationResult => ({ ok: false, message: `time: invalid duration ${JSON.stringify(text)}` });
  let s = text;
  let negative = false;
  if (s[0] === "-" || s[0] === "+") {
    negative = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0") return { ok: true, nanos: 0n };
  if (s === "") return invalid();
  let total = 0n;
  while (s !== "") {
    if (!(s[0] === "." || isDigit(s[0]))) return invalid();
    let i = 0;
    let whole = 0n;
    while (isDigit(s[i])) {
      whole = whole * 10n + BigInt(s.charCodeAt(i) - 48);
      if (whole > TWO_POW_63) return invalid(); // Go's leadingInt overflow
      i++;
    }
    const hasWhole = i > 0;
    // Go's leadingFraction keeps digits while they fit an int64 and ignores the rest.
    let fraction = 0n;
    let scale = 1;
    let hasFraction = false;
    if (s[i] === ".") {
      i++;
      let overflow = false;
      const start = i;
      while (isDigit(s[i])) {
        if (!overflow) {
          const next = fraction * 10n + BigInt(s.charCodeAt(i) - 48);
          if (fraction > (TWO_POW_63 - 1n) / 10n || next > TWO_POW_63) overflow = true;
          else {
            fraction = next;
            scale *= 10;
          }
        }
        i++;
      }
      hasFraction = i > start;
    }
    if (!hasWhole && !hasFraction) return invalid();
    let unitEnd = i;
    while (unitEnd < s.length && s[unitEnd] !== "." && !isDigit(s[unitEnd])) unitEnd++;
    if (unitEnd === i) return { ok: false, message: `time: missing unit in duration ${JSON.stringify(text)}` };
    const unitName = s.slice(i, unitEnd);
    const unit = Object.hasOwn(UNIT_NANOS, unitName) ? UNIT_NANOS[unitName] : undefined;
    if (unit === undefined) {
      return { ok: false, message: `time: unknown unit ${JSON.stringify(unitName)} in duration ${JSON.stringify(text)}` };
    }
    s = s.slice(unitEnd);
    if (whole > TWO_POW_63 / unit) return invalid();
    let value = whole * unit;
    if (fraction > 0n) {
      // Go computes the fractional part in float64; do the same so rounding agrees.
      value += BigInt(Math.trunc(Number(fraction) * (Number(unit) / scale)));
      if (value > TWO_POW_63) return invalid();
    }
    total += value;
    if (total > TWO_POW_63) return invalid();
  }
  if (negative) return { ok: true, nanos: -total };
  if (total > TWO_POW_63 - 1n) return invalid();
  return { ok: true, nanos: total };
}

/**
 * robfig's `Every(d)` (constantdelay.go): below one second becomes one second, and the
 * sub-second part is dropped. Returns whole seconds.
 */
export function everyDelaySeconds(nanos: bigint): number {
  if (nanos < 1_000_000_000n) return 1;
  return Number(nanos / 1_000_000_000n);
}

/** `5400` → `1h30m`, the way Go prints a whole-second `time.Duration`. */
export function formatGoDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}
