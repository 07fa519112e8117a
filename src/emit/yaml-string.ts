/**
 * How one string is written in YAML: plain when no parser could read it as anything else, a
 * block literal (`|`) for multi-line text that survives one byte for byte, otherwise double-quoted.
 *
 * "Any parser" means YAML 1.2 (the `yaml` package, core schema) and YAML 1.1 as kubectl reads it
 * (go-yaml v2 under sigs.k8s.io/yaml, a port of libyaml; PyYAML behaves alike). Where the two
 * disagree, or where a 1.1 rule is vague, we quote: a needless pair of quotes costs nothing, a
 * misread value is a silent bug in a cluster.
 */

// Characters we never write raw: C0 controls (tab and line feed are handled by each style), DEL,
// C1 controls including NEL U+0085 (a line break to YAML 1.1), and characters a reviewer cannot
// see or that reorder text on screen: NBSP, soft hyphen, Arabic letter mark, Mongolian vowel
// separator, the U+2000 spaces, zero-width and direction marks, LS/PS U+2028/9 (line breaks to
// YAML 1.1), bidi embeddings and isolates, ideographic space, the BOM, interlinear annotations,
// and the non-characters U+FFFE/U+FFFF (not YAML-printable). Inside double quotes they become
// `\uXXXX`, which also makes such a scalar a valid JSON string.
const HIDDEN =
  "\\x00-\\x08\\x0B-\\x1F\\x7F-\\xA0\\xAD\\u061C\\u1680\\u180E\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u3000\\uFEFF\\uFFF9-\\uFFFF";
// A surrogate without its partner cannot be written as UTF-8 at all; only an escape carries it.
// The `yaml` package reads `\uD800` back exactly; libyaml and go-yaml refuse the document (loudly).
const LONE_SURROGATE = "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]";

/** Everything that has to be escaped inside double quotes. */
const ESCAPE = new RegExp(`["\\\\\\t\\n${HIDDEN}]|${LONE_SURROGATE}`, "g");

/**
 * Text that cannot be a plain scalar for its shape, whatever its words:
 * - a control, hidden or line-break character, a tab, or any astral character: emoji and the
 *   like stay raw but inside quotes, because parsers disagree on what is printable past U+FFFF
 *   (libyaml's own emitter escapes them) and quoting them costs only readability;
 * - a leading indicator (`? : , [ ] { } # & * ! | > ' " % @` and backtick) or whitespace;
 * - `-` alone or before a blank (a sequence entry), `---` and `...` (document markers);
 * - `: ` or a trailing `:` (a mapping key), ` #` (a comment), trailing whitespace (dropped).
 */
const UNPLAIN_SHAPE = new RegExp(`[\\t\\n${HIDDEN}\\uD800-\\uDFFF]|^[\\s?:,\\[\\]{}#&*!|>'"%@\`]|^-(?:$|\\s|--)|^\\.\\.\\.|: |:$| #|\\s$`);

/**
 * Words a parser resolves to something other than a string, by any of YAML 1.1 and 1.2, matched
 * case-insensitively so near-misses (`yEs`) are quoted too:
 * - booleans: 1.1 reads `y n yes no on off` (go-yaml v2: `on: true`), both read `true false`;
 * - null: `null` and `~`; `<<` is the 1.1 merge key and `=` the 1.1 "value" type (PyYAML fails on it);
 * - numbers: after an optional sign, a digit or `.` followed only by digits, hex digits, the
 *   `x o p` of prefixes and hex floats, `_ . : + -`. That covers 1.2 `1e3 0o17 0x1F`, 1.1 octal
 *   `0755`, `0b101`, `1_000`, sexagesimal `12:30`, versions like `1.4.2` (the 1.1 float grammar
 *   matches them), and `.` or `._` (NaN to the `yaml` package's 1.1 schema), at the price of
 *   quoting a few harmless ones (`1d`); also `e3` (NaN to the same schema) and `.inf`, `.nan`;
 * - timestamps: anything starting like `2024-01-01` (1.1 `!!timestamp`, also with a time).
 */
