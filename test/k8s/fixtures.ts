// Small valid manifests for the rule tests; each test case mutates a fresh copy.
import type { K8sObject } from "../../src/k8s/types.js";

// Manifests are plain JSON here: tests reach into them freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type M = any;

const LABELS = { "app.kubernetes.io/name": "db-migrate", "app.kubernetes.io/managed-by": "kubejobs" };

function podSpec(): M {
  return {
    restartPolicy: "Never",
    containers: [
      {
        name: "migrate",
        image: "ghcr.io/acme/migrate:2.0.0",
        args: ["--to", "latest"],
        env: [
          { name: "LOG_LEVEL", value: "info" },
          { name: "DATABASE_URL", valueFrom: { secretKeyRef: { name: "db", key: "url" } } },
          { name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
        ],
        envFrom: [{ configMapRef: { name: "settings" } }],
        resources: { requests: { cpu: "250m", memory: "512Mi" }, limits: { cpu: "1", memory: "1Gi" } },
        ports: [{ name: "metrics", containerPort: 9090 }],
        volumeMounts: [
          { name: "config", mountPath: "/etc/migrate" },
          { name: "files", mountPath: "/etc/app/app.yaml", subPath: "app.yaml" },
        ],
        livenessProbe: { httpGet: { path: "/healthz", port: 9090 }, periodSeconds: 10 },
      },
    ],
    volumes: [
      { name: "config", configMap: { name: "migrate-config", defaultMode: 420 } },
      { name: "files", secret: { secretName: "migrate-files", items: [{ key: "app.yaml", path: "app.yaml", mode: 256 }] } },
    ],
  };
}

export function job(): M {
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: { name: "db-migrate", namespace: "prod", labels: { ...LABELS } },
    spec: { backoffLimit: 1, template: { metadata: { labels: { ...LABELS } }, spec: podSpec() } },
  };
}

export function cronJob(): M {
  return {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: { name: "nightly-report", namespace: "reports", labels: { ...LABELS } },
    spec: {
      schedule: "0 3 * * *",
      timeZone: "Europe/Berlin",
      concurrencyPolicy: "Forbid",
      jobTemplate: {
        metadata: { labels: { ...LABELS } },
        spec: { backoffLimit: 2, ttlSecondsAfterFinished: 86400, template: { metadata: { labels: { ...LABELS } }, spec: podSpec() } },
      },
    },
  };
}

export function secret(): M {
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: "report-db", namespace: "reports" },
    type: "Opaque",
    stringData: { password: "hunter2", "config.yaml": "a: 1\n" },
  };
}

export function configMap(): M {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "nightly-report-files", namespace: "reports" },
    data: { "app.yaml": "a: 1\n", ".env": "X=1\n" },
    binaryData: { "logo.png": "iVBORw0KGgo=" },
  };
}

/** The pod spec of a Job or CronJob fixture. */
export function pod(m: M): M {
  return m.kind === "CronJob" ? m.spec.jobTemplate.spec.template.spec : m.spec.template.spec;
}

/** The Job spec of a Job or CronJob fixture. */
export function jobSpec(m: M): M {
  return m.kind === "CronJob" ? m.spec.jobTemplate.spec : m.spec;
}

/** The first container of a Job or CronJob fixture. */
export function main(m: M): M {
  return pod(m).containers[0];
}

export function asObject(m: M): K8sObject {
  return m as K8sObject;
}
