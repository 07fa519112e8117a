import { DEFAULT_KUBE_VERSION, type KubeVersion } from "./k8s/versions.js";
import type { LoadResult } from "./load/types.js";
import { readStdin } from "./stdin.js";

export interface LoadTemplatesOptions {
  kubeVersion?: KubeVersion;
  /** For `{ fromEnv }` secret sources and a TS template's `env` (default: `process.env`). */
  env?: Record<string, string | undefined>;
  cwd?: string;
}

/** Loads templates and manifests from files, directories or `-`, for tools built on kubejobs. */
export async function loadTemplates(paths: string[], options: LoadTemplatesOptions = {}): Promise<LoadResult> {
  const { loadInputs } = await import("./load/index.js");
  return loadInputs(
    paths,
    {
      kubeVersion: options.kubeVersion ?? DEFAULT_KUBE_VERSION,
      env: options.env ?? process.env,
      cwd: options.cwd ?? process.cwd(),
      readStdin,
    },
    { importLibrary: () => import("./library.js") },
  );
}
