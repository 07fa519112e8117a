import { Buffer } from "node:buffer";
import { Scalar, type ScalarTag, type Tags } from "yaml";

/**
 * YAML scalars as kubectl reads them. kubectl turns YAML into JSON with sigs.k8s.io/yaml, whose
 * go-yaml v2 fork resolves plain scalars by YAML 1.1 rules of its own (resolve.go): `yes`, `on`,
 * `y` are true; `0644` is octal; `0b101`, `0o17`, `0x1F`, `1_000` are integers; `.inf` and `.nan`
 * are floats (which JSON cannot carry, so kubectl refuses them); `2024-01-01` and `12:30` stay
 * strings (timestamps become strings again on the way to JSON; base-60 numbers are not read).
 * The yaml package's own 1.1 schema differs on those last ones, so the rules are written here.
 */

export type Resolved =
  | { kind: "null"; value: null }
  | { kind: "bool"; value: boolean }
  | { kind: "int"; value: number; exact: bigint }
  | { kind: "float"; value: number }
  | { kind: "str" };

const STR: Resolved = { kind: "str" };
const NULL: Resolved = { kind: "null", value: null };

/** Words go-yaml looks up before anything else. (`<<` is there too, as the merge key: see yaml-structure.ts.) */
const WORDS = new Map<string, Resolved>();
for (const w of ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]) WORDS.set(w, { kind: "bool", value: true });
for (const w of ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]) WORDS.set(w, { kind: "bool", value: false });
for (const w of ["", "~", "null", "Null", "NULL"]) WORDS.set(w, NULL);
for (const w of [".nan", ".NaN", ".NAN"]) WORDS.set(w, { kind: "float", value: NaN });
for (const w of [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"]) WORDS.set(w, { kind: "float", value: Infinity });
for (const w of ["-.inf", "-.Inf", "-.INF"]) WORDS.set(w, { kind: "float", value: -Infinity });

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Go's strconv.ParseInt/ParseUint with base 0 (underscores already removed): prefixes 0x 0o 0b, and a leading 0 for octal. */
const GO_INT = /^([-+]?)(?:0[xX]([0-9a-fA-F]+)|0[oO]([0-7]+)|0[bB]([01]+)|0([0-7]*)|([1-9][0-9]*))$/;
/** go-yaml's yamlStyleFloat, tried on the text without underscores. */
const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** strconv.ParseFloat on text starting with `.`: underscores only between digits. */
const DOT_FLOAT = /^\.[0-9]+(?:_[0-9]+)*(?:[eE][-+]?[0-9]+(?:_[0-9]+)*)?$/;
const BINARY_SIGNED = /^[-+]?[01]+$/;

function goParseInt(text: string): bigint | undefined {
  const m = GO_INT.exec(text);
  if (!m) return undefined;
  const [, sign, hex, oct, bin, leadingZeroOctal, dec] = m;
  const magnitude =
    hex !== undefined
      ? BigInt(`0x${hex}`)
      : oct !== undefined
        ? BigInt(`0o${oct}`)
        : bin !== undefined
          ? BigInt(`0b${bin}`)
          : leadingZeroOctal !== undefined
            ? leadingZeroOctal === ""
              ? 0n
              : BigInt(`0o${leadingZeroOctal}`)
            : BigInt(dec as string);
  return sign === "-" ? -magnitude : magnitude;
}

function integer(exact: bigint): Resolved {
  // `-0` is the integer 0, as Go has no negative zero integer.
  return { kind: "int", value: exact === 0n ? 0 : Number(exact), exact };
}

/** ParseInt(text, 0, 64), else ParseUint(text, 0, 64): an int64 or a uint64, or nothing. */
function goInteger(text: string): Resolved | undefined {
  const n = goParseInt(text);
  if (n === undefined) return undefined;
  if (n >= INT64_MIN && n <= INT64_MAX) return integer(n);
  // ParseUint takes no sign.
  if (n > 0n && n <= UINT64_MAX && text[0] !== "+") return integer(n);
  return undefined;
}

/** The `0b` fallback of resolve.go: ParseInt(text[2:], 2) (which takes a sign), then ParseUint. */
function binaryFallback(plain: string): Resolved | undefined {
  let digits: string;
  if (plain.startsWith("0b")) digits = plain.slice(2);
  else if (plain.startsWith("-0b")) digits = `-${plain.slice(3)}`;
  else return undefined;
  if (!BINARY_SIGNED.test(digits)) return undefined;
  const negative = digits[0] === "-";
  const magnitude = BigInt(`0b${digits.replace(/^[-+]/, "")}`);
  const n = negative ? -magnitude : magnitude;
  if (n >= INT64_MIN && n <= INT64_MAX) return integer(n);
  if (!/^[-+]/.test(digits) && n <= UINT64_MAX) return integer(n);
  return undefined;
}

/** Go's ParseFloat: a number out of range is an error (the text stays a string); underflow is 0. */
function goFloat(text: string): Resolved | undefined {
  const value = Number(text);
  return Number.isFinite(value) ? { kind: "float", value } : undefined;
}

/** What go-yaml v2 makes of an untagged plain scalar. */
export function resolvePlain(text: string): Resolved {
  const first = text.charCodeAt(0);
  const sign = first === 43 || first === 45; // + -
  const digit = first >= 48 && first <= 57;
  const dot = first === 46;
  // resolve.go's hint table: anything else is a string without a look.
  if (text !== "" && !sign && !digit && !dot && !"yYnNtTfFoO~".includes(text[0] as string)) return STR;
  const word = WORDS.get(text);
  if (word) return word;
  if (dot) return (DOT_FLOAT.test(text) && goFloat(text.replaceAll("_", ""))) || STR;
  if (!sign && !digit) return STR;
  const plain = text.includes("_") ? text.replaceAll("_", "") : text;
  return goInteger(plain) ?? (YAML_STYLE_FLOAT.test(plain) ? goFloat(plain) : undefined) ?? binaryFallback(plain) ?? STR;
}

/** go-yaml's parseTimestamp: the only forms `!!timestamp` accepts (and plain text it leaves a string). */
const TIMESTAMP =
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?$/;

const TAG = "tag:yaml.org,2002:";

/** An explicit `!!int`, `!!float`, `!!bool` or `!!null`: the text must resolve to it (`!!float` takes an integer). */
function explicit(kind: "int" | "float" | "bool" | "null"): ScalarTag {
  return {
    tag: TAG + kind,
    default: false,
    resolve(text, onError) {
      // go-yaml resolves the text as if plain (quotes do not matter once a tag is written).
      const r = resolvePlain(text);
      if (r.kind === kind || (kind === "float" && r.kind === "int")) return resolvedValue(r, text);
      onError(`cannot read ${JSON.stringify(text)} as !!${kind}${r.kind === "str" ? "" : ` (it reads as !!${r.kind})`}`);
      return text;
    },
  };
}

function resolvedValue(r: Resolved, text: string): unknown {
  if (r.kind === "str") return text;
  if (r.kind === "int") {
    const scalar = new Scalar(r.value);
    scalar.format = INT_FORMAT;
    return scalar;
  }
  return r.value;
}

/** Marks integers (as opposed to floats) on the Scalar: a key is written differently for each. */
export const INT_FORMAT = "GO_INT";

/** A test that runs resolvePlain instead of a regular expression (the yaml package calls `.test`). */
class Resolves extends RegExp {
  constructor(private readonly kind: Resolved["kind"]) {
    super("(?:)");
  }
  override test(text: string): boolean {
    return resolvePlain(text).kind === this.kind;
  }
}

function implicit(kind: "null" | "bool" | "int" | "float"): ScalarTag {
  return {
    tag: TAG + kind,
    default: true,
    test: new Resolves(kind),
    resolve: (text) => resolvedValue(resolvePlain(text), text),
    ...(kind === "int" ? { format: INT_FORMAT } : {}),
  };
}

/** `!!binary`: base64, decoded into a string as go-yaml does (Go's StdEncoding skips line breaks only). */
const binary: ScalarTag = {
  tag: `${TAG}binary`,
  default: false,
  resolve(text, onError) {
    const compact = text.replace(/[\r\n]/g, "");
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(compact)) {
      onError("the !!binary value is not valid base64");
      return text;
    }
    return Buffer.from(compact, "base64").toString("utf8");
  },
};

/** `!!timestamp`: a string again once go-yaml hands it on, if it is one of the forms it parses. */
const timestamp: ScalarTag = {
  tag: `${TAG}timestamp`,
  default: false,
  resolve(text, onError) {
    if (!TIMESTAMP.test(text)) onError(`cannot read ${JSON.stringify(text)} as !!timestamp`);
    return text;
  },
};

/**
 * The yaml package's tags for reading as kubectl does: its failsafe map, seq and str, then the
 * scalars above. Explicit tags come first: the yaml package takes the first non-default tag of a
 * name, so `!!int abc` is an error (as in go-yaml) instead of a warning and a string.
 */
export function goYamlTags(failsafe: Tags): Tags {
  return [
    ...failsafe,
    explicit("int"),
    explicit("float"),
    explicit("bool"),
    explicit("null"),
    binary,
    timestamp,
    implicit("null"),
    implicit("bool"),
    implicit("int"),
    implicit("float"),
  ];
}

/**
 * A scalar key as sigs.k8s.io/yaml writes it in JSON: strings as they are, integers in decimal,
 * booleans as `true`/`false`, floats by Go's FormatFloat(f, 'g', -1, 32). A null key, or an
 * integer past int64, has no JSON form (kubectl refuses the file): undefined.
 */
export function goKeyString(value: unknown, exactInt: bigint | undefined): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (exactInt !== undefined) return exactInt <= INT64_MAX ? exactInt.toString() : undefined;
  if (typeof value === "number") return formatFloat32(value);
  return undefined;
}

