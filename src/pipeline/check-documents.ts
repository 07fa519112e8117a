import type { K8sObject } from "../k8s/types.js";
import type { SourceDocument } from "../load/types.js";
import { error, type Diagnostic } from "../validate/diagnostic.js";
import { checkManifest } from "./check-manifest.js";
import { checkTemplate } from "./check-template.js";
import { targetVersion, type PipelineOptions } from "./options.js";

/** Codes about a field's name rather than its value: point at the key. */
const KEY_CODES = new Set(["template/unknown-field", "schema/unknown-field", "version/field-too-new", "version/field-removed", "version/feature-gate"]);

export interface CheckedDocuments {
  /** Every rendered (render) or checked (validate) object, in input order; empty on any error. */
  manifests: K8sObject[];
  diagnostics: Diagnostic[];
}

/**
 * Runs every loaded document through the pipeline and places each diagnostic in its file:
 * templates are compiled and checked; plain manifests are checked as they are (validate) or
 * refused (render takes templates only).
 */
export function checkDocuments(documents: readonly SourceDocument[], mode: "render" | "validate", options: PipelineOptions): CheckedDocuments {
  const manifests: K8sObject[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const doc of documents) {
    let found: Diagnostic[];
    if (doc.kind === "template") {
      const checked = checkTemplate(doc.value, { ...options, files: doc.files });
      manifests.push(...checked.manifests);
      found = checked.diagnostics;
    } else if (mode === "render") {
      found = [error("render/not-a-template", [], "is a Kubernetes manifest, not a kubejobs template", "render takes templates (kind: Job or ScheduledJob, no apiVersion); check manifests with kubejobs validate")];
    } else {
      found = checkManifest(doc.value, targetVersion(options), true, options.now);
      manifests.push(doc.value as K8sObject);
    }
    for (const d of found) diagnostics.push(place(d, doc));
  }
  const failed = diagnostics.some((d) => d.severity === "error");
  return { manifests: failed ? [] : manifests, diagnostics };
}

function place(d: Diagnostic, doc: SourceDocument): Diagnostic {
  const range = doc.locate(d.path, KEY_CODES.has(d.code) ? "key" : "value");
  const placed: Diagnostic = { ...d, path: [...doc.pathPrefix, ...d.path], file: doc.file };
  if (range !== undefined) {
    placed.line = range.line;
    placed.column = range.column;
    if (range.endLine !== undefined) placed.endLine = range.endLine;
    if (range.endColumn !== undefined) placed.endColumn = range.endColumn;
  }
  return placed;
}
