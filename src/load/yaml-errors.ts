import { visit, type Document, type LineCounter, type YAMLError } from "yaml";
import type { Diagnostic, Severity } from "../diagnostic.js";
import type { LoadCode } from "./codes.js";
import { loadDiagnostic, type LoadProblem } from "./diagnostics.js";
import type { SourceRange } from "./types.js";

/**
 * The yaml package's error codes that get their own diagnostic code; the rest are `yaml/syntax`.
 * (Duplicate keys are found by checkStructure, not by the parser.)
 */
const CODES: Partial<Record<string, LoadCode>> = {
  TAB_AS_INDENT: "yaml/tab-indent",
  BAD_ALIAS: "yaml/unknown-anchor",
  TAG_RESOLVE_FAILED: "yaml/unknown-tag",
};

/**
 * Our words for each of the yaml package's errors. Its own messages may quote the source (an
 * unexpected token, an escape sequence, a block scalar header), and a misplaced value may be a
 * secret: its message is only ever tested against patterns here, never passed on.
 */
function describeError(code: string, said: string): { message: string; hint?: string } {
  const has = (pattern: RegExp) => pattern.test(said);
  const keyHint = "a key must fit on one line; is a `:` missing at the end of the line above, or a value not quoted?";
  switch (code) {
    case "TAB_AS_INDENT":
      return { message: "a tab is used for indentation", hint: "YAML indents with spaces only; replace the tabs with spaces" };
    case "BAD_DQ_ESCAPE":
      return {
        message: "a double-quoted string holds an unknown escape sequence",
        hint: "in double quotes, a backslash starts an escape (\\n, \\\\); use single quotes for backslashes kept as they are",
      };
    case "BAD_INDENT":
      if (has(/sequence items/i)) return { message: "the items of this list do not start at the same column", hint: INDENT_HINT };
      if (has(/mapping items/i)) return { message: "the keys of this mapping do not start at the same column", hint: INDENT_HINT };
      // A `{` or `[` that is not closed, or that goes on over a line not indented past its key: the
      // parser cannot tell which, it stumbles at that line.
      if (has(/flow (map|sequence) in block collection must be sufficiently indented and end with/i))
        return {
          message: "a [ or { above is not closed, or goes on at this line without being indented past its key",
          hint: "close it with the matching ] or }, and indent the lines inside it further than its key",
        };
      if (has(/flow end indicator/i))
        return { message: "a closing ] or } is indented less than the key it belongs to", hint: "indent it past its key" };
      if (has(/block scalar/i))
        return {
          message: "the lines of a | or > block are not indented past their key",
          hint: "indent every line of the block further than its key",
        };
      return { message: "this line is not indented like the lines around it", hint: INDENT_HINT };
    case "BAD_SCALAR_START":
      return { message: "a plain value cannot start with @ or `", hint: "quote the value" };
    case "BLOCK_AS_IMPLICIT_KEY":
      if (has(/nested mappings/i))
        return {
          message: "a mapping cannot start on the line of another key's value",
          hint: "a key must fit on one line; is a `:` missing at the end of the line above?",
        };
      return { message: "a list cannot be a key", hint: "put the list under a key: `key:` on its own line, the `- items` below it" };
    case "MULTILINE_IMPLICIT_KEY":
      return { message: "a key runs over more than one line", hint: keyHint };
    case "BLOCK_IN_FLOW":
      return {
        message: "a block list or mapping inside [ ] or { }",
        hint: "inside [ ] or { }, write values inline; move the block to its own lines outside the brackets",
      };
    case "MISSING_CHAR":
      if (has(/closing .?quote/i)) return { message: "a quoted value is not closed", hint: "add the closing quote" };
      if (has(/followed by map values/i)) return { message: "a key has no `:` after it", hint: "a key needs a `:` after it: `key: value`" };
      if (has(/end with an? [\]}]/i))
        return {
          message: "a [ or { is not closed",
          hint: "a [ or { is not closed, or the lines inside it are not indented past their key",
        };
      if (has(/missing , or :/i))
        return {
          message: "a `,` or `:` is missing between the items of [ ] or { }",
          hint: "separate items with `, ` and keys from values with `: `",
        };
      if (has(/missing ,/i)) return { message: "a `,` is missing between the items of [ ] or { }", hint: "separate items with `, `" };
      if (has(/space after :/i))
        return { message: "a `:` inside { } has no space after it", hint: "write `key: value`, with a space after the `:`" };
      if (has(/comments must be separated/i))
        return { message: "a # comment is not separated by a space", hint: "put a space before the #, or quote the value" };
      if (has(/separated from the next token/i))
        return { message: "a tag or anchor is not followed by a space", hint: "put a space after it" };
      if (has(/without - indicator/i)) return { message: "a list item has no `-`", hint: "start each list item with `- `" };
      return { message: "a character is missing here", hint: INDENT_HINT };
    case "UNEXPECTED_TOKEN":
      if (has(/empty item/i)) return { message: "an empty item in [ ] or { }", hint: "remove the extra `,`" };
      if (has(/unexpected , in/i)) return { message: "an unexpected `,`", hint: "quote the value if the comma is part of it" };
      if (has(/block scalar header/i))
        return {
          message: "a | or > block header has extra characters",
          hint: "write `|` or `>` (optionally with - or +) alone at the end of the line",
        };
      return { message: "unexpected text here", hint: UNEXPECTED_HINT };
    case "MULTIPLE_ANCHORS":
      return { message: "a value has more than one anchor", hint: "keep one &anchor per value" };
    case "MULTIPLE_TAGS":
      return { message: "a value has more than one tag", hint: "keep one tag per value" };
    case "ALIAS_PROPS":
      return { message: "an alias cannot have a tag or an anchor", hint: "remove the tag or anchor before the *alias" };
    case "BAD_PROP_ORDER":
      return {
        message: "an anchor or tag comes before the `-`, `?` or `:` it belongs after",
        hint: "write `- &a value`, not `&a - value`",
      };
    case "BAD_ALIAS":
      return { message: "an alias or anchor has no name", hint: "write `&name` and `*name`" };
    case "KEY_OVER_1024_CHARS":
      return { message: "a key is longer than 1024 characters", hint: "use a shorter key" };
    case "BAD_DIRECTIVE":
      return { message: "a % directive kubejobs does not understand", hint: "remove the directive line" };
    case "MULTIPLE_DOCS":
      return { message: "several documents where one was expected", hint: "separate documents with `---`" };
    default:
      return { message: "the YAML does not parse here", hint: UNEXPECTED_HINT };
  }
}

