import type { K8sObject } from "../k8s/types.js";
import type { SourceDocument, SourceRange } from "../load/types.js";
import { error, type Diagnostic } from "../diagnostic.js";
import { checkManifest } from "./check-manifest.js";
import { checkTemplate } from "./check-template.js";
import { targetVersion, type PipelineOptions } from "./options.js";
import { isOtherKind, nameOf, type SkippedObject } from "./other-kind.js";

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

export interface CheckedDocuments {
  /** Every rendered (render) or checked (validate) object, in input order; empty on any error. */
  manifests: K8sObject[];
  diagnostics: Diagnostic[];
  /** Manifests of kinds kubejobs does not check (validate only), in input order. */
  skipped: SkippedObject[];
}

/**
 * Runs every loaded document through the pipeline and places each diagnostic in its file:
 * templates are compiled and checked; plain manifests are checked as they are (validate) or
 * refused (render takes templates only).
 */
export function checkDocuments(
  documents: readonly SourceDocument[],
  mode: "render" | "validate",
  options: PipelineOptions,
): CheckedDocuments {
  const manifests: K8sObject[] = [];
  const diagnostics: Diagnostic[] = [];
  const others: SkippedObject[] = [];
  let skipped: SourceDocument | undefined;
  for (const doc of documents) {
    // A directory may hold manifests next to the templates (a previous --out-dir, say): render
    // passes over those it found itself, and refuses only the ones it was given by name.
    if (mode === "render" && doc.kind === "manifest" && doc.foundInDirectory === true) {
      skipped ??= doc;
      continue;
    }
    let found: Diagnostic[];
    if (doc.kind === "template") {
      const checked = checkTemplate(doc.value, { ...options, files: doc.files });
      manifests.push(...checked.manifests);
      // The loader read every fromFile of a loaded document and already reported the ones it
      // could not (with the reason); the compiler would only repeat that.
      found = checked.diagnostics.filter((d) => d.code !== "secret/from-file-missing");
    } else if (mode === "render") {
      found = [
        error(
          "render/not-a-template",
          [],
          "is a Kubernetes manifest, not a kubejobs template",
          "render takes templates (kind: Job or ScheduledJob, no apiVersion); check manifests with kubejobs validate",
        ),
      ];
    } else if (isOtherKind(doc.value)) {
      const line = doc.locate([])?.line;
      const name = nameOf(doc.value);
      others.push({
        file: doc.file,
        kind: doc.value.kind,
        ...(line === undefined ? {} : { line }),
        ...(name === undefined ? {} : { name }),
      });
      continue;
    } else {
      found = checkManifest(doc.value, targetVersion(options), true, options.now);
      manifests.push(doc.value as K8sObject);
    }
    for (const d of found) diagnostics.push(place(d, doc));
  }
  if (skipped !== undefined && !documents.some((d) => d.kind === "template")) {
    diagnostics.push({
      ...error(
        "io/no-templates",
        [],
        "holds Kubernetes manifests but no kubejobs templates",
        "render takes templates (kind: Job or ScheduledJob, no apiVersion); check manifests with kubejobs validate",
      ),
      file: skipped.file.replace(/\/[^/]*$/, ""),
    });
  }
  const failed = diagnostics.some((d) => d.severity === "error");
  return { manifests: failed ? [] : manifests, diagnostics, skipped: others };
}

/** Where a diagnostic belongs in its file: the key or the value of its path (see KEY_CODES). */
function locate(d: Diagnostic, doc: SourceDocument): SourceRange | undefined {
  // The template's own `name` field is a value like any other.
  const aboutKey = KEY_CODES.has(d.code) || (doc.kind === "template" && TEMPLATE_KEY_CODES.has(d.code) && d.path.length > 1);
  return doc.locate(d.path, aboutKey ? "key" : "value");
}

function place(d: Diagnostic, doc: SourceDocument): Diagnostic {
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
