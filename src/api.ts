import type { K8sObject } from "./k8s/types.js";
import { DEFAULT_KUBE_VERSION, type KubeVersion } from "./k8s/versions.js";
import { checkManifest } from "./check/check-manifest.js";
import { checkTemplate, type CheckedTemplate } from "./check/check-template.js";
import type { PipelineOptions } from "./check/options.js";
import { emitManifests, type OutputFormat } from "./emit/emit-manifests.js";
import { hasErrors, KubejobsError, type Diagnostic } from "./diagnostic.js";

export type CompileApiOptions = PipelineOptions;

/**
 * Compiles one template into its manifests, checking all three layers (template shape,
 * Kubernetes rules, the target version's OpenAPI schema). Pure: secret sources come in
 * `options.env` / `options.files`. Never throws on bad input: problems are diagnostics.
 */
export function compile(template: unknown, options: CompileApiOptions = {}): CheckedTemplate {
  return checkTemplate(template, options);
}

export interface RenderOptions extends PipelineOptions {
  format?: OutputFormat;
}

/** Compiles templates and serializes every object; throws `KubejobsError` when anything is invalid. */
export function render(templates: unknown | unknown[], options: RenderOptions = {}): string {
  const list = Array.isArray(templates) ? templates : [templates];
  const manifests: K8sObject[] = [];
  const diagnostics: Diagnostic[] = [];
  list.forEach((t, i) => {
    const checked = checkTemplate(t, options);
    manifests.push(...checked.manifests);
    const prefix = Array.isArray(templates) ? [i] : [];
    for (const d of checked.diagnostics) diagnostics.push({ ...d, path: [...prefix, ...d.path] });
  });
  if (hasErrors(diagnostics)) throw new KubejobsError(diagnostics);
  return emitManifests(manifests, options.format ?? "yaml");
}

/** Checks plain Kubernetes objects (Job, CronJob, Secret, ConfigMap); paths start with the object's index. */
export function validateManifests(objects: readonly unknown[], options: { kubeVersion?: KubeVersion } = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  objects.forEach((obj, i) => {
    for (const d of checkManifest(obj, options.kubeVersion ?? DEFAULT_KUBE_VERSION)) out.push({ ...d, path: [i, ...d.path] });
  });
  return out;
}

export { previewSchedules, type PreviewData, type PreviewInput, type PreviewOptions } from "./preview/preview-schedules.js";
