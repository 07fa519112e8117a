import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../src/compile/index.js";
import type { JobTemplate, Template } from "../../src/template/types.js";
import {
  compileOk,
  containerOf,
  cronTemplate,
  errorsOf,
  jobTemplate,
  mainObject,
  nonJsonValues,
  podSpecOf,
  stdLabels,
  walk,
  type Obj,
} from "./helpers.js";

describe("Job", () => {
  it("the PRODUCT §1.2 example compiles to this exact Job", () => {
    const result = compileOk({
      kind: "Job",
      name: "db-migrate",
      containers: { migrate: { image: "ghcr.io/acme/migrate:2.0.0", args: ["--to", "latest"], env: { DATABASE_URL: "secret://db/url" } } },
      backoffLimit: 1,
    });
    expect(result.manifests).toEqual([
      {
        apiVersion: "batch/v1",
        kind: "Job",
        metadata: { name: "db-migrate", labels: stdLabels("db-migrate") },
        spec: {
          backoffLimit: 1,
          template: {
            metadata: { labels: stdLabels("db-migrate") },
            spec: {
              restartPolicy: "Never",
              containers: [
                {
                  name: "migrate",
                  image: "ghcr.io/acme/migrate:2.0.0",
                  args: ["--to", "latest"],
                  env: [{ name: "DATABASE_URL", valueFrom: { secretKeyRef: { name: "db", key: "url" } } }],
                },
              ],
            },
          },
        },
      },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it("maps every Job field", () => {
    const podFailurePolicy = { rules: [{ action: "FailJob", onExitCodes: { operator: "In", values: [42] } }] };
    const successPolicy = { rules: [{ succeededIndexes: "0-2", succeededCount: 2 }] };
    const job = mainObject(
      compileOk(
        jobTemplate({
          backoffLimit: 3,
          cleanupAfterSeconds: 86400,
          activeDeadlineSeconds: 3600,
          completions: 5,
          parallelism: 2,
          completionMode: "Indexed",
          backoffLimitPerIndex: 1,
          maxFailedIndexes: 2,
          podReplacementPolicy: "Failed",
          successPolicy,
          podFailurePolicy,
          suspend: true,
          managedBy: "kueue.x-k8s.io/multikueue",
        }),
      ),
    );
    expect(job.spec).toEqual({
      parallelism: 2,
      completions: 5,
      completionMode: "Indexed",
      backoffLimit: 3,
      backoffLimitPerIndex: 1,
      maxFailedIndexes: 2,
      activeDeadlineSeconds: 3600,
      ttlSecondsAfterFinished: 86400,
      podReplacementPolicy: "Failed",
      podFailurePolicy,
      successPolicy,
      managedBy: "kueue.x-k8s.io/multikueue",
      suspend: true,
      template: {
        metadata: { labels: stdLabels("demo") },
        spec: { restartPolicy: "Never", containers: [{ name: "main", image: "busybox:1.36" }] },
      },
    });
    expect(job.spec).not.toHaveProperty("cleanupAfterSeconds");
  });

  it("copies zero values (cleanupAfterSeconds: 0 deletes at once; backoffLimit: 0 never retries)", () => {
    const job = mainObject(compileOk(jobTemplate({ cleanupAfterSeconds: 0, backoffLimit: 0, suspend: false })));
    expect(job.spec.ttlSecondsAfterFinished).toBe(0);
    expect(job.spec.backoffLimit).toBe(0);
    expect(job.spec.suspend).toBe(false);
  });

  it("maps the pod fields: serviceAccount → serviceAccountName, imagePullSecrets → [{ name }], volumes map → list", () => {
    const spec = podSpecOf(
      compileOk(
        jobTemplate({
          serviceAccount: "migrator",
          imagePullSecrets: ["ghcr-pull", "quay-pull"],
          volumes: { data: { persistentVolumeClaim: { claimName: "data-claim" } }, scratch: { emptyDir: { sizeLimit: "1Gi" } } },
        }),
      ),
    );
    expect(spec).toEqual({
      restartPolicy: "Never",
      serviceAccountName: "migrator",
      imagePullSecrets: [{ name: "ghcr-pull" }, { name: "quay-pull" }],
      containers: [{ name: "main", image: "busybox:1.36" }],
      volumes: [
        { name: "data", persistentVolumeClaim: { claimName: "data-claim" } },
        { name: "scratch", emptyDir: { sizeLimit: "1Gi" } },
      ],
    });
    expect(spec).not.toHaveProperty("serviceAccount");
  });

  it("omits imagePullSecrets when the list is empty", () => {
    expect(podSpecOf(compileOk(jobTemplate({ imagePullSecrets: [] })))).not.toHaveProperty("imagePullSecrets");
  });

  it("passes the pod fields through unchanged", () => {
    const pass = {
      nodeSelector: { "kubernetes.io/arch": "arm64", pool: "batch" },
      tolerations: [{ key: "batch", operator: "Exists", effect: "NoSchedule" }],
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchExpressions: [{ key: "a", operator: "In", values: ["b"] }] }],
          },
        },
      },
      priorityClassName: "batch-low",
      securityContext: { runAsNonRoot: true, runAsUser: 1000, fsGroup: 2000 },
      hostAliases: [{ ip: "10.0.0.1", hostnames: ["db.local"] }],
      dnsPolicy: "ClusterFirst" as const,
      dnsConfig: { nameservers: ["1.1.1.1"] },
      terminationGracePeriodSeconds: 30,
      runtimeClassName: "gvisor",
      schedulerName: "volcano",
      topologySpreadConstraints: [{ maxSkew: 1, topologyKey: "zone", whenUnsatisfiable: "ScheduleAnyway" }],
      automountServiceAccountToken: false,
      enableServiceLinks: false,
      shareProcessNamespace: true,
      hostNetwork: false,
      hostPID: false,
      hostIPC: false,
      hostUsers: false,
      hostname: "worker",
      subdomain: "jobs",
      preemptionPolicy: "Never" as const,
      schedulingGates: [{ name: "example.com/gate" }],
      readinessGates: [{ conditionType: "example.com/ready" }],
      os: { name: "linux" },
      resourceClaims: [{ name: "gpu", resourceClaimName: "gpu-claim" }],
    };
    const spec = podSpecOf(compileOk(jobTemplate(pass)));
    expect(spec).toEqual({ restartPolicy: "Never", ...pass, containers: [{ name: "main", image: "busybox:1.36" }] });
  });

  it("passes the container fields through", () => {
    const fields = {
      image: "ghcr.io/acme/app:1",
      command: ["python", "-m", "app"],
      args: ["--verbose"],
      workingDir: "/app",
      imagePullPolicy: "IfNotPresent" as const,
      ports: [{ name: "metrics", containerPort: 9090 }],
      securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false },
      stdin: true,
      tty: false,
      terminationMessagePolicy: "FallbackToLogsOnError" as const,
    };
    expect(containerOf(compileOk(jobTemplate({ containers: { app: fields } })), "app")).toEqual({ name: "app", ...fields });
  });

  it("writes name and image first in each container", () => {
    const c = containerOf(compileOk(jobTemplate({ containers: { main: { args: ["a"], imagePullPolicy: "Always", image: "x" } } })));
    expect(Object.keys(c).slice(0, 2)).toEqual(["name", "image"]);
  });

  it("keeps containers and init containers in map order, init containers before containers", () => {
    const result = compileOk(
      jobTemplate({
        initContainers: { "z-first": { image: "a" }, "a-second": { image: "b", restartPolicy: "Always" } },
        containers: { zeta: { image: "c" }, alpha: { image: "d" }, mid: { image: "e" } },
      }),
    );
    const spec = podSpecOf(result);
    expect(spec.initContainers).toEqual([
      { name: "z-first", image: "a" },
      { name: "a-second", image: "b", restartPolicy: "Always" },
    ]);
    expect(spec.containers.map((c: Obj) => c.name)).toEqual(["zeta", "alpha", "mid"]);
    const keys = Object.keys(spec);
    expect(keys.indexOf("initContainers")).toBeLessThan(keys.indexOf("containers"));
  });

  it("omits initContainers when the map is empty", () => {
    expect(podSpecOf(compileOk(jobTemplate({ initContainers: {} })))).not.toHaveProperty("initContainers");
  });
});

