// Regular expressions (JSON Schema `pattern`, ECMA-262 with the u flag, as editors run them) for
// the syntaxes Kubernetes checks: names, keys, quantities, cron schedules, time zones. The rules
// in src/k8s and src/schedule stay the authority; test/scripts/template-schema-patterns.test.ts
// checks that each pattern accepts everything its rule accepts (no false alarm in the editor) and
// says where a pattern is knowingly looser.

// apimachinery validation.go IsDNS1123Label / IsDNS1123Subdomain.
const LABEL = "[a-z0-9](?:[-a-z0-9]*[a-z0-9])?";
const SUBDOMAIN = `${LABEL}(?:\\.${LABEL})*`;
// IsQualifiedName: an optional DNS subdomain prefix (≤ 253) and '/', then a name of ≤ 63.
const QUALIFIED_NAME_PART = "[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?";

/** At most `max` characters (code points), as a lookahead to put in front of a pattern. */
function atMost(max: number): string {
  return `(?=[\\s\\S]{0,${max}}$)`;
}

export const DNS1123_LABEL = `^${atMost(63)}${LABEL}$`;
export const DNS1123_SUBDOMAIN = `^${atMost(253)}${SUBDOMAIN}$`;
/** A DNS-1123 subdomain of at most `max` characters (a Job name: 63, a CronJob name: 52). */
export const subdomainOfAtMost = (max: number): string => `^${atMost(max)}${SUBDOMAIN}$`;
/** Only the length, so that the editor can say "too long" apart from "wrong characters". */
export const lengthAtMost = (max: number): string => `^${atMost(max)}`;
export const QUALIFIED_NAME = `^(?:${atMost(253)}${SUBDOMAIN}/)?${QUALIFIED_NAME_PART}$`;
// ValidateAnnotations checks the key in lower case: the prefix may use capitals there.
const ANY_CASE_LABEL = "[a-zA-Z0-9](?:[-a-zA-Z0-9]*[a-zA-Z0-9])?";
export const ANNOTATION_KEY = `^(?:${atMost(253)}${ANY_CASE_LABEL}(?:\\.${ANY_CASE_LABEL})*/)?${QUALIFIED_NAME_PART}$`;
// IsValidLabelValue: empty, or ≤ 63 of [-A-Za-z0-9_.] starting and ending alphanumerically.
export const LABEL_VALUE = `^(?:${QUALIFIED_NAME_PART})?$`;
// IsRelaxedEnvVarName (RelaxedEnvironmentVariableValidation, on by default from Kubernetes 1.32):
// printable ASCII but '='. The editor knows no target version; `validate` applies the strict
// rule for --kube-version 1.31 and older.
export const RELAXED_ENV_VAR_NAME = "^[\\x20-\\x3c\\x3e-\\x7e]+$";
// IsConfigMapKey: ≤ 253 of [-._a-zA-Z0-9], not '.' or '..' nor starting with '..'.
export const CONFIG_MAP_KEY = `^${atMost(253)}(?!\\.\\.)(?!\\.$)[-._a-zA-Z0-9]+$`;

// resource.ParseQuantity (src/k8s/quantities.ts): sign, digits, '.', digits (each part may be
// empty), then no suffix, a decimal SI one, a binary SI one or an exponent of ≤ 18 digits.
// Requests and limits must not be negative (ValidateResourceQuantityValue): only a zero may carry
// a minus sign.
const QUANTITY_SUFFIX = "(?:[numkMGTPE]|[KMGTPE]i|[eE][+-]?[0-9]{1,18})?";
const NON_NEGATIVE_QUANTITY = `(?:\\+?[0-9]*(?:\\.[0-9]*)?${QUANTITY_SUFFIX}|-0*(?:\\.0*)?${QUANTITY_SUFFIX})`;
export const QUANTITY = `^(?=[\\s\\S])${NON_NEGATIVE_QUANTITY}$`;
// The resources shorthand also takes `REQUEST-LIMIT`; the dash that separates is the first one
// after a character other than e, E, + or - (src/compile/resources.ts), so `1e-3` stays one
// quantity, and neither side may be empty.
export const QUANTITY_OR_RANGE = `^(?=[\\s\\S])${NON_NEGATIVE_QUANTITY}(?:(?<=[^eE+-])-(?=[\\s\\S])${NON_NEGATIVE_QUANTITY})?$`;

