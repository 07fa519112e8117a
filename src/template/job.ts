// The template itself: the fields Job and ScheduledJob share, each kind, and what a TS template
// file may export.
import type { PodFailurePolicy, SuccessPolicy } from "../k8s/types.js";
import type { Container } from "./container.js";
import type { PodFields } from "./pod.js";
import type { SecretSpec } from "./secret.js";

/** Fields shared by Job and ScheduledJob templates: the Job's own, then its pods' (reading order). */
export type JobFields = JobCoreFields & PodFields;

/** What a Job is: its name and labels, its containers, how it runs, retries and ends. */
export interface JobCoreFields {
  /**
   * DNS-1123 subdomain; at most 63 characters for a Job, 52 for a ScheduledJob (the CronJob
   * controller appends 11 to name each Job). Becomes `metadata.name` and the
   * `app.kubernetes.io/name` label.
   * @examples ["db-migrate", "nightly-report"]
   */
  name: string;
  /** The namespace; `-n` on the command line gives a default, never an override. Becomes `metadata.namespace`. */
  namespace?: string;
  /**
   * Labels on every generated object, the CronJob's Job template and the pods, next to
   * `app.kubernetes.io/name` and `app.kubernetes.io/managed-by: kubejobs` (your values win).
   */
  labels?: Record<string, string>;
  /** Annotations on every generated object and the CronJob's Job template (not on pods). */
  annotations?: Record<string, string>;
  /** Labels on the pod template only (added to / override `labels`). Becomes `spec.template.metadata.labels`. */
  podLabels?: Record<string, string>;
  /** Annotations on the pod template only. Becomes `spec.template.metadata.annotations`. */
  podAnnotations?: Record<string, string>;
  /**
   * Containers by name, in order. Becomes the pod spec's `containers[]`, each named by its key.
   * @minProperties 1
   */
  containers: Record<string, Container>;
  /**
   * Init containers by name, in order; `restartPolicy: Always` makes one a native sidecar.
   * Becomes the pod spec's `initContainers[]`.
   */
  initContainers?: Record<string, Container>;
  /**
   * What happens to a failed container. Becomes the pod spec's `restartPolicy` (kubejobs writes `Never` when unset).
   * @default "Never"
   * @enumDescriptions ["A failed pod is replaced by a new one; each counts towards backoffLimit (the default).", "The kubelet restarts the failed container in the same pod."]
   */
  restartPolicy?: "Never" | "OnFailure";
  /**
   * Retries before the Job is marked failed. Becomes the JobSpec's `backoffLimit`.
   * @asType integer
   * @minimum 0
   * @default 6
   */
  backoffLimit?: number;
  /**
   * Delete the finished Job (and its pods) after this many seconds. Becomes the JobSpec's `ttlSecondsAfterFinished`.
   * @asType integer
   * @minimum 0
   * @examples [86400]
   */
  cleanupAfterSeconds?: number;
  /**
   * Seconds the Job may run before it is terminated and marked failed. Becomes the JobSpec's `activeDeadlineSeconds`.
   * @asType integer
   * @minimum 0
   * @examples [3600]
   */
  activeDeadlineSeconds?: number;
  /**
   * Successful pods needed for the Job to complete. Becomes the JobSpec's `completions`.
   * @asType integer
   * @minimum 0
   * @examples [3]
   */
  completions?: number;
  /**
   * Pods running at the same time. Becomes the JobSpec's `parallelism`.
   * @asType integer
   * @minimum 0
   * @default 1
   */
  parallelism?: number;
  /**
   * `Indexed` gives each pod a completion index (JOB_COMPLETION_INDEX). Becomes the JobSpec's `completionMode`.
   * @default "NonIndexed"
   * @enumDescriptions ["The Job completes after `completions` successful pods, whichever they are.", "Each pod gets an index from 0 to completions-1; the Job completes when every index has succeeded. Needs `completions`."]
   */
  completionMode?: "NonIndexed" | "Indexed";
  /**
   * Retries per index of an Indexed Job. Becomes the JobSpec's `backoffLimitPerIndex`.
   * @asType integer
   * @minimum 0
   * @examples [1]
   */
  backoffLimitPerIndex?: number;
  /**
   * Failed indexes after which an Indexed Job fails (needs backoffLimitPerIndex). Becomes the JobSpec's `maxFailedIndexes`.
   * @asType integer
   * @minimum 0
   * @examples [1]
   */
  maxFailedIndexes?: number;
  /**
   * When replacement pods are created. Becomes the JobSpec's `podReplacementPolicy`.
   * @enumDescriptions ["As soon as the old pod is terminating (or failed).", "Only once the old pod has fully terminated (phase Failed)."]
   */
  podReplacementPolicy?: "TerminatingOrFailed" | "Failed";
  /** When an Indexed Job counts as succeeded before all indexes finish. Becomes the JobSpec's `successPolicy`. */
  successPolicy?: SuccessPolicy;
  /** How pod failures count towards backoffLimit (needs restartPolicy: Never). Becomes the JobSpec's `podFailurePolicy`. */
  podFailurePolicy?: PodFailurePolicy;
  /** The controller that manages the Job (`kubernetes.io/job-controller` when unset). Becomes the JobSpec's `managedBy`. */
  managedBy?: string;
  /** Secrets to generate, by name: each becomes a Secret object rendered before the Job. */
  secrets?: Record<string, SecretSpec>;
}

