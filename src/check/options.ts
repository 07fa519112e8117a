import type { Diagnostic } from "../diagnostic.js";
import { DEFAULT_KUBE_VERSION, type KubeVersion } from "../k8s/versions.js";
import type { GitopsMode } from "../template/types.js";

export interface PipelineOptions {
  /** Target Kubernetes version (default: the newest bundled). */
  kubeVersion?: KubeVersion;
  /** Namespace for templates that set none; never overrides the template's. */
  namespace?: string;
  /** Values for `{ fromEnv }` secret sources. */
  env?: Record<string, string | undefined>;
  /** Contents of `{ fromFile }` secret sources, keyed by the path as written. */
  files?: Record<string, string>;
  /** `fromFile` sources that could not be read, with why (the loader fills it). */
  unreadFiles?: Record<string, Pick<Diagnostic, "code" | "message" | "hint">>;
  /** Schedules are checked for DST trouble in the year after `now` (default: a fixed year, so results are pure). */
  now?: Date;
  /** GitOps annotations for Jobs (INTEGRATIONS.md §5); a template's own `gitops` wins. */
  gitops?: GitopsMode;
}

export function targetVersion(options: PipelineOptions): KubeVersion {
  return options.kubeVersion ?? DEFAULT_KUBE_VERSION;
}
