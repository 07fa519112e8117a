// The template itself: the fields Job and ScheduledJob share, each kind, and what a TS template
// file may export.
import type {
  Affinity,
  HostAlias,
  PodDNSConfig,
  PodFailurePolicy,
  PodOS,
  PodReadinessGate,
  PodResourceClaim,
  PodSchedulingGate,
  PodSecurityContext,
  SuccessPolicy,
  Toleration,
  TopologySpreadConstraint,
  VolumeSource,
} from "../k8s/types.js";
import type { Container } from "./container.js";
import type { SecretSpec } from "./secret.js";

/** Fields shared by Job and ScheduledJob templates. */
export interface JobFields {
  /**
   * DNS-1123 subdomain; at most 63 characters for a Job, 52 for a ScheduledJob.
   * @examples ["db-migrate", "nightly-report"]
   */
  name: string;
  /** The namespace; `-n` on the command line gives a default, never an override. */
  namespace?: string;
  /** Labels on every generated object and on the pods. */
  labels?: Record<string, string>;
  /** Annotations on every generated object (not on pods). */
  annotations?: Record<string, string>;
  /** Labels on the pod template only (added to / override `labels`). */
  podLabels?: Record<string, string>;
  /** Annotations on the pod template only. */
  podAnnotations?: Record<string, string>;
  /**
   * Containers by name, in order.
   * @minProperties 1
   */
  containers: Record<string, Container>;
  /** Init containers by name, in order. */
  initContainers?: Record<string, Container>;
  /**
   * `Never` (the default) or `OnFailure`. A Job's pods cannot use `Always`.
   * @default "Never"
   */
  restartPolicy?: "Never" | "OnFailure";
  /**
   * Retries before the Job is marked failed.
   * @asType integer
   * @minimum 0
   * @default 6
   */
  backoffLimit?: number;
  /**
   * Delete the finished Job after this many seconds (ttlSecondsAfterFinished).
   * @asType integer
   * @minimum 0
   */
  cleanupAfterSeconds?: number;
  /**
   * Seconds the Job may run before it is terminated and marked failed.
   * @asType integer
   * @minimum 0
   */
  activeDeadlineSeconds?: number;
  /**
   * Successful pods needed for the Job to complete.
   * @asType integer
   * @minimum 0
   */
  completions?: number;
  /**
   * Pods running at the same time.
   * @asType integer
   * @minimum 0
   * @default 1
   */
  parallelism?: number;
  /**
   * `Indexed` gives each pod a completion index (JOB_COMPLETION_INDEX).
   * @default "NonIndexed"
   */
  completionMode?: "NonIndexed" | "Indexed";
  /**
   * Retries per index of an Indexed Job.
   * @asType integer
   * @minimum 0
   */
  backoffLimitPerIndex?: number;
  /**
   * Failed indexes after which an Indexed Job fails (needs backoffLimitPerIndex).
   * @asType integer
   * @minimum 0
   */
  maxFailedIndexes?: number;
  /** When replacement pods are created: once the old pod is `Failed`, or already while it is terminating. */
  podReplacementPolicy?: "TerminatingOrFailed" | "Failed";
  /** When an Indexed Job counts as succeeded before all indexes finish. */
  successPolicy?: SuccessPolicy;
  /** How pod failures count towards backoffLimit (needs restartPolicy: Never). */
  podFailurePolicy?: PodFailurePolicy;
  /** The controller that manages the Job (`kubernetes.io/job-controller` when unset). */
  managedBy?: string;
  /** The pods' service account (serviceAccountName). */
  serviceAccount?: string;
  /** Names of image pull secrets. */
  imagePullSecrets?: string[];
  /** Run only on nodes with these labels. */
  nodeSelector?: Record<string, string>;
  /** Node taints the pods tolerate. */
  tolerations?: Toleration[];
  /** Node and pod affinity rules. */
  affinity?: Affinity;
  /** The pods' PriorityClass. */
  priorityClassName?: string;
  /** Pod-level security settings. */
  securityContext?: PodSecurityContext;
  /** Extra /etc/hosts entries. */
  hostAliases?: HostAlias[];
  /**
   * How the pods resolve DNS names.
   * @default "ClusterFirst"
   */
  dnsPolicy?: "ClusterFirst" | "ClusterFirstWithHostNet" | "Default" | "None";
  /** DNS settings added to (or, with dnsPolicy None, replacing) the generated ones. */
  dnsConfig?: PodDNSConfig;
  /**
   * Seconds between SIGTERM and SIGKILL when a pod is stopped.
   * @asType integer
   * @default 30
   */
  terminationGracePeriodSeconds?: number;
  /** The RuntimeClass the pods run with (e.g. gVisor, Kata). */
  runtimeClassName?: string;
  /** The scheduler that places the pods (default: the cluster's default scheduler). */
  schedulerName?: string;
  /** How the pods spread across zones, nodes, ... */
  topologySpreadConstraints?: TopologySpreadConstraint[];
  /** Mount the service account's API token into the pods. */
  automountServiceAccountToken?: boolean;
  /** Inject Services as environment variables (Kubernetes defaults to true). */
  enableServiceLinks?: boolean;
  /** One process namespace for all containers of a pod. */
  shareProcessNamespace?: boolean;
  /** Use the node's network namespace. */
  hostNetwork?: boolean;
  /** Use the node's process namespace. */
  hostPID?: boolean;
  /** Use the node's IPC namespace. */
  hostIPC?: boolean;
  /** Use the node's user namespace (false runs the pods in their own). */
  hostUsers?: boolean;
  /** The pods' hostname (default: the pod name). */
  hostname?: string;
  /** The pods' subdomain: hostname.subdomain.namespace.svc. */
  subdomain?: string;
  /** Whether the pods may preempt lower-priority pods. */
  preemptionPolicy?: "PreemptLowerPriority" | "Never";
  /** Gates that hold the pods back from scheduling until removed. */
  schedulingGates?: PodSchedulingGate[];
  /** Extra conditions for pod readiness. */
  readinessGates?: PodReadinessGate[];
  /** The pods' operating system (`{ name: linux }` or `{ name: windows }`). */
  os?: PodOS;
  /** Dynamic resource allocation claims of the pods. */
  resourceClaims?: PodResourceClaim[];
  /** Pod volumes by name: name → a Kubernetes volume source (`{ persistentVolumeClaim: {...} }`, ...). */
  volumes?: Record<string, VolumeSource>;
  /** Secrets to generate, by name. */
  secrets?: Record<string, SecretSpec>;
}

