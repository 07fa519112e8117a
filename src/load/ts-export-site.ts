// Where a TS template's default export is written: the position its diagnostics get, since a
// template path has no position at run time (only a throw has a stack). Found by scanning tokens,
// not lines, so `export default` in a comment, a string or a template literal does not count.
import type { SourceRange } from "./types.js";

// After these a `/` starts a regular expression, not a division.
const BEFORE_REGEX = new Set([
  "return",
  "typeof",
  "case",
  "do",
  "else",
  "in",
  "instanceof",
  "new",
  "delete",
  "void",
  "throw",
  "yield",
  "await",
  "of",
]);
// Past ASCII, any character but whitespace (a byte-order mark, NBSP, U+2028 separate tokens).
const IDENT_START = /[A-Za-z_$]|[^\s\x00-\x7F]/;
const IDENT_PART = /[A-Za-z0-9_$]|[^\s\x00-\x7F]/;

interface Token {
  text: string;
  offset: number;
}

/**
 * The 1-based line and column of the statement that makes the default export: `export default …`,
 * or `export { x as default }` / `export { default } from "…"`; undefined when the source has none
 * (a CommonJS `module.exports`, or a syntax the scanner loses track in).
 */
export function defaultExportSite(source: string): SourceRange | undefined {
  const tokens = significantTokens(source);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== "export" || tokens[i - 1]?.text === ".") continue;
    const next = tokens[i + 1]?.text;
    let found = next === "default";
    if (next === "{") {
      // `{ default }`, `{ x as default }`: the default export; `{ default as x }` re-exports another
      // module's default under a name, which is not.
      for (let j = i + 2; j < tokens.length && tokens[j]!.text !== "}"; j++) {
        const after = tokens[j + 1]?.text;
        if (tokens[j]!.text === "default" && (after === "," || after === "}")) found = true;
      }
    }
    if (found) return positionAt(source, tokens[i]!.offset);
  }
  return undefined;
}

function positionAt(source: string, offset: number): SourceRange {
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  // A byte-order mark is no column an editor shows.
  const bom = lineStart === 0 && source.startsWith("\uFEFF") ? 1 : 0;
  return { line: before.split("\n").length, column: offset - lineStart + 1 - bom };
}

/**
 * Identifiers and punctuation outside comments, strings, template literal text and regular
 * expressions (their contents are skipped; an unterminated one ends the scan).
 */
function significantTokens(source: string): Token[] {
  const tokens: Token[] = [];
  // For each open template literal, the brace depth its `${` opened at.
  const templates: number[] = [];
  let depth = 0;
  let i = source.startsWith("#!") ? source.indexOf("\n") : 0;
  if (i < 0) return tokens;
  const regexAllowed = (): boolean => {
    const last = tokens[tokens.length - 1]?.text;
    if (last === undefined) return true;
    if (IDENT_PART.test(last[0]!)) return BEFORE_REGEX.has(last);
    return !")]}`'\"".includes(last);
  };
  // Skips a template literal's text from i (just after ` or }) to its end or to a `${`.
  const templateText = (): void => {
    for (; i < source.length; i++) {
      const c = source[i];
      if (c === "\\") i++;
      else if (c === "`") {
        i++;
        tokens.push({ text: "`", offset: i - 1 });
        return;
      } else if (c === "$" && source[i + 1] === "{") {
        templates.push(depth);
        depth++;
        i += 2;
        return;
      }
    }
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === "/" && source[i + 1] === "/") {
      const end = source.indexOf("\n", i);
      i = end < 0 ? source.length : end;
    } else if (c === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (c === '"' || c === "'") {
      const start = i;
      for (i++; i < source.length && source[i] !== c && source[i] !== "\n"; i++) if (source[i] === "\\") i++;
      i++;
      tokens.push({ text: c, offset: start });
    } else if (c === "`") {
      i++;
      templateText();
    } else if (c === "/" && regexAllowed()) {
      const start = i;
      let inClass = false;
      for (i++; i < source.length && source[i] !== "\n"; i++) {
        const r = source[i];
        if (r === "\\") i++;
        else if (r === "[") inClass = true;
        else if (r === "]") inClass = false;
        else if (r === "/" && !inClass) break;
      }
      for (i++; i < source.length && IDENT_PART.test(source[i]!); i++);
      tokens.push({ text: "/", offset: start });
    } else if (/\s/.test(c)) {
      // Before identifiers: a byte-order mark, NBSP and U+2028 are whitespace, though past U+0080.
      i++;
    } else if (IDENT_START.test(c)) {
      const start = i;
      for (i++; i < source.length && IDENT_PART.test(source[i]!); i++);
      tokens.push({ text: source.slice(start, i), offset: start });
    } else if (/\d/.test(c)) {
      const start = i;
      for (i++; i < source.length && /[\w.]/.test(source[i]!); i++);
      tokens.push({ text: source.slice(start, i), offset: start });
    } else {
      if (c === "{") depth++;
      if (c === "}") {
        depth--;
        if (templates.length > 0 && templates[templates.length - 1] === depth) {
          templates.pop();
          i++;
          templateText();
          continue;
        }
      }
      tokens.push({ text: c, offset: i });
      i++;
    }
  }
  return tokens;
}
