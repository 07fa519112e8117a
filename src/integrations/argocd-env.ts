// The environment contract of the Argo CD Config Management Plugin (INTEGRATIONS.md §6). Argo CD
// runs the plugin's generate command with build variables: when ARGOCD_APP_NAME is set, KUBE_VERSION
// (the cluster's, `v1.33.4` or `1.33`) is the default target version, ARGOCD_APP_NAMESPACE the default
// namespace, and the Application's own variables arrive prefixed with ARGOCD_ENV_ (so that an
// Application cannot set the sidecar's variables): `fromEnv: X` finds ARGOCD_ENV_X too.
import { warning, error, type Diagnostic } from "../diagnostic.js";
import { compareKubeVersions, DEFAULT_KUBE_VERSION, isKubeVersion, KUBE_VERSIONS, type KubeVersion } from "../k8s/versions.js";

export const ARGOCD_ENV_PREFIX = "ARGOCD_ENV_";

export interface ArgocdDefaults {
  kubeVersion?: KubeVersion;
  namespace?: string;
  /** The environment templates see: the sidecar's own variables, then the Application's (unprefixed) where the sidecar has none. */
  env: Record<string, string | undefined>;
  diagnostics: Diagnostic[];
}

/** Undefined outside Argo CD (no ARGOCD_APP_NAME): nothing changes then. */
export function argocdDefaults(env: Readonly<Record<string, string | undefined>>): ArgocdDefaults | undefined {
  if (env.ARGOCD_APP_NAME === undefined || env.ARGOCD_APP_NAME === "") return undefined;
  const out: ArgocdDefaults = { env: { ...env }, diagnostics: [] };
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith(ARGOCD_ENV_PREFIX) || name.length === ARGOCD_ENV_PREFIX.length) continue;
    const plain = name.slice(ARGOCD_ENV_PREFIX.length);
    // The sidecar's own variable wins: it is the operator's, the prefixed one the Application's.
    if (out.env[plain] === undefined) out.env[plain] = value;
  }
  const namespace = env.ARGOCD_APP_NAMESPACE;
  if (namespace !== undefined && namespace !== "") out.namespace = namespace;
  const kube = env.KUBE_VERSION;
  if (kube !== undefined && kube !== "") {
    const found = kubeVersionOf(kube);
    if (found.version !== undefined) out.kubeVersion = found.version;
    if (found.problem !== undefined) out.diagnostics.push(found.problem);
  }
  return out;
}

/**
 * KUBE_VERSION → a bundled version. A cluster newer than the newest bundled schemas is checked
 * against those (with a warning: the sync goes on); one older than the oldest cannot be vouched for.
 */
function kubeVersionOf(value: string): { version?: KubeVersion; problem?: Diagnostic } {
  const minor = /^v?(\d+\.\d+)(?:\.\d+)?(?:[-+].*)?$/.exec(value.trim())?.[1];
  if (minor === undefined) {
    return {
      problem: warning(
        "argocd/kube-version",
        [],
        `KUBE_VERSION ${JSON.stringify(value)} is not a Kubernetes version; checking against ${DEFAULT_KUBE_VERSION}`,
        "set kubeVersion in kubejobs.config.yaml or --kube-version in the plugin's generate command",
      ),
    };
  }
  if (isKubeVersion(minor)) return { version: minor };
  if (compareKubeVersions(minor, DEFAULT_KUBE_VERSION) > 0) {
    return {
      version: DEFAULT_KUBE_VERSION,
      problem: warning(
        "argocd/kube-version",
        [],
        `the cluster runs Kubernetes ${minor} (KUBE_VERSION), newer than the newest bundled schemas; checking against ${DEFAULT_KUBE_VERSION}`,
        "upgrade kubejobs in the plugin's image for the newer schemas",
      ),
    };
  }
  return {
    problem: error(
      "argocd/kube-version",
      [],
      `the cluster runs Kubernetes ${minor} (KUBE_VERSION), older than the oldest bundled schemas (${KUBE_VERSIONS[0]})`,
      `kubejobs checks against ${KUBE_VERSIONS.join(", ")}; pin one with --kube-version in the plugin's generate command if you accept the risk`,
    ),
  };
}
