// The pod-level fields of a template: where and how its pods run. Most pass through to the pod
// spec unchanged and are checked against the Kubernetes schema of the target version.
import type {
  Affinity,
  HostAlias,
  PodDNSConfig,
  PodOS,
  PodReadinessGate,
  PodResourceClaim,
  PodSchedulingGate,
  PodSecurityContext,
  Toleration,
  TopologySpreadConstraint,
  VolumeSource,
} from "../k8s/types.js";

/** Fields of the pods a Job or ScheduledJob starts. */
export interface PodFields {
  /** The pods' service account. Becomes the pod spec's `serviceAccountName`. */
  serviceAccount?: string;
  /** Names of image pull secrets. Becomes the pod spec's `imagePullSecrets[].name`. */
  imagePullSecrets?: string[];
  /** Run only on nodes with these labels. Becomes the pod spec's `nodeSelector`. */
  nodeSelector?: Record<string, string>;
  /** Node taints the pods tolerate. Becomes the pod spec's `tolerations`. */
  tolerations?: Toleration[];
  /** Node and pod affinity rules. Becomes the pod spec's `affinity`. */
  affinity?: Affinity;
  /** The pods' PriorityClass. Becomes the pod spec's `priorityClassName`. */
  priorityClassName?: string;
  /**
   * Pod-level security settings (the pod spec's `securityContext`), or `restricted`: the settings
   * of the Pod Security Standards restricted level (runAsNonRoot, seccomp RuntimeDefault; on every
   * container allowPrivilegeEscalation false and capabilities.drop ALL). A container's own fields win.
   */
  securityContext?: PodSecurityContext | "restricted";
  /** Extra /etc/hosts entries. Becomes the pod spec's `hostAliases`. */
  hostAliases?: HostAlias[];
  /**
   * How the pods resolve DNS names. Becomes the pod spec's `dnsPolicy`.
   * @default "ClusterFirst"
   * @enumDescriptions ["The cluster DNS first, then the node's upstream servers.", "ClusterFirst for pods with hostNetwork.", "The node's own resolver configuration.", "Only what dnsConfig says."]
   */
  dnsPolicy?: "ClusterFirst" | "ClusterFirstWithHostNet" | "Default" | "None";
  /** DNS settings added to (or, with dnsPolicy None, replacing) the generated ones. Becomes the pod spec's `dnsConfig`. */
  dnsConfig?: PodDNSConfig;
  /**
   * Seconds between SIGTERM and SIGKILL when a pod is stopped. Becomes the pod spec's `terminationGracePeriodSeconds`.
   * @asType integer
   * @default 30
   */
  terminationGracePeriodSeconds?: number;
  /** The RuntimeClass the pods run with (e.g. gVisor, Kata). Becomes the pod spec's `runtimeClassName`. */
  runtimeClassName?: string;
  /** The scheduler that places the pods (default: the cluster's default scheduler). Becomes the pod spec's `schedulerName`. */
  schedulerName?: string;
  /** How the pods spread across zones, nodes, ... Becomes the pod spec's `topologySpreadConstraints`. */
  topologySpreadConstraints?: TopologySpreadConstraint[];
  /** Mount the service account's API token into the pods. Becomes the pod spec's `automountServiceAccountToken`. */
  automountServiceAccountToken?: boolean;
  /** Inject Services as environment variables (Kubernetes defaults to true). Becomes the pod spec's `enableServiceLinks`. */
  enableServiceLinks?: boolean;
  /** One process namespace for all containers of a pod. Becomes the pod spec's `shareProcessNamespace`. */
  shareProcessNamespace?: boolean;
  /** Use the node's network namespace. Becomes the pod spec's `hostNetwork`. */
  hostNetwork?: boolean;
  /** Use the node's process namespace. Becomes the pod spec's `hostPID`. */
  hostPID?: boolean;
  /** Use the node's IPC namespace. Becomes the pod spec's `hostIPC`. */
  hostIPC?: boolean;
  /** Use the node's user namespace (false runs the pods in their own). Becomes the pod spec's `hostUsers`. */
  hostUsers?: boolean;
  /** The pods' hostname (default: the pod name). Becomes the pod spec's `hostname`. */
  hostname?: string;
  /** The pods' subdomain: hostname.subdomain.namespace.svc. Becomes the pod spec's `subdomain`. */
  subdomain?: string;
  /**
   * Whether the pods may preempt lower-priority pods. Becomes the pod spec's `preemptionPolicy`.
   * @enumDescriptions ["Evict lower-priority pods to make room.", "Wait for room; never evict other pods."]
   */
  preemptionPolicy?: "PreemptLowerPriority" | "Never";
  /** Gates that hold the pods back from scheduling until removed. Becomes the pod spec's `schedulingGates`. */
  schedulingGates?: PodSchedulingGate[];
  /** Extra conditions for pod readiness. Becomes the pod spec's `readinessGates`. */
  readinessGates?: PodReadinessGate[];
  /** The pods' operating system (`{ name: linux }` or `{ name: windows }`). Becomes the pod spec's `os`. */
  os?: PodOS;
  /** Dynamic resource allocation claims of the pods. Becomes the pod spec's `resourceClaims`. */
  resourceClaims?: PodResourceClaim[];
  /**
   * Pod volumes by name: name → a Kubernetes volume source (`{ persistentVolumeClaim: {...} }`, ...),
   * for `dirs` entries `volume://NAME`. Becomes the pod spec's `volumes[]`, with the key as `name`.
   */
  volumes?: Record<string, VolumeSource>;
}
