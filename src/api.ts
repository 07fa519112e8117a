import type { K8sObject } from "./k8s/types.js";
import { DEFAULT_KUBE_VERSION, type KubeVersion } from "./k8s/versions.js";
import type { LoadResult } from "./load/types.js";
import { checkManifest } from "./pipeline/check-manifest.js";
import { checkTemplate, type CheckedTemplate } from "./pipeline/check-template.js";
import type { PipelineOptions } from "./pipeline/options.js";
import { readStdin } from "./stdin.js";
import { formatManifests, type OutputFormat } from "./render/output.js";
import { hasErrors, KubejobsError, type Diagnostic } from "./validate/diagnostic.js";

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
  return formatManifests(manifests, options.format ?? "yaml");
}

/** Checks plain Kubernetes objects (Job, CronJob, Secret, ConfigMap); paths start with the object's index. */
export function validateManifests(objects: readonly unknown[], options: { kubeVersion?: KubeVersion } = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  objects.forEach((obj, i) => {
    for (const d of checkManifest(obj, options.kubeVersion ?? DEFAULT_KUBE_VERSION)) out.push({ ...d, path: [i, ...d.path] });
  });
  return out;
}

/** Loads templates and manifests from files, directories or `-`, for tools built on kubejobs. */
export async function loadTemplates(
  paths: string[],
  options: { kubeVersion?: KubeVersion; env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<LoadResult> {
  const { loadInputs } = await import("./load/index.js");
  return loadInputs(paths, {
    kubeVersion: options.kubeVersion ?? DEFAULT_KUBE_VERSION,
    env: options.env ?? process.env,
    cwd: options.cwd ?? process.cwd(),
    readStdin,
  });
}
