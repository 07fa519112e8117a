import type { Container, JobTemplate, ScheduledJobTemplate, Template } from "../template/types.js";

/** Every field of `T`, each `undefined`: the one shape the compiler reads `T` through. */
export type Blank<T> = { readonly [K in keyof Required<T>]: undefined };

/**
 * Copies a record's fields into an object of one fixed shape that has every field `T` may have.
 *
 * Templates arrive in as many object shapes as there are combinations of optional fields, and
 * the compiler asks each for ~60 (template) and ~25 (container) optional fields by name, most of
 * them absent. With that many shapes V8's property caches go megamorphic, and each lookup of an
 * absent field became a slow full lookup: the pass-through loop over pod fields alone was most of
 * `compilePodSpec`. One pass over the keys the record has (fast: V8 reads `record[key]` inside
 * `for...in` through its enum cache) into a copy of the blank makes every later read
 * monomorphic: compile went from 52 to 33 µs per bench template; the copy itself costs about
 * 1.5 µs. Keys that `T` does not have are left out (the shape check refuses them anyway, and the
 * compiler never read them), so a key such as `__proto__` never reaches the copy.
 */
export class FixedShape<T extends object> {
  private readonly keys: ReadonlySet<string>;

  constructor(private readonly blank: Blank<T>) {
    this.keys = new Set(Object.keys(blank));
  }

  of(record: T): T {
    const out = { ...this.blank } as Record<string, unknown>;
    const from = record as Record<string, unknown>;
    for (const key in from) if (this.keys.has(key)) out[key] = from[key];
    return out as T;
  }
}

export const CONTAINER_SHAPE = new FixedShape<Container>({
  image: undefined,
  command: undefined,
  args: undefined,
  workingDir: undefined,
  imagePullPolicy: undefined,
  ports: undefined,
  securityContext: undefined,
  stdin: undefined,
  tty: undefined,
  env: undefined,
  envFrom: undefined,
  resources: undefined,
  files: undefined,
  dirs: undefined,
  livenessProbe: undefined,
  readinessProbe: undefined,
  startupProbe: undefined,
  livenessCommand: undefined,
  lifecycle: undefined,
  restartPolicy: undefined,
  terminationMessagePolicy: undefined,
});

/** Both kinds' fields: a template is read through this one shape whichever its kind. */
type AnyTemplate = JobTemplate & Omit<ScheduledJobTemplate, "kind">;

const TEMPLATE_SHAPE = new FixedShape<AnyTemplate>({
  kind: undefined,
  name: undefined,
  namespace: undefined,
  labels: undefined,
  annotations: undefined,
  podLabels: undefined,
  podAnnotations: undefined,
  containers: undefined,
  initContainers: undefined,
  restartPolicy: undefined,
  backoffLimit: undefined,
  cleanupAfterSeconds: undefined,
  activeDeadlineSeconds: undefined,
  completions: undefined,
  parallelism: undefined,
  completionMode: undefined,
  backoffLimitPerIndex: undefined,
  maxFailedIndexes: undefined,
  podReplacementPolicy: undefined,
  successPolicy: undefined,
  podFailurePolicy: undefined,
  managedBy: undefined,
  serviceAccount: undefined,
  imagePullSecrets: undefined,
  nodeSelector: undefined,
  tolerations: undefined,
  affinity: undefined,
  priorityClassName: undefined,
  securityContext: undefined,
  hostAliases: undefined,
  dnsPolicy: undefined,
  dnsConfig: undefined,
  terminationGracePeriodSeconds: undefined,
  runtimeClassName: undefined,
  schedulerName: undefined,
  topologySpreadConstraints: undefined,
  automountServiceAccountToken: undefined,
  enableServiceLinks: undefined,
  shareProcessNamespace: undefined,
  hostNetwork: undefined,
  hostPID: undefined,
  hostIPC: undefined,
  hostUsers: undefined,
  hostname: undefined,
  subdomain: undefined,
  preemptionPolicy: undefined,
  schedulingGates: undefined,
  readinessGates: undefined,
  os: undefined,
  resourceClaims: undefined,
  volumes: undefined,
  secrets: undefined,
  suspend: undefined,
  schedule: undefined,
  timeZone: undefined,
  concurrencyPolicy: undefined,
  startingDeadlineSeconds: undefined,
  successfulJobsHistoryLimit: undefined,
  failedJobsHistoryLimit: undefined,
  gitops: undefined,
  nameSuffix: undefined,
});

export function templateWithFixedShape(template: Template): Template {
  return TEMPLATE_SHAPE.of(template as AnyTemplate) as Template;
}
