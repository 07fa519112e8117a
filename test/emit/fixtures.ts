/**
 * Manifests shaped like the compiler's output, for pinning the emitter's style and for the ad hoc
 * speed measurement (`measure-yaml-speed.ts`).
 */

/** A typical CronJob: about 60 lines of YAML. */
export function typicalCronJob(name = "nightly-report"): Record<string, unknown> {
  const labels = { "app.kubernetes.io/managed-by": "kubejobs", "app.kubernetes.io/name": name, team: "data" };
  return {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: { name, namespace: "reports", labels, annotations: { "acme.io/owner": "data-platform@acme.io" } },
    spec: {
      schedule: "0 3 * * *",
      timeZone: "Europe/Berlin",
      concurrencyPolicy: "Forbid",
      successfulJobsHistoryLimit: 3,
      jobTemplate: {
        metadata: { labels },
        spec: {
          backoffLimit: 2,
          ttlSecondsAfterFinished: 86400,
          template: {
            metadata: { labels },
            spec: {
              restartPolicy: "Never",
              serviceAccountName: "report",
              containers: [
                {
                  name: "report",
                  image: "ghcr.io/acme/report:1.4.2",
                  command: ["python", "-m", "report"],
                  args: ["--since", "24h", "--format=csv"],
                  env: [
                    { name: "LOG_LEVEL", value: "info" },
                    { name: "DRY_RUN", value: "false" },
                    { name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: "report-db", key: "password" } } },
                    { name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
                  ],
                  resources: { requests: { cpu: "250m", memory: "512Mi" }, limits: { cpu: "1", memory: "1Gi" } },
                  volumeMounts: [{ name: "files", mountPath: "/etc/report/config.yaml", subPath: "config.yaml", readOnly: true }],
                },
              ],
              volumes: [{ name: "files", configMap: { name: `${name}-files` } }],
            },
          },
        },
      },
    },
  };
}

/** A ConfigMap carrying a file and a script: multi-line text as block literals. */
export function configMapWithFiles(): Record<string, unknown> {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "nightly-report-files", labels: { "app.kubernetes.io/name": "nightly-report" } },
    data: {
      "config.yaml": "output:\n  format: csv\n  # keep a week\n  retention: 7d\n",
      "run.sh": '#!/bin/sh\nset -eu\nexec python -m report "$@"',
      "indented.txt": "    four spaces first\nthen none\n\n\n",
      port: "8080",
      enabled: "yes",
    },
  };
}
