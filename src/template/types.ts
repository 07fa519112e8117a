// The template format: one shape for the library API, TS files and YAML files.
// JSDoc here becomes the descriptions of the generated JSON Schema (`kubejobs schema`).
import type {
  Affinity,
  ContainerPort,
  HostAlias,
  PodDNSConfig,
  PodFailurePolicy,
  PodOS,
  PodReadinessGate,
  PodResourceClaim,
  PodSchedulingGate,
  PodSecurityContext,
  SecurityContext,
  SuccessPolicy,
  Toleration,
  TopologySpreadConstraint,
  VolumeSource,
} from "../k8s/types.js";

/**
 * A Kubernetes quantity: `250m`, `1`, `1.5`, `512Mi`, `2Gi`.
 * @title quantity
 */
export type Quantity = string | number;

/** `secret://NAME/KEY` as an env value or file source. */
export type SecretKeyUrl = `secret://${string}`;
/** `configmap://NAME/KEY` as an env value or file source. */
export type ConfigMapKeyUrl = `configmap://${string}`;

/** An environment variable taken from one key of a Secret. */
export interface SecretKeyEnv {
  /** The Secret's name. */
  secret: string;
  /** The key in the Secret. */
  key: string;
  /**
   * Start the container even if the Secret or key is missing.
   * @default false
   */
  optional?: boolean;
}

/** An environment variable taken from one key of a ConfigMap. */
export interface ConfigMapKeyEnv {
  /** The ConfigMap's name. */
  configMap: string;
  /** The key in the ConfigMap. */
  key: string;
  /**
   * Start the container even if the ConfigMap or key is missing.
   * @default false
   */
  optional?: boolean;
}

/** An environment variable set from a field of the pod (`metadata.name`, `status.podIP`, ...). */
export interface FieldEnv {
  /**
   * The pod field's path.
   * @examples ["metadata.name", "metadata.namespace", "status.podIP", "spec.nodeName"]
   */
  field: string;
  /**
   * The API version the field path is written in.
   * @default "v1"
   */
  apiVersion?: string;
}

/** An environment variable set from a container resource (`limits.memory`, `requests.cpu`, ...). */
export interface ResourceEnv {
  /**
   * The resource to read.
   * @examples ["limits.memory", "limits.cpu", "requests.memory", "requests.cpu"]
   */
  resource: string;
  /** The unit the value is expressed in (`1Mi`, `1m`); defaults to 1. */
  divisor?: Quantity;
  /** The container whose resource is read; defaults to the container itself. */
  containerName?: string;
}

/**
 * An environment variable's value: a literal (string, number or boolean; written as a string),
 * `secret://NAME/KEY`, `configmap://NAME/KEY`, or one of the object forms.
 * @title env value
 * @pattern ^(?!(secret|configmap)://)|^(secret|configmap)://[^/\s]+/[^/\s]+$
 * @patternErrorMessage A value starting with secret:// or configmap:// must be secret://NAME/KEY or configmap://NAME/KEY.
 */
export type EnvValue = string | number | boolean | SecretKeyEnv | ConfigMapKeyEnv | FieldEnv | ResourceEnv;

/** Import every key of a Secret or ConfigMap as environment variables, optionally prefixed. */
export interface EnvFromSource {
  /** The Secret to import (give `secret` or `configMap`). */
  secret?: string;
  /** The ConfigMap to import (give `secret` or `configMap`). */
  configMap?: string;
  /** Prepended to every variable name. */
  prefix?: string;
  /**
   * Start the container even if the Secret or ConfigMap is missing.
   * @default false
   */
  optional?: boolean;
}

/**
 * `secret://NAME`, `configmap://NAME`, or the object form with a prefix.
 * @title envFrom source
 * @pattern ^(secret|configmap)://[^/\s]+$
 * @patternErrorMessage Use secret://NAME or configmap://NAME (no key), or { secret | configMap, prefix? }.
 */
export type EnvFrom = string | EnvFromSource;