const RESOLVES_AS_NON_STRING =
  /^(?:[yn]|yes|no|on|off|true|false|null|~|<<|=|[-+]?(?:[0-9.][0-9a-fopx_.:+-]*|e[-+]?[0-9]+|\.(?:inf|nan))|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?![0-9]).*)$/i;

/**
 * Multi-line text a block literal cannot carry exactly: hidden characters (a `\r` would be read
 * as a line break, NEL/LS/PS are breaks to YAML 1.1), lone surrogates, and whitespace at the end
 * of a line (invisible in review, and the first thing an editor strips from a golden file).
 */
const UNLITERAL = new RegExp(`[${HIDDEN}]|${LONE_SURROGATE}|[ \\t](?:\\n|$)`);

/**
 * Implicit keys longer than 1024 characters are invalid YAML; past this many characters of key
 * text (quotes and escapes included) we write an explicit `? key` instead.
 */
export const MAX_IMPLICIT_KEY_LENGTH = 1000;

/**
 * The common case, decided by one cheap test: names, paths, images, URLs. Starting with a letter
 * other than `e` (`e3` is a float to some), `_`, `/` or `$`, such a string can only resolve to a
 * non-string as one of the words above (at most 5 letters long); without spaces it cannot hold
 * `: ` or ` #`; a trailing `:` is checked apart.
 */
const SIMPLE = /^[A-DF-Za-df-z_/$][\w./$()@:=+,~-]*$/;
const LONGEST_RESOLVED_WORD = 5;

// SIMPLE as two tables of ASCII codes, scanned in a loop: for the short strings of a manifest the
// loop costs a fraction of a call into the regular expression engine. Both are read off SIMPLE
// itself (a character may start a simple string; it may follow "a", which may start one), and a
// test keeps the loop equal to it.
const SIMPLE_FIRST = asciiTable((ch) => SIMPLE.test(ch));
const SIMPLE_REST = asciiTable((ch) => SIMPLE.test(`a${ch}`));

function asciiTable(allowed: (ch: string) => boolean): Uint8Array {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = allowed(String.fromCharCode(c)) ? 1 : 0;
  return table;
}

/** `SIMPLE.test(s)`, faster. */
export function isSimple(s: string): boolean {
  const length = s.length;
  if (length === 0) return false;
  const first = s.charCodeAt(0);
  if (first >= 128 || SIMPLE_FIRST[first] === 0) return false;
  for (let i = 1; i < length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || SIMPLE_REST[c] === 0) return false;
  }
  return true;
}

/** For the test that keeps `isSimple` equal to it. */
export const SIMPLE_PATTERN = SIMPLE;

export function isPlainSafe(s: string): boolean {
  if (isSimple(s)) {
    if (s.charCodeAt(s.length - 1) === 58 /* ":" */) return false;
    return s.length > LONGEST_RESOLVED_WORD || !RESOLVES_AS_NON_STRING.test(s);
  }
  return s.length > 0 && !UNPLAIN_SHAPE.test(s) && !RESOLVES_AS_NON_STRING.test(s);
}

export function doubleQuoted(s: string): string {
  return `"${s.replace(ESCAPE, escapeChar)}"`;
}

function escapeChar(c: string): string {
  switch (c) {
    case '"':
      return '\\"';
    case "\\":
      return "\\\\";
    case "\t":
      return "\\t";
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    default:
      return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  }
}

/**
 * Manifests repeat a small vocabulary: keys, and values such as labels, images, policies and env
 * names. Their text is remembered, each cache emptied when it grows past `CACHE_SIZE` (user-chosen
 * words keep it growing); a lookup costs a fraction of deciding the quoting and joining the line.
 */
