/**
 * fast-check generators for manifest-like data, biased towards what YAML parsers misread, and the
 * normal form a value takes after a round trip (what `toYaml` promises to preserve).
 */
import fc from "fast-check";
import { ALL_TRICKY_STRINGS, YAML_SIGNIFICANT_CHARS } from "./tricky-strings.js";

const tricky = fc.constantFrom(...ALL_TRICKY_STRINGS);
const significant = fc.string({ unit: fc.constantFrom(...YAML_SIGNIFICANT_CHARS), maxLength: 12 });
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const anyCodeUnit = fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), loneSurrogate);

/** Strings from the tricky classes, alone, glued together or wrapped in YAML-significant noise. */
export const trickyString: fc.Arbitrary<string> = fc.oneof(
  tricky,
  fc.tuple(tricky, tricky).map(([a, b]) => a + b),
  fc.tuple(significant, tricky, significant).map(([before, s, after]) => before + s + after),
);

/** Any string, with most of the weight on the corner cases. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: trickyString },
  { weight: 3, arbitrary: significant },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ unit: anyCodeUnit }) },
);

/** Finite numbers; -0 is left out because it is written (and read back) as 0. */
export const finiteNumber: fc.Arbitrary<number> = fc
  .oneof(
    fc.integer(),
    fc.integer({ min: -1000, max: 1000 }),
    fc.maxSafeInteger(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(1e21, 1e-7, 5e-324, Number.MAX_VALUE, 0.1 + 0.2, 2 ** 53),
  )
  .map((n) => (Object.is(n, -0) ? 0 : n));

const scalar = fc.oneof({ weight: 4, arbitrary: anyString }, finiteNumber, fc.boolean(), fc.constant(null));

/** JSON-like trees of the above; object properties may be `undefined` (left out by `toYaml`). */
export const manifestLike: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 5 }),
  object: fc.dictionary(anyString, fc.option(tie("value"), { nil: undefined, freq: 8 }), { maxKeys: 6 }),
})).value;

/** What a value reads back as: properties whose value is `undefined` are gone. */
export function roundTripped(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(roundTripped);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    Object.defineProperty(out, key, { value: roundTripped(item), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
