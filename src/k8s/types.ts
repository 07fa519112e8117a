// Kubernetes API shapes that templates pass through untouched, generated with their API
// descriptions from the newest bundled OpenAPI (src/k8s/generated/types.ts, `npm run gen`).
// The types follow the newest version; the output schema checks the target --kube-version.
import type { Volume } from "./generated/types.js";

export type {
  Affinity,
  ContainerPort,
  HostAlias,
  ObjectMeta,
  PodDNSConfig,
  PodFailurePolicy,
  PodOS,
  PodReadinessGate,
  PodResourceClaim,
  PodSchedulingGate,
  PodSecurityContext,
  ResourceClaim,
  ResourceRequirements,
  SecurityContext,
  SuccessPolicy,
  Toleration,
  TopologySpreadConstraint,
} from "./generated/types.js";

/** A Volume without its `name` (the key of the `volumes` map is the name). */
export type VolumeSource = Omit<Volume, "name">;

/** Any Kubernetes object as we emit or read it. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name?: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}
