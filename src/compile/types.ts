import type { K8sObject } from "../k8s/types.js";
import type { Diagnostic, Path } from "../diagnostic.js";
import type { GitopsMode } from "../template/types.js";

export interface CompileOptions {
  /** Namespace for templates that set none (CLI `-n`); never overrides the template's. */
  namespace?: string;
  /** Values for `{ fromEnv }` secret sources. The compiler itself never reads the environment. */
  env?: Record<string, string | undefined>;
  /** Contents for `{ fromFile }` secret sources, keyed by the path as written in the template. */
  files?: Record<string, string>;
  /** `fromFile` sources the caller could not read, keyed the same way, with the problem to report. */
  unreadFiles?: Record<string, Pick<Diagnostic, "code" | "message" | "hint">>;
  /** The project's GitOps mode (config or `--gitops`): annotations on Jobs; a template's own `gitops` wins. */
  gitops?: GitopsMode;
}

/**
 * Where a manifest field came from: (manifest path, template path, how). `originOf` maps a
 * manifest path through the longest matching prefix and appends the rest of the path, unless the
 * entry is `translated`: below it the manifest speaks Kubernetes words the template does not have
 * (`valueFrom.secretKeyRef.key` under an env var written as `secret://db/key`). A `key` entry is a
 * translated one whose field was written as the map key at the end of the template path (a
 * container's `name` is its key under `containers`).
 */
export type Origins = Array<[manifestPath: Path, templatePath: Path, how?: "translated" | "key"]>;

export interface CompileResult {
  /**
   * Secrets, ConfigMaps, then the Job or CronJob. With errors, they are what could be built: the
   * fields in error are left out, so the other fields can still be checked.
   */
  manifests: K8sObject[];
  /** One entry per manifest, in the same order. */
  origins: Origins[];
  diagnostics: Diagnostic[];
}