/**
 * A one-off batch Job.
 * @title Job template
 */
export interface JobTemplate extends JobFields {
  /** `Job`: runs once. (`ScheduledJob` runs on a schedule.) */
  kind: "Job";
  /** Create the Job suspended. */
  suspend?: boolean;
}

/**
 * A CronJob: a Job run on a schedule.
 * @title ScheduledJob template
 */
export interface ScheduledJobTemplate extends JobFields {
  /** `ScheduledJob`: a CronJob that starts a Job on a schedule. */
  kind: "ScheduledJob";
  /**
   * Five-field cron schedule as Kubernetes reads it (`0 3 * * *`), or a descriptor (`@daily`, `@every 1h`).
   * @examples ["0 3 * * *", "30 2 * * 1-5", "@daily"]
   */
  schedule: string;
  /**
   * IANA time zone (`Europe/Berlin`); without it the controller uses its own zone, usually UTC.
   * @examples ["Europe/Berlin", "America/New_York", "UTC"]
   */
  timeZone?: string;
  /**
   * What to do when a run is due while the previous one is still running.
   * @default "Allow"
   */
  concurrencyPolicy?: "Allow" | "Forbid" | "Replace";
  /**
   * Seconds after its scheduled time a missed run may still start.
   * @asType integer
   * @minimum 0
   */
  startingDeadlineSeconds?: number;
  /**
   * Finished successful Jobs to keep.
   * @asType integer
   * @minimum 0
   * @default 3
   */
  successfulJobsHistoryLimit?: number;
  /**
   * Finished failed Jobs to keep.
   * @asType integer
   * @minimum 0
   * @default 1
   */
  failedJobsHistoryLimit?: number;
  /** Suspend the CronJob: no new Jobs are started. */
  suspend?: boolean;
}

/**
 * A kubejobs template: `kind: Job` or `kind: ScheduledJob`.
 * @discriminator kind
 */
export type Template = JobTemplate | ScheduledJobTemplate;

/** What a template file's default-export function receives. */
export interface TemplateContext {
  kubeVersion: string;
  env: Record<string, string | undefined>;
}

export type TemplateModule = Template | Template[] | ((ctx: TemplateContext) => Template | Template[] | Promise<Template | Template[]>);
