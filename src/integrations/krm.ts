// kubejobs as a KRM function (INTEGRATIONS.md §7), for kpt (`kpt fn eval --exec`, a Kptfile
// pipeline step with `exec:`) and kustomize (`generators:` run with --enable-alpha-plugins
// --enable-exec). A ResourceList comes in on stdin; it goes out with its items as they were (the
// YAML kept node for node, comments included), the rendered objects appended, and `results` with
// every diagnostic. Templates are read from disk, like `kubejobs render`.
import { posix, resolve } from "node:path";
import { isMap, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from "yaml";
import type { SourceDocument } from "../load/types.js";
import { checkDocuments } from "../check/check-documents.js";
import { error, formatPath, type Diagnostic, type DiagnosticCode } from "../diagnostic.js";
import { planOutDir } from "../emit/plan-out-dir.js";
import { toYaml } from "../emit/yaml.js";
import { isKubeVersion, KUBE_VERSIONS, DEFAULT_KUBE_VERSION, type KubeVersion } from "../k8s/versions.js";
import type { K8sObject } from "../k8s/types.js";
import { loadInputs, type LoadDependencies } from "../load/index.js";
import { GITOPS_MODES, type GitopsMode } from "../load/config-schema.js";
import { closest } from "../suggest.js";

export const RESOURCE_LIST_VERSIONS = ["config.kubernetes.io/v1", "config.kubernetes.io/v1beta1", "config.kubernetes.io/v1alpha1"];
export const FUNCTION_CONFIG_API_VERSION = "kubejobs.dev/v1alpha1";
export const FUNCTION_CONFIG_KIND = "KubeJobs";
const SPEC_FIELDS = ["templates", "kubeVersion", "namespace", "gitops"];
const MANAGED_BY = "app.kubernetes.io/managed-by";

/** Where orchestrators keep an item's file (kpt and kustomize read both; kpt writes by the internal one). */
const PATH_ANNOTATIONS = ["config.kubernetes.io/path", "internal.config.kubernetes.io/path"];
const PACKAGE_PATH_ANNOTATION = "internal.config.kubernetes.io/package-path";

export interface KrmSettings {
  templates: string[];
  kubeVersion: KubeVersion;
  namespace?: string;
  gitops?: GitopsMode;
  /** Directory the templates are relative to: the functionConfig file's, when the orchestrator says where it is, else the working directory. */
  baseDir: string;
  /** Directory of the functionConfig inside the package (for the new items' paths and results' file paths), `.` when unknown. */
  configDir: string;
}

/** A result as kpt and kustomize read them (kpt's `results[]`, the KRM functions spec's). */
export interface KrmResult {
  message: string;
  severity: "error" | "warning" | "info";
  resourceRef?: { apiVersion: string; kind: string; name: string; namespace?: string };
  field?: { path: string };
  file?: { path: string; index?: number };
}

export interface KrmRun {
  /** The ResourceList to write on stdout (also when there are errors: it carries the results). */
  output: string;
  diagnostics: Diagnostic[];
  failed: boolean;
}

export interface KrmDependencies extends LoadDependencies {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Makes the target version's manifest schemas ready (validate/manifest's loadManifestSchemas). */
  prepare(kubeVersion: KubeVersion): Promise<void>;
}

