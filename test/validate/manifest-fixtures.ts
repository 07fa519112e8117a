// Manifests valid on every bundled Kubernetes version (1.29+), minimal and with many fields set.
export const minimalJob = {
  apiVersion: "batch/v1",
  kind: "Job",
  metadata: { name: "db-migrate" },
  spec: { template: { spec: { restartPolicy: "Never", containers: [{ name: "migrate", image: "ghcr.io/acme/migrate:2.0.0" }] } } },
};

const podSpec = {
  restartPolicy: "OnFailure",
  serviceAccountName: "reports",
  imagePullSecrets: [{ name: "regcred" }],
  nodeSelector: { "kubernetes.io/os": "linux" },
  tolerations: [{ key: "batch", operator: "Equal", value: "true", effect: "NoSchedule" }, { operator: "Exists" }],
  affinity: {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchExpressions: [{ key: "zone", operator: "In", values: ["a", "b"] }] }],
      },
    },
  },
  securityContext: { runAsNonRoot: true, runAsUser: 1000, fsGroup: 2000, seccompProfile: { type: "RuntimeDefault" } },
  hostAliases: [{ ip: "10.0.0.1", hostnames: ["db.local"] }],
  dnsPolicy: "ClusterFirst",
  priorityClassName: "batch-low",
  activeDeadlineSeconds: 600,
  terminationGracePeriodSeconds: 30,
  initContainers: [{ name: "wait", image: "busybox:1.36", command: ["sh", "-c", "sleep 1"] }],
  containers: [
    {
      name: "report",
      image: "ghcr.io/acme/report:1.4.2",
      imagePullPolicy: "IfNotPresent",
      command: ["python", "-m", "report"],
      args: ["--verbose"],
      workingDir: "/app",
      ports: [{ name: "metrics", containerPort: 9090, protocol: "TCP" }],
      env: [
        { name: "LOG_LEVEL", value: "info" },
        { name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: "report-db", key: "password" } } },
        { name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
        { name: "MEM", valueFrom: { resourceFieldRef: { resource: "limits.memory", divisor: "1Mi" } } },
      ],
      envFrom: [{ configMapRef: { name: "report-config" }, prefix: "CFG_" }],
      resources: { requests: { cpu: "250m", memory: "512Mi" }, limits: { cpu: 1, memory: "1Gi" } },
      volumeMounts: [{ name: "files", mountPath: "/etc/report/config.yaml", subPath: "config.yaml", readOnly: true }],
      livenessProbe: { httpGet: { path: "/healthz", port: 8080, scheme: "HTTP" }, periodSeconds: 10 },
      readinessProbe: { tcpSocket: { port: "metrics" } },
      startupProbe: { exec: { command: ["true"] }, failureThreshold: 30 },
      lifecycle: { preStop: { exec: { command: ["sh", "-c", "sleep 5"] } } },
      securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
      stdin: false,
      tty: false,
    },
  ],
  volumes: [
    { name: "files", configMap: { name: "report-files", defaultMode: 0o644, items: [{ key: "config.yaml", path: "config.yaml" }] } },
    { name: "scratch", emptyDir: { medium: "Memory", sizeLimit: "1Gi" } },
    { name: "data", persistentVolumeClaim: { claimName: "data" } },
    { name: "creds", secret: { secretName: "creds", optional: true } },
  ],
};

const jobSpec = {
  backoffLimit: 2,
  ttlSecondsAfterFinished: 86400,
  activeDeadlineSeconds: 3600,
  completions: 4,
  parallelism: 2,
  completionMode: "Indexed",
  suspend: false,
  template: {
    metadata: { labels: { "app.kubernetes.io/name": "nightly-report" }, annotations: { note: "x" } },
    spec: podSpec,
  },
};

const metadata = {
  name: "nightly-report",
  namespace: "reports",
  labels: { "app.kubernetes.io/name": "nightly-report", "app.kubernetes.io/managed-by": "kubejobs" },
  annotations: { "example.com/owner": "data-team" },
};

export const fullJob = { apiVersion: "batch/v1", kind: "Job", metadata, spec: jobSpec };

export const minimalCronJob = {
  apiVersion: "batch/v1",
  kind: "CronJob",
  metadata: { name: "nightly" },
  spec: { schedule: "0 3 * * *", jobTemplate: { spec: minimalJob.spec } },
};

export const fullCronJob = {
  apiVersion: "batch/v1",
  kind: "CronJob",
  metadata,
  spec: {
    schedule: "0 3 * * *",
    timeZone: "Europe/Berlin",
    concurrencyPolicy: "Forbid",
    startingDeadlineSeconds: 300,
    successfulJobsHistoryLimit: 3,
    failedJobsHistoryLimit: 1,
    suspend: false,
    jobTemplate: { metadata: { labels: metadata.labels }, spec: jobSpec },
  },
};

export const minimalSecret = { apiVersion: "v1", kind: "Secret", metadata: { name: "db" } };
export const fullSecret = {
  apiVersion: "v1",
  kind: "Secret",
  metadata,
  type: "kubernetes.io/basic-auth",
  immutable: true,
  data: { username: "YWRtaW4=", blob: "AAEC\nAwQ=" },
  stringData: { password: "hunter2" },
};

export const minimalConfigMap = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cfg" } };
export const fullConfigMap = {
  apiVersion: "v1",
  kind: "ConfigMap",
  metadata: { ...metadata, creationTimestamp: null },
  immutable: false,
  data: { "config.yaml": "a: 1\n" },
  binaryData: { "logo.png": "iVBORw0KGgo=" },
};