// Container resource names (core/validation validateContainerResourceName): cpu, memory,
// ephemeral-storage, hugepages-<size>, or a domain-prefixed extended resource; all qualified names.
const STANDARD_RESOURCE = `(?:cpu|memory|ephemeral-storage|hugepages-(?=[\\s\\S]{1,53}$)[-A-Za-z0-9_.]*[A-Za-z0-9])`;
const EXTENDED_RESOURCE = `${atMost(253)}${SUBDOMAIN}/${QUALIFIED_NAME_PART}`;
export const RESOURCE_NAME = `^(?:${STANDARD_RESOURCE}|${EXTENDED_RESOURCE})$`;
/** The shorthand also spells ephemeral-storage `ephemeralStorage`. */
export const SHORTHAND_RESOURCE_NAME = `^(?:ephemeralStorage|${STANDARD_RESOURCE}|${EXTENDED_RESOURCE})$`;

// ---------------------------------------------------------------------------------------------
// Cron schedules as the API server checks them: robfig/cron v3 ParseStandard, plus no "TZ"
// anywhere (src/schedule/parse-schedule.ts). Five fields separated by Go white space, or a
// descriptor at the very start. What a pattern cannot see: a range that runs backwards (`5-1`)
// and numbers beyond int64; `validate` reports those.

/** Go's unicode.IsSpace, which strings.Fields splits on. */
const GO_SPACE = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";

/** A name in any letter case: `jan` → `[jJ][aA][nN]`. */
function anyCase(word: string): string {
  return [...word].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join("");
}

/** One cron field: a list of `*`, `?`, values, ranges, each with an optional step; empty items allowed. */
function cronField(numbers: string, names: readonly string[] = []): string {
  // strconv.Atoi: an optional '+' and leading zeros; names in any case.
  const number = `(?:\\+?0*(?:${numbers})${names.map((n) => `|${anyCase(n)}`).join("")})`;
  const step = "(?:/\\+?0*[1-9][0-9]*)?";
  // `*` or `?` ignores the rest of its range part (`*-5` is `*`).
  const item = `(?:[*?](?:-[^,/\\s]*)?${step}|${number}(?:-${number})?${step})`;
  return `(?:,*${item}(?:,+${item})*,*|,+)`;
}

const MINUTE = cronField("[0-5]?[0-9]");
const HOUR = cronField("1?[0-9]|2[0-3]");
const DAY_OF_MONTH = cronField("[1-9]|[12][0-9]|3[01]");
const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = cronField("[1-9]|1[0-2]", MONTH_NAMES);
const WEEKDAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const DAY_OF_WEEK = cronField("[0-6]", WEEKDAY_NAMES);

// time.ParseDuration: a bare 0, or units ns us µs μs ms s m h after digits with an optional fraction.
const GO_DURATION = "[-+]?(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|\\u00b5s|\\u03bcs|ms|s|m|h))+)";
const DESCRIPTOR = `@(?:yearly|annually|monthly|weekly|daily|midnight|hourly|every ${GO_DURATION})`;
const FIELDS = [MINUTE, HOUR, DAY_OF_MONTH, MONTH, DAY_OF_WEEK].join(`${GO_SPACE}+`);

export const CRON_SCHEDULE = `^(?![\\s\\S]*TZ)(?:${DESCRIPTOR}|${GO_SPACE}*${FIELDS}${GO_SPACE}*)$`;

// ---------------------------------------------------------------------------------------------
// Time zones: exactly the IANA names Go's time.LoadLocation finds (the list the timeZone rule
// uses), as one alternation grouped by area so that it stays a few kilobytes.

export function timeZonePattern(names: readonly string[]): string {
  const byArea = new Map<string, string[]>();
  for (const name of [...names].sort()) {
    const slash = name.indexOf("/");
    const area = slash === -1 ? "" : name.slice(0, slash + 1);
    const rest = slash === -1 ? name : name.slice(slash + 1);
    byArea.set(area, [...(byArea.get(area) ?? []), rest]);
  }
  const groups = [...byArea].map(([area, rest]) => `${escapeRegExp(area)}(?:${rest.map(escapeRegExp).join("|")})`);
  return `^(?:${groups.join("|")})$`;
}

// Only syntax characters may be escaped under the u flag (`\-` is an error there).
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`);
}
