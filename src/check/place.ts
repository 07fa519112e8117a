import type { Diagnostic } from "../diagnostic.js";
import type { SourceDocument, SourceRange } from "../load/types.js";

/** Codes about a map key rather than its value (a field's name, a label or data key): point at the key. */
const KEY_CODES = new Set([
  "template/unknown-field",
  "template/scheduled-job-field",
  "schema/unknown-field",
  "version/field-too-new",
  "version/field-removed",
  "version/feature-gate",
  "label/invalid-key",
  "annotation/invalid-key",
  "resources/invalid-name",
  "secret/invalid-key",
  "configmap/invalid-key",
  "configmap/duplicate-key",
]);

/**
 * Codes about names that a template writes as map keys (containers, env, volumes, secrets, mount
 * paths) but a manifest writes as `name:`/`mountPath:` fields, whose value is the right place.
 */
const TEMPLATE_KEY_CODES = new Set([
  "env/invalid-name",
  "container/invalid-name",
  "container/duplicate-name",
  "volume/invalid-name",
  "volume-mount/duplicate-path",
  "name/invalid",
]);

/** Where a diagnostic belongs in its file: the key or the value of its path (see KEY_CODES). */
function locate(d: Diagnostic, doc: SourceDocument): SourceRange | undefined {
  // The template's own `name` field is a value like any other.
  const aboutKey = KEY_CODES.has(d.code) || (doc.kind === "template" && TEMPLATE_KEY_CODES.has(d.code) && d.path.length > 1);
  return doc.locate(d.path, aboutKey ? "key" : "value");
}

export function place(d: Diagnostic, doc: SourceDocument): Diagnostic {
  const range = locate(d, doc);
  const placed: Diagnostic = { ...d, path: [...doc.pathPrefix, ...d.path], file: doc.file };
  if (range !== undefined) {
    placed.line = range.line;
    placed.column = range.column;
    if (range.endLine !== undefined) placed.endLine = range.endLine;
    if (range.endColumn !== undefined) placed.endColumn = range.endColumn;
  }
  return placed;
}