describe("restartPolicy", () => {
  it.each<[JobTemplate["restartPolicy"], string]>([
    [undefined, "Never"],
    ["Never", "Never"],
    ["OnFailure", "OnFailure"],
  ])("%j → %s", (policy, expected) => {
    const t = policy === undefined ? jobTemplate() : jobTemplate({ restartPolicy: policy });
    expect(podSpecOf(compileOk(t)).restartPolicy).toBe(expected);
    const c = policy === undefined ? cronTemplate() : cronTemplate({ restartPolicy: policy });
    expect(podSpecOf(compileOk(c)).restartPolicy).toBe(expected);
  });

  it.each([jobTemplate(), cronTemplate()])("Always → template/restart-policy-always with a hint, no manifests ($kind)", (base) => {
    const result = compileTemplate({ ...base, restartPolicy: "Always" } as unknown as Template);
    expect(errorsOf(result)).toEqual([{ code: "template/restart-policy-always", path: ["restartPolicy"] }]);
    expect(result.diagnostics[0]!.hint).toBeTruthy();
    expect(result.manifests.length).toBeGreaterThan(0); // the rest still compiles, for the other layers to check
  });
});

/** A template using nearly every feature, for whole-output checks. */
const kitchenSink: JobTemplate = {
  kind: "Job",
  name: "sink",
  namespace: "batch",
  labels: { team: "data" },
  annotations: { note: "x" },
  podLabels: { pod: "yes" },
  podAnnotations: { scrape: "true" },
  secrets: {
    creds: { type: "basic", data: { username: "u", password: { fromEnv: "PW" } }, immutable: true },
    tls: { type: "certificate", data: { "tls.crt": { fromFile: "./c" }, "tls.key": "k" } },
  },
  volumes: { shared: { emptyDir: {} } },
  initContainers: { init: { image: "busybox", dirs: { "/work": "emptydir://" }, files: { "/init.sh": { content: "echo" } } } },
  containers: {
    main: {
      image: "app:1",
      env: { A: "1", B: { secret: "s", key: "k" }, C: { field: "metadata.name" }, D: { resource: "limits.cpu", divisor: "1m" } },
      envFrom: ["secret://s", { configMap: "c", prefix: "C_" }],
      resources: { cpu: "250m-1", memory: "1Gi" },
      files: { "/etc/app.conf": { content: "a=1", mode: "0644" }, "/token": { contentFrom: "secret://tok/token" } },
      dirs: { "/work": "emptydir://:ro", "/data": "pvc://data", "/shared": "volume://shared" },
      livenessCommand: ["true"],
      readinessProbe: { http: "http://localhost:8080/r", periodSeconds: 5 },
      startupProbe: { tcp: "tcp://localhost:8080" },
      lifecycle: { preStop: { sleep: 5 } },
    },
  },
  backoffLimit: 1,
  cleanupAfterSeconds: 60,
  serviceAccount: "sa",
  imagePullSecrets: ["pull"],
};
const sinkOptions = { env: { PW: "pw" }, files: { "./c": "crt" } };

