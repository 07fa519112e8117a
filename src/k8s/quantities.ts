// Kubernetes quantities (`250m`, `1.5`, `512Mi`, `1e3`), parsed exactly as resource.ParseQuantity
// parses them. Source: k8s.io/apimachinery/pkg/api/resource/quantity.go (parseQuantityString,
// ParseQuantity) and suffix.go (the suffix tables and the `e<int>` exponent form).
//
// What the scanner accepts, in order: an optional sign; digits; optionally '.' and more digits
// (either side may be empty, so ".5", "1." and even "." and "+" parse, as 0.5, 1, 0 and 0);
// then a suffix made of the letters e E i n u m k K M G T P, an optional sign and digits.
// The suffix must then be one of: (none) n u m k M G T P E (decimal SI), Ki Mi Gi Ti Pi Ei
// (binary SI), or e/E followed by an integer (decimal exponent). So "1E" is one exa, "1e" is
// invalid, "1K" is invalid (kilo is a lower-case k) and "250x" is invalid.
// Values are rounded up (away from zero) to a multiple of 1n, and binary-SI values are capped at
// 2^63-1, as Kubernetes stores them; comparisons see the stored value.

export type QuantityFormat = "DecimalSI" | "BinarySI" | "DecimalExponent";

/** An exactly represented quantity: `coefficient × 10^exponent`. */
export interface Quantity {
  coefficient: bigint;
  exponent: number;
  format: QuantityFormat;
  /** The value as a float, for display and rough arithmetic. Compare with `compareQuantities`. */
  value: number;
}

const DECIMAL_SUFFIX_EXPONENTS: Readonly<Record<string, number>> = {
  "": 0,
  n: -9,
  u: -6,
  m: -3,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const BINARY_SUFFIX_POWERS: Readonly<Record<string, bigint>> = {
  Ki: 1n << 10n,
  Mi: 1n << 20n,
  Gi: 1n << 30n,
  Ti: 1n << 40n,
  Pi: 1n << 50n,
  Ei: 1n << 60n,
};
const SUFFIX_LETTERS = "eEinumkKMGTP";
const DECIMAL_INTEGER = /^[+-]?[0-9]+$/;
const MAX_INT64 = (1n << 63n) - 1n;
const NANO_EXPONENT = -9;
const MAX_EXPONENT_DIGITS = 18; // strconv.ParseInt(…, 10, 64) refuses longer exponents

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// Quantities repeat (`500m`, `1Gi`, the same few per template set), and parsing one (BigInt
// arithmetic included) cost about a tenth of the rules' time: results are kept, frozen, in a map
// that is simply emptied when full, so memory stays bounded whatever the input.
const PARSED = new Map<string | number, Quantity | null>();
const PARSED_MAX = 1024;

/**
 * Parses a quantity the way the API server does. Numbers (from YAML/JSON) are read as their
 * decimal text, as Quantity.UnmarshalJSON does. Returns undefined when Kubernetes would refuse it.
 * The result is frozen and may be shared between callers.
 */
export function parseQuantity(input: string | number): Quantity | undefined {
  const known = PARSED.get(input);
  if (known !== undefined) return known ?? undefined;
  if (typeof input !== "string" && typeof input !== "number") return undefined;
  const parsed = parseUncached(input);
  if (PARSED.size >= PARSED_MAX) PARSED.clear();
  PARSED.set(input, parsed === undefined ? null : Object.freeze(parsed));
  return parsed;
}

function parseUncached(input: string | number): Quantity | undefined {
  let str: string;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return undefined;
    str = String(input);
  } else if (typeof input === "string") {
    str = input;
  } else {
    return undefined;
  }
  const end = str.length;
  if (end === 0) return undefined;

  let pos = 0;
  let negative = false;
  if (str[0] === "-") {
    negative = true;
    pos++;
  } else if (str[0] === "+") {
    pos++;
  }
  const numStart = pos;
  while (pos < end && isDigit(str.charCodeAt(pos))) pos++;
  const whole = str.slice(numStart, pos);
  let fraction = "";
  if (pos < end && str[pos] === ".") {
    pos++;
    const fractionStart = pos;
    while (pos < end && isDigit(str.charCodeAt(pos))) pos++;
    fraction = str.slice(fractionStart, pos);
  }
  const suffixStart = pos;
  while (pos < end && SUFFIX_LETTERS.includes(str[pos] as string)) pos++;
  if (pos < end && (str[pos] === "+" || str[pos] === "-")) pos++;
  while (pos < end && isDigit(str.charCodeAt(pos))) pos++;
  if (pos < end) return undefined; // a character that is neither digit nor suffix
  const suffix = str.slice(suffixStart);

  let format: QuantityFormat;
  let exponent = -fraction.length;
  let multiplier = 1n;
  const decimal = DECIMAL_SUFFIX_EXPONENTS[suffix];
  const binary = BINARY_SUFFIX_POWERS[suffix];
  if (decimal !== undefined) {
    format = "DecimalSI";
    exponent += decimal;
  } else if (binary !== undefined) {
    format = "BinarySI";
    multiplier = binary;
  } else if (suffix.length > 1 && (suffix[0] === "e" || suffix[0] === "E")) {
    const digits = suffix.slice(1);
    if (!DECIMAL_INTEGER.test(digits) || digits.replace(/^[+-]/, "").length > MAX_EXPONENT_DIGITS) return undefined;
    format = "DecimalExponent";
    exponent += Number(digits);
  } else {
    return undefined;
  }

  let coefficient = BigInt(whole + fraction || "0") * multiplier;
  // Round up to whole nanos, away from zero, as ParseQuantity does with inf.RoundUp.
  if (exponent < NANO_EXPONENT && coefficient !== 0n) {
    const shift = NANO_EXPONENT - exponent;
    if (shift > 40) {
      coefficient = 1n; // far below one nano: the smallest representable non-zero value
    } else {
      const divisor = 10n ** BigInt(shift);
      coefficient = (coefficient + divisor - 1n) / divisor;
    }
    exponent = NANO_EXPONENT;
  }
  if (format === "BinarySI" && exponent <= 0) {
    const cap = MAX_INT64 * 10n ** BigInt(-exponent);
    if (coefficient > cap) {
      coefficient = MAX_INT64;
      exponent = 0;
    }
  }
  if (negative) coefficient = -coefficient;
  const approximate = Number(coefficient);
  const value = exponent >= 0 ? approximate * 10 ** exponent : approximate / 10 ** -exponent;
  return { coefficient, exponent, format, value };
}