/** Go's strconv.FormatFloat(f, 'g', -1, 32): the shortest digits that read back as the same float32, in exponent form below 1e-4 and from 1e6 up. */
function formatFloat32(f: number): string {
  if (Number.isNaN(f)) return ".nan";
  if (f === Infinity) return ".inf";
  if (f === -Infinity) return "-.inf";
  const single = Math.fround(f);
  if (single === 0) return Object.is(single, -0) ? "-0" : "0";
  if (!Number.isFinite(single)) return single > 0 ? ".inf" : "-.inf";
  // The shortest decimal that reads back as the same float32.
  let digits = "";
  let exponent = 0;
  for (let precision = 1; precision <= 9; precision++) {
    const text = single.toExponential(precision - 1);
    if (Math.fround(Number(text)) === single) {
      const [mantissa, exp] = text.split("e") as [string, string];
      digits = mantissa.replace("-", "").replace(".", "");
      exponent = Number(exp);
      break;
    }
  }
  const negative = single < 0 ? "-" : "";
  // Go's %g decides with precision 6 when the precision is "shortest".
  if (exponent < -4 || exponent >= 6) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exponent);
    return `${negative}${mantissa}e${exponent < 0 ? "-" : "+"}${e < 10 ? `0${e}` : e}`;
  }
  if (exponent < 0) return `${negative}0.${"0".repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return `${negative}${digits}${"0".repeat(exponent + 1 - digits.length)}`;
  return `${negative}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}