/** Runs the function on a ResourceList's text. Never throws for bad input. */
export async function runKrm(input: string, deps: KrmDependencies): Promise<KrmRun> {
  const doc = parseDocument(input, { version: "1.2", strict: true, uniqueKeys: true, keepSourceTokens: false });
  const listProblem = checkResourceList(doc);
  if (listProblem !== undefined) {
    // Not a ResourceList we can answer in kind: an empty one of the newest version, with the result.
    const problem = { ...listProblem, file: "<stdin>" };
    const output = toYaml({
      apiVersion: RESOURCE_LIST_VERSIONS[0],
      kind: "ResourceList",
      items: [],
      results: [toResult(problem)],
    });
    return { output, diagnostics: [problem], failed: true };
  }
  const list = doc.contents as YAMLMap;
  const items = list.get("items", true) as YAMLSeq | undefined;
  const itemValues = (items?.toJSON() ?? []) as unknown[];
  const functionConfig = list.get("functionConfig") === undefined ? undefined : (doc.toJS() as { functionConfig?: unknown }).functionConfig;

  const settings = readFunctionConfig(functionConfig, deps.cwd);
  const diagnostics: Diagnostic[] = [];
  const results: KrmResult[] = [];
  let rendered: { objects: K8sObject[]; replaced: Map<number, K8sObject> } | undefined;
  if ("problems" in settings) {
    for (const d of settings.problems) {
      diagnostics.push(d);
      results.push(toResult(d));
    }
  } else {
    await deps.prepare(settings.kubeVersion);
    const loaded = await loadInputs(
      settings.templates,
      { kubeVersion: settings.kubeVersion, env: deps.env, cwd: settings.baseDir, readStdin: async () => "" },
      deps,
    );
    for (const d of loaded.diagnostics) {
      diagnostics.push(d);
      results.push(toResult(d, undefined, settings.configDir));
    }
    const manifests: K8sObject[] = [];
    for (const source of loaded.documents) {
      const checked = checkDocuments([source], "render", {
        kubeVersion: settings.kubeVersion,
        now: new Date(),
        env: deps.env,
        ...(settings.namespace === undefined ? {} : { namespace: settings.namespace }),
        ...(settings.gitops === undefined ? {} : { gitops: settings.gitops }),
      });
      const ref = resourceRefOf(source, settings.namespace);
      const index = loaded.documents.filter((d) => d.file === source.file).indexOf(source);
      for (const d of checked.diagnostics) {
        diagnostics.push(d);
        results.push(toResult(d, ref, settings.configDir, index));
      }
      manifests.push(...checked.manifests);
    }
    if (!diagnostics.some((d) => d.severity === "error")) {
      const placed = placeRendered(manifests, itemValues, settings.configDir);
      for (const d of placed.diagnostics) {
        diagnostics.push(d);
        results.push(toResult(d));
      }
      if (placed.diagnostics.length === 0) rendered = placed;
    }
  }

  const failed = diagnostics.some((d) => d.severity === "error");
  if (rendered !== undefined && !failed) {
    const seq = items ?? (doc.createNode([]) as YAMLSeq);
    for (const [index, object] of rendered.replaced) seq.items[index] = nodeOf(doc, object);
    for (const object of rendered.objects) seq.items.push(nodeOf(doc, object));
    if (items === undefined) list.set("items", seq);
  }
  if (results.length > 0) list.set("results", doc.createNode(results));
  else list.delete("results");
  return { output: doc.toString({ lineWidth: 0 }), diagnostics, failed };
}

function checkResourceList(doc: Document): Diagnostic | undefined {
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    return krmError("krm/resource-list", [], `the input is not readable YAML: ${first.message.split("\n")[0]}`);
  }
  const list = doc.contents;
  if (!isMap(list)) return krmError("krm/resource-list", [], "the input must be a ResourceList (a mapping with kind: ResourceList)");
  const apiVersion = list.get("apiVersion");
  const kind = list.get("kind");
  if (kind !== "ResourceList" || typeof apiVersion !== "string" || !RESOURCE_LIST_VERSIONS.includes(apiVersion)) {
    return krmError(
      "krm/resource-list",
      [],
      `the input must be a ResourceList of ${RESOURCE_LIST_VERSIONS.join(", ")}, not ${String(apiVersion)} ${String(kind)}`,
      "run kubejobs krm from kpt (kpt fn eval --exec, a Kptfile pipeline) or kustomize (generators with --enable-exec)",
    );
  }
  const items = list.get("items", true);
  if (items !== undefined && items !== null && !isSeq(items)) return krmError("krm/resource-list", ["items"], "items must be a list");
  return undefined;
}

/**
 * The functionConfig: `kubejobs.dev/v1alpha1 KubeJobs` with `spec: { templates, kubeVersion,
 * namespace, gitops }`, or a ConfigMap with the same keys under `data` (what `kpt fn eval -- k=v`
 * makes; templates separated by commas).
 */