function digitCount(n: bigint): number {
  return (n < 0n ? -n : n).toString().length;
}

/** Exact comparison: negative if a < b, 0 if equal, positive if a > b. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  const signA = a.coefficient === 0n ? 0 : a.coefficient < 0n ? -1 : 1;
  const signB = b.coefficient === 0n ? 0 : b.coefficient < 0n ? -1 : 1;
  if (signA !== signB) return signA < signB ? -1 : 1;
  if (signA === 0) return 0;
  // Same exponent (a request and its limit written alike, the common case): the coefficients decide.
  if (a.exponent === b.exponent) return a.coefficient === b.coefficient ? 0 : a.coefficient < b.coefficient ? -1 : 1;
  // The float values decide unless they are too close to tell apart.
  const a64 = a.value;
  const b64 = b.value;
  if (Number.isFinite(a64) && Number.isFinite(b64) && Math.abs(a64 - b64) > 1e-9 * Math.max(Math.abs(a64), Math.abs(b64)))
    return a64 < b64 ? -1 : 1;
  // Orders of magnitude first, so huge exponents never build huge numbers.
  const magnitudeA = digitCount(a.coefficient) + a.exponent;
  const magnitudeB = digitCount(b.coefficient) + b.exponent;
  if (magnitudeA !== magnitudeB) return (magnitudeA < magnitudeB ? -1 : 1) * signA;
  const common = Math.min(a.exponent, b.exponent);
  const x = a.coefficient * 10n ** BigInt(a.exponent - common);
  const y = b.coefficient * 10n ** BigInt(b.exponent - common);
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * Whether the quantity is a fraction of its unit as Kubernetes tests it: the value rounded up to
 * thousandths (MilliValue) is not a whole number. So `250m` and `1.5` are fractional, `0.9999` is
 * not (it rounds up to 1). Used for "must be an integer" (extended resources, ValidateResourceQuantityValue)
 * and for the fractional-byte warning on memory (pkg/api/pod/warnings.go).
 */
export function hasFractionalUnits(q: Quantity): boolean {
  if (q.exponent >= 0) return false;
  const magnitude = q.coefficient < 0n ? -q.coefficient : q.coefficient;
  const toMilli = q.exponent + 3;
  let milli: bigint;
  if (toMilli >= 0) {
    milli = magnitude * 10n ** BigInt(toMilli);
  } else {
    const divisor = 10n ** BigInt(-toMilli);
    milli = (magnitude + divisor - 1n) / divisor;
  }
  return milli % 1000n !== 0n;
}

export function isNegativeQuantity(q: Quantity): boolean {
  return q.coefficient < 0n;
}
