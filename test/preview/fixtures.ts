// Manifests for the preview tests: batch/v1 CronJobs and Jobs with only what timing reads.

export interface CronJobOptions {
  namespace?: string;
  timeZone?: string;
  concurrencyPolicy?: "Allow" | "Forbid" | "Replace";
  suspend?: boolean;
  startingDeadlineSeconds?: number;
  activeDeadlineSeconds?: number;
  cpu?: string;
  memory?: string;
  parallelism?: number;
  annotations?: Record<string, string>;
}

export function cronJob(name: string, schedule: string, o: CronJobOptions = {}): Record<string, unknown> {
  return {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: { name, namespace: o.namespace ?? "team", ...(o.annotations ? { annotations: o.annotations } : {}) },
    spec: {
      schedule,
      ...(o.timeZone === undefined ? {} : { timeZone: o.timeZone }),
      ...(o.concurrencyPolicy === undefined ? {} : { concurrencyPolicy: o.concurrencyPolicy }),
      ...(o.suspend === undefined ? {} : { suspend: o.suspend }),
      ...(o.startingDeadlineSeconds === undefined ? {} : { startingDeadlineSeconds: o.startingDeadlineSeconds }),
      jobTemplate: { spec: jobSpec(o) },
    },
  };
}

export function job(name: string, o: CronJobOptions = {}): Record<string, unknown> {
  return { apiVersion: "batch/v1", kind: "Job", metadata: { name, namespace: o.namespace ?? "team" }, spec: jobSpec(o) };
}

function jobSpec(o: CronJobOptions): Record<string, unknown> {
  const requests: Record<string, string> = {};
  if (o.cpu !== undefined) requests.cpu = o.cpu;
  if (o.memory !== undefined) requests.memory = o.memory;
  return {
    ...(o.activeDeadlineSeconds === undefined ? {} : { activeDeadlineSeconds: o.activeDeadlineSeconds }),
    ...(o.parallelism === undefined ? {} : { parallelism: o.parallelism }),
    template: {
      spec: {
        restartPolicy: "Never",
        containers: [{ name: "main", image: "busybox", ...(Object.keys(requests).length > 0 ? { resources: { requests } } : {}) }],
      },
    },
  };
}
