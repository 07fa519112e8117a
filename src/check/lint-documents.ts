// `kubejobs lint` over loaded documents (LINT.md §1): every validation layer first, through the
// spine's own functions; then lint on what validated. A document with a validation error reports
// it and is not linted (lint reads typed, compiled objects). Lint findings on compiled objects
// carry manifest paths; for a template they are mapped to template paths through the compiler's
// origins, as check-template.ts does for layer 3, and placed at the template's lines.
import { compileTemplate, templatePathFor } from "../compile/index.js";
import { hasErrors, type Diagnostic } from "../diagnostic.js";
import type { K8sObject } from "../k8s/types.js";
import { lintUnits, type LintOptions, type LintUnit } from "../lint/lint-units.js";
import type { SourceDocument } from "../load/types.js";
import type { ReportObject } from "../report/model.js";
import type { Template } from "../template/types.js";
import { withFixedShapes } from "../validate/template-fixed-shape.js";
import { checkDocuments } from "./check-documents.js";
import { checkManifest } from "./check-manifest.js";
import { checkTemplate } from "./check-template.js";
import type { PipelineOptions } from "./options.js";
import { targetVersion } from "./options.js";
import { isOtherKind, type SkippedObject } from "./other-kind.js";
import { place } from "./place.js";
import { isWithin } from "./prune-template.js";

export type LintDocumentsOptions = PipelineOptions & LintOptions;

/** One input to lint, validated: a template (with its compiled objects) or a plain manifest. */
export interface CheckedInput {
  template?: Template;
  /** The compiled objects of a template, or the manifest itself. */
  objects: K8sObject[];
  /** Its validation diagnostics (no errors). */
  validation: Diagnostic[];
  /** `fromFile` contents of a template, to compile it again with origins. */
  files?: Record<string, string>;
}

/**
 * Lint findings per input, in the input's own terms: template paths for a template (mapped through
 * the compiler's origins), manifest paths for a manifest. Validation diagnostics come back as given
 * (placed or not), re-levelled where lint adopts them and minus ignored ones.
 */
export function lintChecked(
  inputs: readonly CheckedInput[],
  options: LintDocumentsOptions,
): { findings: Diagnostic[]; validation: Diagnostic[] }[] {
  const units: LintUnit[] = inputs.map((i) => ({
    objects: i.objects,
    ...(i.template ? { template: i.template } : {}),
    validation: i.validation,
  }));
  return lintUnits(units, options).map((linted, n) => {
    const input = inputs[n]!;
    let onObjects = linted.objectFindings.map((f) => f.diagnostic);
    if (input.template !== undefined && linted.objectFindings.length > 0) {
      // Compiled again, recording origins this time: measured cheaper than recording them in the
      // first compile and keeping them until the batch is linted (as many objects again, kept alive
      // across the whole batch, cost more in garbage collection than compiling twice). Read through
      // the copy in fixed shapes, as the first compile was.
      const template = withFixedShapes(input.template as unknown as Record<string, unknown>) as unknown as Template;
      const { origins } = compileTemplate(template, { ...options, files: input.files ?? options.files ?? {} }, true);
      onObjects = onePerPlace(
        linted.objectFindings.map((f) => ({ ...f.diagnostic, path: templatePathFor(origins[f.object] ?? [], f.diagnostic.path) })),
      );
    }
    return { findings: [...onObjects, ...linted.findings], validation: linted.validation };
  });
}

/**
 * A template field can reach several objects (labels on the CronJob and its pods): one finding per
 * rule and place. The lists are short (about a dozen findings per template), so each is compared
 * with those kept: cheaper than joining every path into a key.
 */
function onePerPlace(diagnostics: Diagnostic[]): Diagnostic[] {
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (!kept.some((k) => k.code === d.code && k.path.length === d.path.length && isWithin(d.path, k.path))) kept.push(d);
  }
  return kept;
}