/** Requests and limits, as in Kubernetes. */
export interface FullResources {
  /** What the scheduler reserves: resource name → quantity. */
  requests?: Record<string, Quantity>;
  /** The most the container may use: resource name → quantity. */
  limits?: Record<string, Quantity>;
}

/**
 * Resources: `{ cpu: "500m" }` sets requests = limits; `{ cpu: "250m-1" }` sets request 250m and
 * limit 1; or the full `{ requests, limits }` form.
 * @title resources
 */
export type Resources = FullResources | Record<string, Quantity>;

/** A file with inline content, put in the template's generated `<name>-files` ConfigMap. */
export interface InlineFile {
  /** The file's text. */
  content: string;
  /**
   * Octal file mode, e.g. `"0644"`.
   * @pattern ^[0-7]{1,4}$
   * @patternErrorMessage An octal file mode as a string, e.g. "0644".
   */
  mode?: string;
}

/** A file taken from one key of an existing Secret or ConfigMap. */
export interface ReferencedFile {
  /**
   * `secret://NAME/KEY` or `configmap://NAME/KEY`.
   * @pattern ^(secret|configmap)://[^/\s]+/[^/\s]+$
   * @patternErrorMessage Use secret://NAME/KEY or configmap://NAME/KEY.
   */
  contentFrom: string;
  /**
   * Octal file mode, e.g. `"0600"`.
   * @pattern ^[0-7]{1,4}$
   * @patternErrorMessage An octal file mode as a string, e.g. "0600".
   */
  mode?: string;
}

/**
 * A mounted file: `{ content, mode? }` or `{ contentFrom, mode? }`.
 * @title file
 */
export type FileSpec = InlineFile | ReferencedFile;

/** Probe timing and thresholds, as in Kubernetes. */
export interface ProbeTimings {
  /**
   * Seconds after the container starts before the first probe.
   * @asType integer
   * @minimum 0
   * @default 0
   */
  initialDelaySeconds?: number;
  /**
   * Seconds between probes.
   * @asType integer
   * @minimum 0
   * @default 10
   */
  periodSeconds?: number;
  /**
   * Seconds after which a probe times out.
   * @asType integer
   * @minimum 0
   * @default 1
   */
  timeoutSeconds?: number;
  /**
   * Consecutive successes needed after a failure.
   * @asType integer
   * @minimum 0
   * @default 1
   */
  successThreshold?: number;
  /**
   * Consecutive failures that count as failed.
   * @asType integer
   * @minimum 0
   * @default 3
   */
  failureThreshold?: number;
  /**
   * Grace period when a failed probe kills the container (overrides the pod's).
   * @asType integer
   * @minimum 1
   */
  terminationGracePeriodSeconds?: number;
}

export interface ExecAction {
  /** The command, run without a shell. */
  exec: string[];
}

export interface HttpAction {
  /**
   * `http://localhost:8080/healthz` or `https://...`: scheme, port, path and (non-local) host.
   * @pattern ^https?://[^/\s]+(/\S*)?$
   * @patternErrorMessage An http:// or https:// URL, e.g. http://localhost:8080/healthz.
   */
  http: string;
  /** Extra request headers: name → value. */
  headers?: Record<string, string>;
}

export interface TcpAction {
  /**
   * `tcp://localhost:5432`.
   * @pattern ^tcp://([^:/\s]*|\[[^\]\s]+\]):[0-9]{1,5}/?$
   * @patternErrorMessage A tcp://HOST:PORT URL, e.g. tcp://localhost:5432.
   */
  tcp: string;
}

/**
 * A probe: exactly one of `exec`, `http` or `tcp`, plus timings.
 * @title probe
 */
export type Probe = ProbeTimings & (ExecAction | HttpAction | TcpAction);

export interface SleepAction {
  /**
   * Seconds to sleep.
   * @asType integer
   * @minimum 0
   */
  sleep: number;
}

/**
 * A lifecycle hook: exactly one of `exec`, `http` or `sleep`.
 * @title lifecycle hook
 */
export type LifecycleHandler = ExecAction | HttpAction | SleepAction;

/** Hooks run around the container's life. */
export interface Lifecycle {
  /** Runs before the container is stopped. */
  preStop?: LifecycleHandler;
  /** Runs right after the container is created. */
  postStart?: LifecycleHandler;
}

