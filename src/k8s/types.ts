// Kubernetes API shapes that templates pass through untouched.
// Loose for now; to be replaced by types generated from the bundled OpenAPI (src/k8s/generated/).
type K8sShape = { [key: string]: unknown };

export type Affinity = K8sShape;
export type Toleration = K8sShape;
export type PodSecurityContext = K8sShape;
export type SecurityContext = K8sShape;
export type HostAlias = K8sShape;
export type ContainerPort = K8sShape;
export type PodDNSConfig = K8sShape;
export type TopologySpreadConstraint = K8sShape;
export type PodFailurePolicy = K8sShape;
export type SuccessPolicy = K8sShape;
export type PodSchedulingGate = K8sShape;
export type PodReadinessGate = K8sShape;
export type PodOS = K8sShape;
export type PodResourceClaim = K8sShape;
export type ResourceClaim = K8sShape;
export type ResourceRequirements = K8sShape;
/** A Volume without its `name` (the key of the `volumes` map is the name). */
export type VolumeSource = K8sShape;
export type ObjectMeta = K8sShape;

/** Any Kubernetes object as we emit or read it. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name?: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string>; [key: string]: unknown };
  [key: string]: unknown;
}
