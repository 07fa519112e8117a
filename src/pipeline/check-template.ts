import { compileTemplate, templatePathFor } from "../compile/index.js";
import type { K8sObject } from "../k8s/types.js";
import { checkSchedule } from "../schedule/index.js";
import type { ScheduledJobTemplate, Template } from "../template/types.js";
import { hasErrors, type Diagnostic } from "../validate/diagnostic.js";
import { checkTemplateShape } from "../validate/template.js";
import { checkManifest } from "./check-manifest.js";
import { targetVersion, type PipelineOptions } from "./options.js";

export interface CheckedTemplate {
  /** The rendered objects; empty when there is any error. */
  manifests: K8sObject[];
  /** Every problem found, with template paths. */
  diagnostics: Diagnostic[];
}

/**
 * All three layers for one template: its shape, the compile, then the Kubernetes rules and
 * schema on the output, reported in the template's own terms.
 */
export function checkTemplate(value: unknown, options: PipelineOptions = {}): CheckedTemplate {
  const shape = checkTemplateShape(value);
  if (hasErrors(shape)) return { manifests: [], diagnostics: shape };
  const template = value as Template;
  const compiled = compileTemplate(template, options);
  const diagnostics = [...shape, ...compiled.diagnostics];
  if (hasErrors(compiled.diagnostics)) return { manifests: [], diagnostics };

  if (template.kind === "ScheduledJob") {
    const t = template as ScheduledJobTemplate;
    diagnostics.push(...checkSchedule(t.schedule, t.timeZone, { schedule: ["schedule"], timeZone: ["timeZone"] }));
  }
  const kubeVersion = targetVersion(options);
  const perManifest = compiled.manifests.map((m) => checkManifest(m, kubeVersion, false));
  if (perManifest.some((list) => list.length > 0)) {
    // Place manifest diagnostics on template paths: compile again, this time recording origins.
    const { origins } = compileTemplate(template, options, true);
    perManifest.forEach((list, i) => {
      for (const d of list) diagnostics.push({ ...d, path: templatePathFor(origins[i] ?? [], d.path) });
    });
  }
  return { manifests: hasErrors(diagnostics) ? [] : compiled.manifests, diagnostics };
}