describe("whole output", () => {
  it.each([
    ["Job", kitchenSink as Template],
    ["ScheduledJob", { ...kitchenSink, kind: "ScheduledJob", schedule: "@daily", timeZone: "UTC" } as Template],
  ])("%s: order is Secrets, ConfigMap, then the main object", (kind, t) => {
    const result = compileOk(t, sinkOptions);
    expect(result.manifests.map((m) => `${m.apiVersion}/${m.kind}/${m.metadata.name}`)).toEqual([
      "v1/Secret/creds",
      "v1/Secret/tls",
      "v1/ConfigMap/sink-files",
      kind === "Job" ? "batch/v1/Job/sink" : "batch/v1/CronJob/sink",
    ]);
    expect(result.origins).toHaveLength(result.manifests.length);
  });

  it.each([
    ["Job", kitchenSink as Template],
    ["ScheduledJob", { ...kitchenSink, kind: "ScheduledJob", schedule: "@daily" } as Template],
  ])("%s: every object starts apiVersion, kind, metadata (then spec for workloads)", (_, t) => {
    for (const m of compileOk(t, sinkOptions).manifests) {
      const keys = Object.keys(m);
      expect(keys.slice(0, 3)).toEqual(["apiVersion", "kind", "metadata"]);
      if (m.kind === "Job" || m.kind === "CronJob") expect(keys).toEqual(["apiVersion", "kind", "metadata", "spec"]);
    }
  });

  it.each([
    ["Job", kitchenSink as Template],
    ["ScheduledJob", { ...kitchenSink, kind: "ScheduledJob", schedule: "@daily" } as Template],
  ])("%s: never a selector or manualSelector, anywhere", (_, t) => {
    for (const [path] of walk(compileOk(t, sinkOptions).manifests)) {
      expect(path.at(-1)).not.toBe("selector");
      expect(path.at(-1)).not.toBe("manualSelector");
    }
  });

  it.each([
    ["Job", kitchenSink as Template],
    ["ScheduledJob", { ...kitchenSink, kind: "ScheduledJob", schedule: "@daily" } as Template],
    ["minimal Job", jobTemplate()],
    ["minimal ScheduledJob", cronTemplate()],
  ])("%s: no null, undefined or function anywhere", (_, t) => {
    expect(nonJsonValues(compileOk(t, sinkOptions).manifests)).toEqual([]);
  });

  it("a minimal Job adds only what PRODUCT §1.5 says: kind, labels and restartPolicy", () => {
    expect(compileOk(jobTemplate()).manifests).toEqual([
      {
        apiVersion: "batch/v1",
        kind: "Job",
        metadata: { name: "demo", labels: stdLabels("demo") },
        spec: {
          template: {
            metadata: { labels: stdLabels("demo") },
            spec: { restartPolicy: "Never", containers: [{ name: "main", image: "busybox:1.36" }] },
          },
        },
      },
    ]);
  });
});
