import type { K8sObject } from "./k8s/types.js";
import { DEFAULT_KUBE_VERSION, type KubeVersion } from "./k8s/versions.js";
import { checkManifest } from "./check/check-manifest.js";
import { checkTemplate, type CheckedTemplate } from "./check/check-template.js";
import type { PipelineOptions } from "./check/options.js";
import { emitManifests, type OutputFormat } from "./emit/emit-manifests.js";
import { hasErrors, KubejobsError, type Diagnostic } from "./diagnostic.js";
import { lintValues } from "./check/lint-documents.js";
import type { RuleLevels } from "./lint/levels.js";
import type { PssLevel } from "./lint/pss/check.js";
import { LINT_RULES } from "./lint/rules/index.js";
import type { LintRule } from "./lint/rules/rule.js";

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

export interface LintApiOptions extends PipelineOptions {
  /** Pod Security Standards level whose violations are errors (default baseline; restricted ones are then info). */
  pss?: PssLevel;
  /** Rule id → error, warning, info or off, overriding the defaults (as the config file's `lint.rules`). */
  rules?: RuleLevels;
  /** CronJobs starting in one minute that make batch/same-minute fire (default 3). */
  sameMinuteThreshold?: number;
}

/**
 * Lints templates and plain manifests (Job, CronJob, Secret, ConfigMap) together, as `kubejobs lint`
 * does: every validation layer first (an input with a validation error gets its errors and is not
 * linted), then the lint rules. Returns every diagnostic; with an array, paths start with the
 * input's index. Pure: schedule rules look from `options.now` (default 1 January 2026 UTC).
 */
export function lint(inputs: unknown, options: LintApiOptions = {}): Diagnostic[] {
  const list = Array.isArray(inputs) ? inputs : [inputs];
  return lintValues(list, options).flatMap((found, i) =>
    Array.isArray(inputs) ? found.map((d) => ({ ...d, path: [i, ...d.path] })) : found,
  );
}

/** The lint catalogue: every rule's id, default level, rationale, hint and peers (kube-linter, Polaris, PSS). */
export function lintRules(): Pick<LintRule, "id" | "level" | "rationale" | "hint" | "peers">[] {
  return LINT_RULES.map(({ id, level, rationale, hint, peers }) => ({ id, level, rationale, hint, ...(peers ? { peers } : {}) }));
}

export { previewSchedules, type PreviewData, type PreviewInput, type PreviewOptions } from "./preview/preview-schedules.js";
