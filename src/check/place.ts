import type { Diagnostic } from "../diagnostic.js";
import type { SourceDocument } from "../load/types.js";

/**
 * A diagnostic placed in its file: the document's path prefix, the file, and the line and column
 * of the key (when the emitter says the problem is a key: `at: "key"`) or else of the value.
 * `at` is spent here: a placed diagnostic carries the position instead.
 */
export function place(d: Diagnostic, doc: SourceDocument): Diagnostic {
  const range = doc.locate(d.path, d.at === "key" ? "key" : "value");
  const { at: _spent, ...rest } = d;
  const placed: Diagnostic = { ...rest, path: [...doc.pathPrefix, ...d.path], file: doc.file };
  if (range !== undefined) {
    placed.line = range.line;
    placed.column = range.column;
    if (range.endLine !== undefined) placed.endLine = range.endLine;
    if (range.endColumn !== undefined) placed.endColumn = range.endColumn;
  }
  return placed;
}