export function readFunctionConfig(config: unknown, cwd: string): KrmSettings | { problems: Diagnostic[] } {
  const fail = (path: (string | number)[], message: string, hint?: string) => ({
    problems: [krmError("krm/function-config", ["functionConfig", ...path], message, hint)],
  });
  const example = `apiVersion: ${FUNCTION_CONFIG_API_VERSION}, kind: ${FUNCTION_CONFIG_KIND}, spec: { templates: [jobs/report.kubejobs.yaml] }`;
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    return fail([], "kubejobs krm needs a functionConfig naming the templates", `give one: ${example}`);
  }
  const c = config as {
    apiVersion?: unknown;
    kind?: unknown;
    spec?: unknown;
    data?: unknown;
    metadata?: { annotations?: Record<string, unknown> };
  };
  let spec: Record<string, unknown>;
  let specPath: string;
  if (c.apiVersion === FUNCTION_CONFIG_API_VERSION && c.kind === FUNCTION_CONFIG_KIND) {
    if (typeof c.spec !== "object" || c.spec === null || Array.isArray(c.spec)) return fail(["spec"], "spec must be a mapping", example);
    spec = c.spec as Record<string, unknown>;
    specPath = "spec";
  } else if (c.apiVersion === "v1" && c.kind === "ConfigMap") {
    const data = (typeof c.data === "object" && c.data !== null ? c.data : {}) as Record<string, unknown>;
    spec = { ...data };
    if (typeof data.templates === "string") spec.templates = data.templates.split(/[,\s]+/).filter((t) => t !== "");
    specPath = "data";
  } else {
    return fail(
      [],
      `the functionConfig must be ${FUNCTION_CONFIG_API_VERSION} ${FUNCTION_CONFIG_KIND} (or a v1 ConfigMap), not ${String(c.apiVersion)} ${String(c.kind)}`,
      example,
    );
  }
  const problems: Diagnostic[] = [];
  const at = (field: string) => ["functionConfig", specPath, field];
  for (const key of Object.keys(spec)) {
    if (SPEC_FIELDS.includes(key)) continue;
    const suggestion = closest(key, SPEC_FIELDS);
    problems.push(
      krmError(
        "krm/function-config",
        at(key),
        `unknown field "${key}"`,
        suggestion === undefined ? `the fields are ${SPEC_FIELDS.join(", ")}` : `did you mean "${suggestion}"?`,
      ),
    );
  }
  const templates = spec.templates;
  if (!Array.isArray(templates) || templates.length === 0 || !templates.every((t) => typeof t === "string" && t !== "")) {
    problems.push(krmError("krm/function-config", at("templates"), "templates must list at least one template file or directory", example));
  }
  let kubeVersion: KubeVersion = DEFAULT_KUBE_VERSION;
  if (spec.kubeVersion !== undefined) {
    const minor = typeof spec.kubeVersion === "string" ? /^v?(\d+\.\d+)(?:\.\d+)?$/.exec(spec.kubeVersion.trim())?.[1] : undefined;
    if (minor !== undefined && isKubeVersion(minor)) kubeVersion = minor;
    else
      problems.push(
        krmError(
          "krm/function-config",
          at("kubeVersion"),
          `kubeVersion ${JSON.stringify(spec.kubeVersion)} is not a bundled Kubernetes version`,
          `choose one of ${KUBE_VERSIONS.join(", ")}, quoted: kubeVersion: "1.33"`,
        ),
      );
  }
  if (spec.namespace !== undefined && (typeof spec.namespace !== "string" || spec.namespace === "")) {
    problems.push(krmError("krm/function-config", at("namespace"), "namespace must be a non-empty string"));
  }
  if (spec.gitops !== undefined && !(typeof spec.gitops === "string" && [...GITOPS_MODES, "none"].includes(spec.gitops))) {
    problems.push(krmError("krm/function-config", at("gitops"), `gitops must be one of ${GITOPS_MODES.join(", ")} or none`));
  }
  if (problems.length > 0) return { problems };

  // kpt says where the functionConfig file is (package path + path in the package): templates are
  // relative to it; otherwise (kpt fn eval --fn-config, kustomize) to the working directory.
  const annotations = c.metadata?.annotations ?? {};
  const packagePath = annotations[PACKAGE_PATH_ANNOTATION];
  const configPath = PATH_ANNOTATIONS.map((a) => annotations[a]).find((p): p is string => typeof p === "string" && p !== "");
  const configDir = configPath === undefined ? "." : posix.dirname(configPath);
  const baseDir = typeof packagePath === "string" && packagePath !== "" ? resolve(packagePath, configDir) : resolve(cwd);
  const gitops = spec.gitops as GitopsMode | "none" | undefined;
  return {
    templates: templates as string[],
    kubeVersion,
    baseDir,
    configDir: typeof packagePath === "string" && packagePath !== "" ? configDir : ".",
    ...(typeof spec.namespace === "string" ? { namespace: spec.namespace } : {}),
    ...(gitops === undefined || gitops === "none" ? {} : { gitops }),
  };
}

/**
 * Where the rendered objects go: an item with the same identity that kubejobs rendered before
 * (`kpt fn render` feeds the package's last output back in) is replaced in place, keeping its file;
 * one that kubejobs did not render is a clash; the rest are appended, each with a file of its own
 * (`job-nightly-report.yaml`, as render --out-dir names them) next to the functionConfig.
 */
