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

/** A Kubernetes quantity: `250m`, `1`, `1.5`, `512Mi`, `2Gi`. */
export type Quantity = string | number;

/** `secret://NAME/KEY` as an env value or file source. */
export type SecretKeyUrl = `secret://${string}`;
/** `configmap://NAME/KEY` as an env value or file source. */
export type ConfigMapKeyUrl = `configmap://${string}`;

/** An environment variable taken from one key of a Secret. */
export interface SecretKeyEnv {
  secret: string;
  key: string;
  optional?: boolean;
}

/** An environment variable taken from one key of a ConfigMap. */
export interface ConfigMapKeyEnv {
  configMap: string;
  key: string;
  optional?: boolean;
}

/** An environment variable set from a field of the pod (`metadata.name`, `status.podIP`, ...). */
export interface FieldEnv {
  field: string;
  apiVersion?: string;
}

/** An environment variable set from a container resource (`limits.memory`, `requests.cpu`, ...). */
export interface ResourceEnv {
  resource: string;
  divisor?: Quantity;
  /** The container whose resource is read; defaults to the container itself. */
  containerName?: string;
}

/**
 * An environment variable's value: a literal (string, number or boolean; written as a string),
 * `secret://NAME/KEY`, `configmap://NAME/KEY`, or one of the object forms.
 */
export type EnvValue = string | number | boolean | SecretKeyEnv | ConfigMapKeyEnv | FieldEnv | ResourceEnv;

/** Import every key of a Secret or ConfigMap as environment variables, optionally prefixed. */
export interface EnvFromSource {
  secret?: string;
  configMap?: string;
  prefix?: string;
  optional?: boolean;
}

/** `secret://NAME`, `configmap://NAME`, or the object form with a prefix. */
export type EnvFrom = string | EnvFromSource;

/** Requests and limits, as in Kubernetes. */
export interface FullResources {
  requests?: Record<string, Quantity>;
  limits?: Record<string, Quantity>;
}

/**
 * Resources: `{ cpu: "500m" }` sets requests = limits; `{ cpu: "250m-1" }` sets request 250m and
 * limit 1; or the full `{ requests, limits }` form.
 */
export type Resources = FullResources | Record<string, Quantity>;

/** A file with inline content, put in the template's generated `<name>-files` ConfigMap. */
export interface InlineFile {
  content: string;
  /** Octal file mode, e.g. `"0644"`. */
  mode?: string;
}

/** A file taken from one key of an existing Secret or ConfigMap. */
export interface ReferencedFile {
  /** `secret://NAME/KEY` or `configmap://NAME/KEY`. */
  contentFrom: string;
  /** Octal file mode, e.g. `"0600"`. */
  mode?: string;
}

export type FileSpec = InlineFile | ReferencedFile;

/** Probe timing and thresholds, as in Kubernetes. */
export interface ProbeTimings {
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
  terminationGracePeriodSeconds?: number;
}

export interface ExecAction {
  /** The command, run without a shell. */
  exec: string[];
}

export interface HttpAction {
  /** `http://localhost:8080/healthz` or `https://...`: scheme, port, path and (non-local) host. */
  http: string;
  headers?: Record<string, string>;
}

export interface TcpAction {
  /** `tcp://localhost:5432`. */
  tcp: string;
}

export type Probe = ProbeTimings & (ExecAction | HttpAction | TcpAction);

export interface SleepAction {
  /** Seconds to sleep. */
  sleep: number;
}

export type LifecycleHandler = ExecAction | HttpAction | SleepAction;

export interface Lifecycle {
  preStop?: LifecycleHandler;
  postStart?: LifecycleHandler;
}

/** A container, keyed by its name in `containers` / `initContainers`. */
export interface Container {
  /** The image reference, e.g. `ghcr.io/acme/report:1.4.2`. */
  image: string;
  command?: string[];
  args?: string[];
  workingDir?: string;
  imagePullPolicy?: "Always" | "IfNotPresent" | "Never";
  ports?: ContainerPort[];
  securityContext?: SecurityContext;
  stdin?: boolean;
  tty?: boolean;
  /** Environment variables, in order (a later one may use `$(EARLIER)`). */
  env?: Record<string, EnvValue>;
  envFrom?: EnvFrom[];
  resources?: Resources;
  /** Files mounted by subPath: path → inline content or a Secret/ConfigMap key. */
  files?: Record<string, FileSpec>;
  /**
   * Directories: mount path → `secret://NAME`, `configmap://NAME`, `pvc://CLAIM`, `emptydir://`,
   * `emptydir://memory` or `volume://NAME` (a `volumes` entry); append `:ro` for read-only.
   */
  dirs?: Record<string, string>;
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  /** Shorthand for `livenessProbe: { exec: [...] }`. */
  livenessCommand?: string[];
  lifecycle?: Lifecycle;
  /** Only for init containers: `Always` makes it a native sidecar. */
  restartPolicy?: "Always";
  terminationMessagePolicy?: "File" | "FallbackToLogsOnError";
}

