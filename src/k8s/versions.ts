/** Kubernetes minor versions whose OpenAPI definitions are bundled (generated into src/k8s/generated/). */
export const KUBE_VERSIONS = ["1.29", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36"] as const;

export type KubeVersion = (typeof KUBE_VERSIONS)[number];

/** The newest bundled version: the default target. */
export const DEFAULT_KUBE_VERSION: KubeVersion = "1.36";

export function isKubeVersion(v: string): v is KubeVersion {
  return (KUBE_VERSIONS as readonly string[]).includes(v);
}

/** Compares "1.29" < "1.30" numerically. */
export function compareKubeVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am - bm || an - bn;
}