const CACHE_SIZE = 4096;
/** Longer strings are decided each time: rarely repeated, and not worth keeping alive. */
const LONGEST_CACHED = 256;
const keyHeads = new Map<string, string>();
const valueLines = new Map<string, string>();

function remember(cache: Map<string, string>, s: string, text: string): void {
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(s, text);
}

/** A mapping key: plain or double-quoted, always on one line. */
export function keyText(s: string): string {
  return isPlainSafe(s) ? s : doubleQuoted(s);
}

/**
 * `key:` for a mapping entry, or undefined when the key's text is too long for an implicit key
 * (then the caller writes `? key` and `:` on lines of their own).
 */
export function keyHead(s: string): string | undefined {
  let head = keyHeads.get(s);
  if (head === undefined) {
    const text = keyText(s);
    if (text.length > MAX_IMPLICIT_KEY_LENGTH) return undefined;
    head = `${text}:`;
    if (s.length <= LONGEST_CACHED) remember(keyHeads, s, head);
  }
  return head;
}

/**
 * A whole string value after `key:` or `-`: a space, `stringText`, and the line break. Only one-line
 * strings are remembered: their text does not depend on `contentIndent`.
 */
export function valueLine(s: string, contentIndent: string): string {
  let line = valueLines.get(s);
  if (line === undefined) {
    line = ` ${stringText(s, contentIndent)}\n`;
    if (s.length <= LONGEST_CACHED && !s.includes("\n")) remember(valueLines, s, line);
  }
  return line;
}

/**
 * A string value. `contentIndent` is where block literal lines start: two spaces deeper than the
 * key or `-` the value belongs to. The result has no leading space and no final newline.
 * `topLevel`: the value is the whole document (see `blockLiteral`).
 */
export function stringText(s: string, contentIndent: string, topLevel = false): string {
  if (isPlainSafe(s)) return s;
  if (s.includes("\n") && !UNLITERAL.test(s)) {
    const literal = blockLiteral(s, contentIndent, topLevel);
    if (literal !== undefined) return literal;
  }
  return doubleQuoted(s);
}

/**
 * `|` keeps one final newline (clip), `|-` none (strip), `|+` all of them (keep). When the text
 * starts with a space or tab, the content's indentation cannot be detected from its first line,
 * so we state it: `|2` (relative to the parent node, where every parser agrees except for a
 * top-level scalar, whose parent indentation is -1 to the spec but 0 to libyaml and `yaml`; a
 * top-level value of that kind is double-quoted instead). Empty lines are written without
 * indentation, so no line of the output ends in spaces.
 */
function blockLiteral(s: string, contentIndent: string, topLevel: boolean): string | undefined {
  let body = s;
  let chomp = "-";
  if (s.endsWith("\n")) {
    body = s.slice(0, -1);
    chomp = body.endsWith("\n") ? "+" : "";
  }
  const firstContent = s.search(/[^\n]/);
  if (firstContent === -1) return undefined; // only line breaks: "\n\n" reads better quoted
  const first = s[firstContent];
  const needsIndicator = first === " " || first === "\t";
  if (needsIndicator && topLevel) return undefined;
  let out = needsIndicator ? `|2${chomp}` : `|${chomp}`;
  for (const line of body.split("\n")) out += line === "" ? "\n" : `\n${contentIndent}${line}`;
  return out;
}

/**
 * A finite number in the shortest form that reads back as the same double. `-0` is written `0`
 * (as JSON does; Kubernetes has no use for it). NaN and infinities are a bug in the caller.
 */
export function numberText(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  if (n === 0) return "0";
  const s = String(n);
  const e = s.indexOf("e");
  // JS writes `1e+21` and `1e-7` without a fraction; the YAML 1.1 float grammar requires a `.`, so
  // a 1.1 parser would read those as strings. `1.0e-7` is the same float to every parser.
  if (e !== -1 && !s.includes(".")) return `${s.slice(0, e)}.0${s.slice(e)}`;
  return s;
}