/** A value of a Secret's data: a literal, or read at render time from the environment or a file. */
export type SecretValue = string | { fromEnv: string } | { fromFile: string };

export interface SecretSpec {
  /**
   * `opaque` (Opaque), `basic` (kubernetes.io/basic-auth: username, password), `token` (Opaque: token),
   * `certificate` (kubernetes.io/tls: tls.crt, tls.key), `dockerconfigjson` (.dockerconfigjson).
   */
  type: "opaque" | "basic" | "token" | "certificate" | "dockerconfigjson";
  data: Record<string, SecretValue>;
  immutable?: boolean;
}

/** Fields shared by Job and ScheduledJob templates. */
export interface JobFields {
  /** DNS-1123 subdomain; at most 63 characters for a Job, 52 for a ScheduledJob. */
  name: string;
  namespace?: string;
  /** Labels on every generated object and on the pods. */
  labels?: Record<string, string>;
  /** Annotations on every generated object (not on pods). */
  annotations?: Record<string, string>;
  /** Labels on the pod template only (added to / override `labels`). */
  podLabels?: Record<string, string>;
  /** Annotations on the pod template only. */
  podAnnotations?: Record<string, string>;
  /** Containers by name, in order. */
  containers: Record<string, Container>;
  /** Init containers by name, in order. */
  initContainers?: Record<string, Container>;
  /** `Never` (the default) or `OnFailure`. A Job's pods cannot use `Always`. */
  restartPolicy?: "Never" | "OnFailure";
  backoffLimit?: number;
  /** Delete the finished Job after this many seconds (ttlSecondsAfterFinished). */
  cleanupAfterSeconds?: number;
  activeDeadlineSeconds?: number;
  completions?: number;
  parallelism?: number;
  completionMode?: "NonIndexed" | "Indexed";
  backoffLimitPerIndex?: number;
  maxFailedIndexes?: number;
  podReplacementPolicy?: "TerminatingOrFailed" | "Failed";
  successPolicy?: SuccessPolicy;
  podFailurePolicy?: PodFailurePolicy;
  managedBy?: string;
  /** The pods' service account (serviceAccountName). */
  serviceAccount?: string;
  /** Names of image pull secrets. */
  imagePullSecrets?: string[];
  nodeSelector?: Record<string, string>;
  tolerations?: Toleration[];
  affinity?: Affinity;
  priorityClassName?: string;
  securityContext?: PodSecurityContext;
  hostAliases?: HostAlias[];
  dnsPolicy?: "ClusterFirst" | "ClusterFirstWithHostNet" | "Default" | "None";
  dnsConfig?: PodDNSConfig;
  terminationGracePeriodSeconds?: number;
  runtimeClassName?: string;
  schedulerName?: string;
  topologySpreadConstraints?: TopologySpreadConstraint[];
  automountServiceAccountToken?: boolean;
  enableServiceLinks?: boolean;
  shareProcessNamespace?: boolean;
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostIPC?: boolean;
  hostUsers?: boolean;
  hostname?: string;
  subdomain?: string;
  preemptionPolicy?: "PreemptLowerPriority" | "Never";
  schedulingGates?: PodSchedulingGate[];
  readinessGates?: PodReadinessGate[];
  os?: PodOS;
  resourceClaims?: PodResourceClaim[];
  /** Pod volumes by name: name → a Kubernetes volume source (`{ persistentVolumeClaim: {...} }`, ...). */
  volumes?: Record<string, VolumeSource>;
  /** Secrets to generate, by name. */
  secrets?: Record<string, SecretSpec>;
}

/** A one-off batch Job. */
export interface JobTemplate extends JobFields {
  kind: "Job";
  /** Create the Job suspended. */
  suspend?: boolean;
}

/** A CronJob: a Job run on a schedule. */
export interface ScheduledJobTemplate extends JobFields {
  kind: "ScheduledJob";
  /** Five-field cron schedule as Kubernetes reads it (`0 3 * * *`), or a descriptor (`@daily`, `@every 1h`). */
  schedule: string;
  /** IANA time zone (`Europe/Berlin`); without it the controller uses its own zone, usually UTC. */
  timeZone?: string;
  concurrencyPolicy?: "Allow" | "Forbid" | "Replace";
  startingDeadlineSeconds?: number;
  successfulJobsHistoryLimit?: number;
  failedJobsHistoryLimit?: number;
  /** Suspend the CronJob: no new Jobs are started. */
  suspend?: boolean;
}

export type Template = JobTemplate | ScheduledJobTemplate;

/** What a template file's default-export function receives. */
export interface TemplateContext {
  kubeVersion: string;
  env: Record<string, string | undefined>;
}

export type TemplateModule =
  | Template
  | Template[]
  | ((ctx: TemplateContext) => Template | Template[] | Promise<Template | Template[]>);