export interface LintedDocuments {
  /** Every diagnostic, placed in its file. */
  diagnostics: Diagnostic[];
  /** One per template or manifest that was checked, with its own diagnostics (for reports). */
  objects: ReportObject[];
  /** Manifests of kinds kubejobs does not check. */
  skipped: SkippedObject[];
}

/** Validates every document with the spine, then lints the ones that validated, all together. */
export function lintDocuments(documents: readonly SourceDocument[], options: LintDocumentsOptions): LintedDocuments {
  const objects: ReportObject[] = [];
  const skipped: SkippedObject[] = [];
  const inputs: CheckedInput[] = [];
  const owners: { doc: SourceDocument; object: ReportObject }[] = [];
  for (const doc of documents) {
    const checked = checkDocuments([doc], "lint", options);
    if (checked.skipped.length > 0) {
      skipped.push(...checked.skipped);
      continue;
    }
    const object = { ...describeDocument(doc, options.namespace), diagnostics: checked.diagnostics };
    objects.push(object);
    if (hasErrors(checked.diagnostics)) continue;
    inputs.push({
      ...(doc.kind === "template" ? { template: doc.value as Template, files: doc.files } : {}),
      objects: doc.kind === "template" ? checked.manifests : [doc.value as K8sObject],
      validation: checked.diagnostics,
    });
    owners.push({ doc, object });
  }
  lintChecked(inputs, options).forEach(({ findings, validation }, i) => {
    const { doc, object } = owners[i]!;
    object.diagnostics = [...validation, ...findings.map((d) => place(d, doc))];
  });
  return { diagnostics: objects.flatMap((o) => o.diagnostics), objects, skipped };
}

/**
 * Lints values (the library's `lint`): templates and plain manifests, told apart as the loader
 * does (a template has `kind: Job|ScheduledJob` and no `apiVersion`). Paths are the value's own.
 */
export function lintValues(values: readonly unknown[], options: LintDocumentsOptions): Diagnostic[][] {
  const results: Diagnostic[][] = values.map(() => []);
  const inputs: CheckedInput[] = [];
  const owners: number[] = [];
  values.forEach((value, i) => {
    const record = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    const isTemplate = record !== undefined && (record.kind === "Job" || record.kind === "ScheduledJob") && !("apiVersion" in record);
    if (!isTemplate && isOtherKind(value)) return;
    if (isTemplate) {
      const checked = checkTemplate(value, options);
      results[i] = checked.diagnostics;
      if (hasErrors(checked.diagnostics)) return;
      inputs.push({ template: value as Template, objects: checked.manifests, validation: checked.diagnostics });
    } else {
      const found = checkManifest(value, targetVersion(options), "advice", options.now);
      results[i] = found;
      if (hasErrors(found)) return;
      inputs.push({ objects: [value as K8sObject], validation: found });
    }
    owners.push(i);
  });
  lintChecked(inputs, options).forEach(({ findings, validation }, n) => {
    results[owners[n]!] = [...validation, ...findings];
  });
  return results;
}

/** How a report names a document: its kind and namespace/name (a template's `namespace`, else the default). */
export function describeDocument(doc: SourceDocument, namespace?: string): Omit<ReportObject, "diagnostics"> {
  const value = (typeof doc.value === "object" && doc.value !== null ? doc.value : {}) as Record<string, unknown>;
  const kind = typeof value.kind === "string" ? value.kind : "";
  let name: unknown;
  let ns: unknown;
  if (doc.kind === "template") {
    name = value.name;
    ns = value.namespace ?? namespace;
  } else {
    const metadata = (typeof value.metadata === "object" && value.metadata !== null ? value.metadata : {}) as Record<string, unknown>;
    name = metadata.name;
    ns = metadata.namespace;
  }
  const index = doc.pathPrefix.length > 0 ? `[${doc.pathPrefix.join(".")}]` : "";
  const line = doc.locate([])?.line;
  return {
    file: doc.file,
    ...(line === undefined ? {} : { line }),
    kind,
    name: typeof name === "string" && name !== "" ? name : `(unnamed${index})`,
    ...(typeof ns === "string" && ns !== "" ? { namespace: ns } : {}),
  };
}