function placeRendered(
  manifests: readonly K8sObject[],
  items: readonly unknown[],
  configDir: string,
): { objects: K8sObject[]; replaced: Map<number, K8sObject>; diagnostics: Diagnostic[] } {
  const names = planOutDir(manifests, "yaml").map((f) => f.name);
  const byIdentity = new Map<string, number>();
  items.forEach((item, i) => byIdentity.set(identity(item), i));
  const objects: K8sObject[] = [];
  const replaced = new Map<number, K8sObject>();
  const diagnostics: Diagnostic[] = [];
  manifests.forEach((m, i) => {
    const at = byIdentity.get(identity(m));
    if (at === undefined) {
      const path = posix.normalize(posix.join(configDir, names[i]!));
      objects.push(withAnnotations(m, Object.fromEntries(PATH_ANNOTATIONS.map((a) => [a, path]))));
      return;
    }
    const existing = items[at] as { metadata?: { labels?: Record<string, unknown>; annotations?: Record<string, unknown> } };
    if (existing.metadata?.labels?.[MANAGED_BY] !== "kubejobs") {
      diagnostics.push(
        krmError(
          "krm/clash",
          [],
          `${m.kind} ${m.metadata.namespace === undefined ? "" : `${m.metadata.namespace}/`}${m.metadata.name} is already in the package and was not rendered by kubejobs`,
          "rename the template or remove the other object",
        ),
      );
      return;
    }
    // The orchestrator's own annotations (file, index, ids) stay: the object stays where it was.
    const kept = Object.fromEntries(
      Object.entries(existing.metadata?.annotations ?? {}).filter(([k]) => /(^|\.)config\.kubernetes\.io\/|^config\.k8s\.io\//.test(k)),
    ) as Record<string, string>;
    replaced.set(at, withAnnotations(m, kept));
  });
  return { objects, replaced, diagnostics };
}

function identity(item: unknown): string {
  const o = item as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } } | null;
  return JSON.stringify([o?.apiVersion, o?.kind, o?.metadata?.namespace ?? "", o?.metadata?.name]);
}

function withAnnotations(m: K8sObject, extra: Record<string, string>): K8sObject {
  if (Object.keys(extra).length === 0) return m;
  return { ...m, metadata: { ...m.metadata, annotations: { ...(m.metadata.annotations ?? {}), ...extra } } } as K8sObject;
}

/** Our emitter's YAML (quoting that keeps `yes`, `0755`, ... strings for every YAML reader), as nodes of the output. */
function nodeOf(doc: Document, object: K8sObject): unknown {
  return parseDocument(toYaml(object), { version: "1.2" }).contents ?? doc.createNode(object);
}

/** The object a template renders to, for a result's resourceRef (its Job or CronJob). */
function resourceRefOf(source: SourceDocument, namespace: string | undefined): KrmResult["resourceRef"] {
  const v = source.value as {
    kind?: unknown;
    name?: unknown;
    namespace?: unknown;
    apiVersion?: unknown;
    metadata?: { name?: unknown; namespace?: unknown };
  };
  if (source.kind === "template") {
    if (typeof v.name !== "string") return undefined;
    const ns = typeof v.namespace === "string" ? v.namespace : namespace;
    return {
      apiVersion: "batch/v1",
      kind: v.kind === "ScheduledJob" ? "CronJob" : "Job",
      name: v.name,
      ...(ns === undefined ? {} : { namespace: ns }),
    };
  }
  if (typeof v.apiVersion !== "string" || typeof v.kind !== "string" || typeof v.metadata?.name !== "string") return undefined;
  const ns = v.metadata.namespace;
  return { apiVersion: v.apiVersion, kind: v.kind, name: v.metadata.name, ...(typeof ns === "string" ? { namespace: ns } : {}) };
}

/** A diagnostic as a result: the message carries the line and the hint (results have no fields for them). */
export function toResult(d: Diagnostic, resourceRef?: KrmResult["resourceRef"], configDir = ".", index?: number): KrmResult {
  const where = d.line === undefined ? "" : `line ${d.line}: `;
  const result: KrmResult = {
    message: `${where}${d.message}${d.hint === undefined ? "" : ` (hint: ${d.hint})`} [${d.code}]`,
    severity: d.severity,
  };
  if (resourceRef !== undefined) result.resourceRef = resourceRef;
  const path = formatPath(d.path);
  if (path !== "") result.field = { path };
  if (d.file !== undefined) {
    const file = d.file.startsWith("/") || d.file === "<stdin>" ? d.file : posix.normalize(posix.join(configDir, d.file));
    result.file = index === undefined ? { path: file } : { path: file, index };
  }
  return result;
}

function krmError(code: DiagnosticCode, path: (string | number)[], message: string, hint?: string): Diagnostic {
  return error(code, path, message, hint);
}
