import type { K8sObject } from "../k8s/types.js";
import type { SourceDocument, SourceRange } from "../load/types.js";
import { error, type Diagnostic } from "../diagnostic.js";
import { checkManifest } from "./check-manifest.js";
import { checkTemplate } from "./check-template.js";
import { place } from "./place.js";
import { targetVersion, type PipelineOptions } from "./options.js";
import { isOtherKind, nameOf, namespaceOf, type SkippedObject } from "./other-kind.js";

export interface CheckedDocuments {
  /** Every rendered (render) or checked (validate) object, in input order; empty on any error. */
  manifests: K8sObject[];
  diagnostics: Diagnostic[];
  /** Manifests of kinds kubejobs does not check (validate only), in input order. */
  skipped: SkippedObject[];
}

/**
 * Runs every loaded document through the pipeline and places each diagnostic in its file:
 * templates are compiled and checked; plain manifests are checked as they are (validate; lint,
 * which also wants a CronJob's schedule advice) or refused (render takes templates only).
 */
export function checkDocuments(
  documents: readonly SourceDocument[],
  mode: "render" | "validate" | "lint",
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
      const checked = checkTemplate(doc.value, { ...options, files: doc.files, unreadFiles: doc.unreadFiles });
      manifests.push(...checked.manifests);
      found = checked.diagnostics;
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
      const namespace = namespaceOf(doc.value);
      others.push({
        file: doc.file,
        kind: doc.value.kind,
        ...(line === undefined ? {} : { line }),
        ...(name === undefined ? {} : { name }),
        ...(namespace === undefined ? {} : { namespace }),
      });
      continue;
    } else {
      found = checkManifest(doc.value, targetVersion(options), mode === "lint" ? "advice" : "verdict", options.now);
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
