// One YAML mistake, one message. After a syntax error the yaml package keeps reporting every token
// it cannot place, so one mis-indented line becomes dozens of errors, each quoting its token (a
// secret's value among them). A document with errors is reported here by its first error only
// (every tab-indented line, though: each is a line to fix), or, when re-indenting a single line
// makes the document parse, by that line, saying how far to move it. No message quotes the source.
import type { Document, LineCounter } from "yaml";
import type { Diagnostic } from "../diagnostic.js";
import { loadDiagnostic } from "./diagnostics.js";
import { misindentedLine, type Misindented, type ParseOptions } from "./misindented-line.js";
import { rangeAt, yamlErrorDiagnostic } from "./yaml-errors.js";

/** `end`: where the next document starts (or the end of the text); a broken document's own range may stop short. */
export function syntaxDiagnostics(
  doc: Document.Parsed,
  end: number,
  text: string,
  lines: LineCounter,
  file: string,
  options: ParseOptions,
): Diagnostic[] {
  const tabs = doc.errors.filter((e) => e.code === "TAB_AS_INDENT");
  if (tabs.length > 0) return tabs.map((e) => yamlErrorDiagnostic(e, lines, file, "error"));
  const first = doc.errors.reduce((a, b) => (b.pos[0] < a.pos[0] ? b : a));
  let fix;
  try {
    fix = misindentedLine(doc.range[0], end, lines.linePos(first.pos[0]).line, text, lines, options);
  } catch {
    // The search is a refinement: if it trips on an input the parser itself survived, the first error stands.
  }
  if (fix === undefined) return [yamlErrorDiagnostic(first, lines, file, "error")];
  return [indentDiagnostic(fix, lines, file)];
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
