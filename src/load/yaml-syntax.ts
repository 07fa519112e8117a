// One YAML mistake, one message. After a mistake in the structure (indentation, a missing `:`, an
// unclosed bracket) the yaml package keeps reporting every token it cannot place, so one
// mis-indented line becomes dozens of errors, each quoting its token (a secret's value among
// them). A document is reported here by its first structural error only, or, when re-indenting a
// single line makes the document parse, by that line, saying how far to move it. Errors that stand
// on their own (a tag that does not fit its value, a bad escape, a tab) before it are all reported;
// so is every tab-indented line, each a line to fix. No message quotes the source.
import type { Document, LineCounter, YAMLError } from "yaml";
import type { Diagnostic } from "../diagnostic.js";
import { loadDiagnostic } from "./diagnostics.js";
import { misindentedLine, type Misindented, type ParseOptions } from "./misindented-line.js";
import { rangeAt, yamlErrorDiagnostic } from "./yaml-errors.js";

/** The yaml package's errors that concern one value, not the structure around it: no cascade follows them. */
const STANDALONE = new Set([
  "TAG_RESOLVE_FAILED",
  "BAD_DQ_ESCAPE",
  "BAD_SCALAR_START",
  "KEY_OVER_1024_CHARS",
  "MULTIPLE_ANCHORS",
  "MULTIPLE_TAGS",
  "ALIAS_PROPS",
  "BAD_ALIAS",
  "BAD_DIRECTIVE",
  "DUPLICATE_KEY",
]);

/** `end`: where the next document starts (or the end of the text); a broken document's own range may stop short. */
export function syntaxDiagnostics(
  doc: Document.Parsed,
  end: number,
  text: string,
  lines: LineCounter,
  file: string,
  options: ParseOptions,
): Diagnostic[] {
  const report = (e: YAMLError) => yamlErrorDiagnostic(e, lines, file, "error");
  const tabs = doc.errors.filter((e) => e.code === "TAB_AS_INDENT");
  if (tabs.length > 0) return tabs.map(report);
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const structural = errors.find((e) => !STANDALONE.has(e.code));
  const before = errors.filter((e) => STANDALONE.has(e.code) && (structural === undefined || e.pos[0] < structural.pos[0]));
  if (structural === undefined) return before.map(report);
  let fix;
  try {
    fix = misindentedLine(doc.range[0], end, lines.linePos(structural.pos[0]).line, text, lines, options);
  } catch {
    // The search is a refinement: if it trips on an input the parser itself survived, the error stands.
  }
  return [...before.map(report), fix === undefined ? report(structural) : indentDiagnostic(fix, lines, file)];
}

function indentDiagnostic(fix: Misindented, lines: LineCounter, file: string): Diagnostic {
  const { line, indent } = fix;
  const spaces = (n: number) => `${n} space${n === 1 ? "" : "s"}`;
  const further = indent < line.indent;
  const message = further
    ? `this line is indented ${spaces(line.indent - indent)} too far`
    : `this line is indented ${spaces(indent - line.indent)} less than the block it belongs to`;
  const to = `indent it to column ${indent + 1}${fix.like !== undefined ? `, like line ${fix.like}` : ""}`;
  const hint =
    fix.underValue !== undefined
      ? `line ${fix.underValue} already has a value, so nothing nests under it: ${to} (keys of one mapping line up)`
      : `${to}: the keys or items of one block line up, and nested ones are indented further`;
  return loadDiagnostic(file, { code: "yaml/syntax", message, hint }, rangeAt(lines, line.content, line.contentEnd));
}
