import { visit, type Document, type LineCounter, type YAMLError } from "yaml";
import type { Diagnostic, Severity } from "../diagnostic.js";
import type { LoadCode } from "./codes.js";
import { loadDiagnostic, type LoadProblem } from "./diagnostics.js";
import { thrownMessage } from "./plain-data.js";
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

/** Hints by the yaml package's code: its messages say what it saw, these say what to do. */
const HINTS: Partial<Record<string, string>> = {
  TAB_AS_INDENT: "YAML indents with spaces only; replace the tabs with spaces",
  TAG_RESOLVE_FAILED: "kubejobs reads YAML 1.2 core data; remove the tag",
  BAD_INDENT: "check the indentation: items of one mapping or list line up, nested ones are indented further",
  MISSING_CHAR: "a closing quote, ] or } is missing",
  BAD_DQ_ESCAPE: "in double quotes, a backslash starts an escape (\\n, \\\\); use single quotes for backslashes kept as they are",
  MULTILINE_IMPLICIT_KEY: "a key must fit on one line; is a `:` missing at the end of the line above, or a value not quoted?",
  BLOCK_AS_IMPLICIT_KEY: "a key must fit on one line; is a `:` missing at the end of the line above?",
  BAD_SCALAR_START: "a plain value cannot start with this character; quote the value",
  UNEXPECTED_TOKEN: "quote the value if it contains `: `, ` #`, or starts with one of [ ] { } , & * ! | > ' \" % @ `",
  BLOCK_IN_FLOW: "inside [ ] or { }, write values inline; move the block to its own lines outside the brackets",
};

export function yamlErrorDiagnostic(err: YAMLError, lines: LineCounter, file: string, severity: Severity): Diagnostic {
  const code = CODES[err.code] ?? "yaml/syntax";
  let message = firstLine(err.message);
  const tag = /^unresolved tag: (.*)$/i.exec(message)?.[1];
  if (tag) message = `unknown tag ${tag.replace(/^tag:yaml\.org,2002:/, "!!")}: the value is read as if untagged`;
  const problem: LoadProblem = { code, message, severity };
  const hint = hintFor(err);
  if (hint) problem.hint = hint;
  return loadDiagnostic(file, problem, rangeAt(lines, err.pos[0], err.pos[1]));
}

function hintFor(err: YAMLError): string | undefined {
  // Some codes cover several mistakes; the message tells them apart.
  if (/followed by map values/.test(err.message)) return "a key needs a `:` after it: `key: value`";
  if (/end with an? [\]}]/.test(err.message)) return "a [ or { is not closed, or the lines inside it are not indented past their key";
  return HINTS[err.code];
}

/** 1-based line and column of source offsets; the end is exclusive. */
export function rangeAt(lines: LineCounter, start: number, end?: number): SourceRange {
  const from = lines.linePos(start);
  if (end === undefined || end <= start) return { line: from.line, column: from.col };
  const to = lines.linePos(end);
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/**
 * `toJS` throws for two alias problems that the parser leaves to it: too many expansions (a
 * billion-laughs document) and an alias whose anchor is not defined before it.
 */
export function aliasProblem(doc: Document.Parsed, lines: LineCounter, e: unknown): { problem: LoadProblem; at?: SourceRange } {
  const message = thrownMessage(e);
  if (e instanceof RangeError && /call stack/i.test(message)) {
    return {
      problem: {
        code: "load/too-deep",
        message: "aliases nest the data too deep to read",
        hint: "no template field nests this deep; check aliases that include each other",
      },
    };
  }
  if (/alias count/i.test(message)) {
    return {
      problem: {
        code: "yaml/alias-limit",
        message: "aliases in this document expand to too much data",
        hint: 'this guards against "billion laughs" documents; write the repeated values out or use fewer aliases',
      },
      at: firstAlias(doc, lines, () => true),
    };
  }
  if (/unresolved alias/i.test(message)) {
    const defined = new Set<string>();
    const at = firstAlias(doc, lines, (source) => !defined.has(source), defined);
    return {
      problem: {
        code: "yaml/unknown-anchor",
        message: "an alias refers to an anchor that is not defined before it",
        hint: "define `&name` on a value above the `*name` that uses it",
      },
      at,
    };
  }
  return { problem: { code: "yaml/syntax", message } };
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

/** yaml's messages may end with ` at line 3, column 5:` and an excerpt; the renderer prints its own. */
function firstLine(message: string): string {
  const line = (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
  // Our messages start in lower case, like the rest of a `file:line:col: error: ...` line.
  return line.charAt(0).toLowerCase() + line.slice(1);
}