/**
 * A one-off batch Job.
 * @title Job template
 */
export interface JobTemplate extends JobFields {
  /** `Job`: runs once. (`ScheduledJob` runs on a schedule.) Becomes a `batch/v1` Job. */
  kind: "Job";
  /** Create the Job suspended. Becomes the Job's `spec.suspend`. */
  suspend?: boolean;
  /**
   * Annotations that keep a GitOps sync from fighting this Job (a changed Job fails with `field is
   * immutable`; one deleted by its TTL looks missing and is created again). Overrides the project
   * config's `gitops` and `--gitops`; `none` turns them off for this Job. Becomes `metadata.annotations`.
   * @enumDescriptions ["Argo CD: a Sync hook (`argocd.argoproj.io/hook: Sync`, `hook-delete-policy: BeforeHookCreation`): re-created and run on every sync.", "Argo CD: `argocd.argoproj.io/sync-options: Replace=true`: a changed Job is replaced instead of patched.", "Flux: `kustomize.toolkit.fluxcd.io/force: Enabled`: a changed Job is deleted and created again.", "No GitOps annotations, whatever the project config says."]
   */
  gitops?: "argocd-hook" | "argocd-replace" | "flux" | "none";
  /**
   * `hash`: the Job's name gets `-` and 8 hex digits of a SHA-256 of its rendered spec (and its
   * inline files), so a changed Job is a new object and an unchanged one keeps its name. The name
   * may then have at most 54 characters. Becomes `metadata.name`.
   * @enumDescriptions ["Append a content hash to the Job's name (and to its inline-files ConfigMap's)."]
   */
  nameSuffix?: "hash";
}

/** The GitOps tool a Job is annotated for (INTEGRATIONS.md §5). */
export type GitopsMode = Exclude<NonNullable<JobTemplate["gitops"]>, "none">;

/**
 * A CronJob: a Job run on a schedule.
 * @title ScheduledJob template
 */
export interface ScheduledJobTemplate extends JobFields {
  /** `ScheduledJob`: a CronJob that starts a Job on a schedule. Becomes a `batch/v1` CronJob. */
  kind: "ScheduledJob";
  /**
   * Five-field cron schedule as Kubernetes reads it (`0 3 * * *`), or a descriptor (`@daily`,
   * `@every 1h`). Becomes the CronJob's `spec.schedule`.
   * @examples ["0 3 * * *", "30 2 * * 1-5", "@daily"]
   */
  schedule: string;
  /**
   * IANA time zone (`Europe/Berlin`); without it the controller uses its own zone, usually UTC.
   * Becomes the CronJob's `spec.timeZone`.
   * @examples ["Europe/Berlin", "America/New_York", "UTC"]
   */
  timeZone?: string;
  /**
   * What to do when a run is due while the previous one is still running. Becomes the CronJob's `spec.concurrencyPolicy`.
   * @default "Allow"
   * @enumDescriptions ["Start the new Job anyway: runs may overlap.", "Skip the new run while the previous Job is still running.", "Stop the running Job and start the new one."]
   */
  concurrencyPolicy?: "Allow" | "Forbid" | "Replace";
  /**
   * Seconds after its scheduled time a missed run may still start. Becomes the CronJob's `spec.startingDeadlineSeconds`.
   * @asType integer
   * @minimum 0
   * @examples [300]
   */
  startingDeadlineSeconds?: number;
  /**
   * Finished successful Jobs to keep. Becomes the CronJob's `spec.successfulJobsHistoryLimit`.
   * @asType integer
   * @minimum 0
   * @default 3
   */
  successfulJobsHistoryLimit?: number;
  /**
   * Finished failed Jobs to keep. Becomes the CronJob's `spec.failedJobsHistoryLimit`.
   * @asType integer
   * @minimum 0
   * @default 1
   */
  failedJobsHistoryLimit?: number;
  /** Suspend the CronJob: no new Jobs are started. Becomes the CronJob's `spec.suspend`. */
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