const INDENT_HINT = "check the indentation: items of one mapping or list line up, nested ones are indented further";
const UNEXPECTED_HINT =
  "check the indentation of this line and the one above; quote a value that contains `: ` or ` #`, or starts with [ ] { } , & * ! | > ' \" % @ `";

export function yamlErrorDiagnostic(err: YAMLError, lines: LineCounter, file: string, severity: Severity): Diagnostic {
  const code = CODES[err.code] ?? "yaml/syntax";
  const said = err.message.split("\n")[0] ?? "";
  const { message, hint } = err.code === "TAG_RESOLVE_FAILED" ? describeTagError(said) : describeError(err.code, said);
  const problem: LoadProblem = { code, message, severity };
  if (hint) problem.hint = hint;
  return loadDiagnostic(file, problem, rangeAt(lines, err.pos[0], err.pos[1]));
}

/**
 * A tag kubejobs does not know (a warning: the value is read untagged), or a value its tag cannot
 * read (yaml-scalars.ts: `!!int` on `abc`, bad base64 under `!!binary`): the value is not quoted.
 */
function describeTagError(said: string): { message: string; hint: string } {
  const unknown = /^unresolved tag: (.*?)(?: at line \d+, column \d+:?)?$/i.exec(said)?.[1];
  if (unknown !== undefined)
    return {
      message: `unknown tag ${shortTag(unknown.replace(/^tag:yaml\.org,2002:/, "!!"))}: the value is read as if untagged`,
      hint: "kubejobs reads YAML as kubectl does; remove the tag",
    };
  const unread = /^cannot read .* as (!![a-z]+)(?: \(it reads as (!![a-z]+)\))?/i.exec(said);
  if (unread)
    return {
      message: `the value cannot be read as ${unread[1]}${unread[2] ? ` (it reads as ${unread[2]})` : ""}`,
      hint: `write a value of that type, or remove the ${unread[1]} tag`,
    };
  if (/base64/i.test(said)) return { message: "the !!binary value is not valid base64", hint: "write base64, or remove the !!binary tag" };
  return { message: "a tag does not fit its value", hint: "remove the tag" };
}

/** A tag is markup, not data, but a long one is still cut. */
function shortTag(tag: string): string {
  return tag.length > 40 ? `${tag.slice(0, 40)}…` : tag;
}

/** 1-based line and column of source offsets; the end is exclusive. */
export function rangeAt(lines: LineCounter, start: number, end?: number): SourceRange {
  const from = lines.linePos(start);
  if (end === undefined || end <= start) return { line: from.line, column: from.col };
  const to = lines.linePos(end);
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** The position of the first alias (in document order) that `matches`, recording anchors on the way. */
function firstAlias(
  doc: Document.Parsed,
  lines: LineCounter,
  matches: (source: string) => boolean,
  anchors?: Set<string>,
): SourceRange | undefined {
  let at: SourceRange | undefined;
  visit(doc, {
    Node(_, node) {
      if (node.anchor) anchors?.add(node.anchor);
    },
    Alias(_, node) {
      if (!matches(node.source) || !node.range) return undefined;
      at = rangeAt(lines, node.range[0], node.range[1]);
      return visit.BREAK;
    },
  });
  return at;
}