/**
 * A container, keyed by its name in `containers` / `initContainers`.
 * @title container
 */
export interface Container {
  /**
   * The image reference, e.g. `ghcr.io/acme/report:1.4.2`.
   * @examples ["ghcr.io/acme/report:1.4.2", "busybox:1.36"]
   */
  image: string;
  /** The entrypoint (replaces the image's ENTRYPOINT), run without a shell. */
  command?: string[];
  /** Arguments (replace the image's CMD). `$(VAR)` expands environment variables. */
  args?: string[];
  /** The working directory (default: the image's). */
  workingDir?: string;
  /** When to pull the image; Kubernetes defaults to `Always` for `:latest` or no tag, else `IfNotPresent`. */
  imagePullPolicy?: "Always" | "IfNotPresent" | "Never";
  /** Ports the container exposes (informational for a Job). */
  ports?: ContainerPort[];
  /** The container's security settings. */
  securityContext?: SecurityContext;
  /** Keep stdin open. */
  stdin?: boolean;
  /** Allocate a TTY. */
  tty?: boolean;
  /** Environment variables, in order (a later one may use `$(EARLIER)`). */
  env?: Record<string, EnvValue>;
  /** Import all keys of Secrets / ConfigMaps as variables: `secret://NAME`, `configmap://NAME` or `{ secret | configMap, prefix? }`. */
  envFrom?: EnvFrom[];
  /** `{ cpu: "500m", memory: "1Gi" }` (requests = limits), `{ cpu: "250m-1" }` (request-limit) or `{ requests, limits }`. */
  resources?: Resources;
  /** Files mounted by subPath: path → inline content or a Secret/ConfigMap key. */
  files?: Record<string, FileSpec>;
  /**
   * Directories: mount path → `secret://NAME`, `configmap://NAME`, `pvc://CLAIM`, `emptydir://`,
   * `emptydir://memory` or `volume://NAME` (a `volumes` entry); append `:ro` for read-only.
   */
  dirs?: Record<string, string>;
  /** Restarts the container when it fails: `{ exec: [...] }`, `{ http: "http://localhost:8080/healthz" }` or `{ tcp: "tcp://localhost:5432" }`. */
  livenessProbe?: Probe;
  /** Marks the container ready; same forms as `livenessProbe`. */
  readinessProbe?: Probe;
  /** Holds the other probes until it succeeds; same forms as `livenessProbe`. */
  startupProbe?: Probe;
  /** Shorthand for `livenessProbe: { exec: [...] }`. */
  livenessCommand?: string[];
  /** `preStop` / `postStart` hooks, each `{ exec }`, `{ http }` or `{ sleep }`. */
  lifecycle?: Lifecycle;
  /** Only for init containers: `Always` makes it a native sidecar. */
  restartPolicy?: "Always";
  /**
   * Where the termination message comes from.
   * @default "File"
   */
  terminationMessagePolicy?: "File" | "FallbackToLogsOnError";
}

/**
 * A value of a Secret's data: a literal, or read at render time from the environment or a file.
 * @title secret value
 */
export type SecretValue =
  | string
  | {
      /** Read from this environment variable at render time. */
      fromEnv: string;
    }
  | {
      /** Read from this file (relative to the template) at render time. */
      fromFile: string;
    };

/**
 * A Secret to generate (written with `stringData`).
 * @title secret
 */
export interface SecretSpec {
  /**
   * `opaque` (Opaque), `basic` (kubernetes.io/basic-auth: username, password), `token` (Opaque: token),
   * `certificate` (kubernetes.io/tls: tls.crt, tls.key), `dockerconfigjson` (.dockerconfigjson).
   */
  type: "opaque" | "basic" | "token" | "certificate" | "dockerconfigjson";
  /** Key → a literal, `{ fromEnv: "VAR" }` or `{ fromFile: "./path" }`. */
  data: Record<string, SecretValue>;
  /**
   * Forbid changes to the Secret's data once created.
   * @default false
   */
  immutable?: boolean;
}

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
