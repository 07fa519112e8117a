import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { KUBE_VERSIONS, type KubeVersion } from "../../src/k8s/versions.js";
import { checkManifestSchema, loadManifestSchemas } from "../../src/validate/manifest.js";

// Manifests valid on every bundled Kubernetes version (1.29+), minimal and with many fields set.
const minimalJob = {
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

const fullJob = { apiVersion: "batch/v1", kind: "Job", metadata, spec: jobSpec };

const minimalCronJob = {
  apiVersion: "batch/v1",
  kind: "CronJob",
  metadata: { name: "nightly" },
  spec: { schedule: "0 3 * * *", jobTemplate: { spec: minimalJob.spec } },
};

const fullCronJob = {
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

const minimalSecret = { apiVersion: "v1", kind: "Secret", metadata: { name: "db" } };
const fullSecret = {
  apiVersion: "v1",
  kind: "Secret",
  metadata,
  type: "kubernetes.io/basic-auth",
  immutable: true,
  data: { username: "YWRtaW4=", blob: "AAEC\nAwQ=" },
  stringData: { password: "hunter2" },
};

const minimalConfigMap = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cfg" } };
const fullConfigMap = {
  apiVersion: "v1",
  kind: "ConfigMap",
  metadata: { ...metadata, creationTimestamp: null },
  immutable: false,
  data: { "config.yaml": "a: 1\n" },
  binaryData: { "logo.png": "iVBORw0KGgo=" },
};

const fixtures = { minimalJob, fullJob, minimalCronJob, fullCronJob, minimalSecret, fullSecret, minimalConfigMap, fullConfigMap };

beforeAll(async () => {
  await Promise.all(KUBE_VERSIONS.map((v) => loadManifestSchemas(v)));
});

const check = (obj: unknown, kubeVersion: KubeVersion = "1.36") => checkManifestSchema(obj, { kubeVersion });
const errors = (obj: unknown, kubeVersion: KubeVersion = "1.36") => check(obj, kubeVersion).filter((d) => d.severity === "error");
const clone = <T>(x: T): T => structuredClone(x);
/** The minimal Job with `patch` applied to its pod spec. */
const jobWithPod = (patch: Record<string, unknown>) => {
  const job = clone(fixtures.minimalJob);
  Object.assign(job.spec.template.spec, patch);
  return job;
};
const POD = ["spec", "template", "spec"];

describe("valid manifests", () => {
  const cases = Object.entries(fixtures).flatMap(([name, obj]) => KUBE_VERSIONS.map((v) => [name, v, obj] as const));
  it.each(cases)("%s is accepted by %s", (_name, version, obj) => {
    expect(errors(obj, version)).toEqual([]);
  });
});

describe("schema errors: code and path", () => {
  it.each([
    ["unknown field", jobWithPod({ restartPolcy: "Never" }), "schema/unknown-field", [...POD, "restartPolcy"]],
    ["wrong type", jobWithPod({ activeDeadlineSeconds: "10" }), "schema/type", [...POD, "activeDeadlineSeconds"]],
    ["float for integer", jobWithPod({ activeDeadlineSeconds: 1.5 }), "schema/type", [...POD, "activeDeadlineSeconds"]],
    ["enum", jobWithPod({ restartPolicy: "Sometimes" }), "schema/enum", [...POD, "restartPolicy"]],
    ["required in a list item", jobWithPod({ containers: [{ image: "a" }] }), "schema/required", [...POD, "containers", 0, "name"]],
    [
      "int32 range",
      jobWithPod({ activeDeadlineSeconds: 2 ** 40, terminationGracePeriodSeconds: 1, priority: 2 ** 31 }),
      "schema/range",
      [...POD, "priority"],
    ],
    ["null", jobWithPod({ nodeSelector: null }), "schema/type", [...POD, "nodeSelector"]],
    ["map value type", jobWithPod({ nodeSelector: { a: 1 } }), "schema/type", [...POD, "nodeSelector", "a"]],
  ])("%s", (_what, obj, code, path) => {
    expect(errors(obj)).toContainEqual(expect.objectContaining({ code, path }));
  });

  it("reports every error, not just the first", () => {
    const job = jobWithPod({
      restartPolcy: "Never",
      dnsPolicy: "Nope",
      containers: [{ name: "a", image: 1, ports: [{ containerPort: "x" }] }],
    });
    expect(errors(job).map((d) => [d.code, d.path])).toEqual(
      expect.arrayContaining([
        ["schema/unknown-field", [...POD, "restartPolcy"]],
        ["schema/enum", [...POD, "dnsPolicy"]],
        ["schema/type", [...POD, "containers", 0, "image"]],
        ["schema/type", [...POD, "containers", 0, "ports", 0, "containerPort"]],
      ]),
    );
  });

  it("words messages plainly, with did-you-mean hints", () => {
    const [unknown] = errors(jobWithPod({ restartPolcy: "Never" }));
    expect(unknown?.message).toBe('unknown field "restartPolcy"');
    expect(unknown?.hint).toBe('did you mean "restartPolicy"?');
    const [enumError] = errors(jobWithPod({ restartPolicy: "never" }));
    expect(enumError?.message).toBe("must be one of Always, OnFailure, Never");
    expect(enumError?.hint).toBe('did you mean "Never"?');
    const [typeError] = errors(jobWithPod({ activeDeadlineSeconds: "10" }));
    expect(typeError?.message).toBe("must be an integer, not a string");
  });

  it("accepts int-or-string ports and numeric quantities, rejects other types", () => {
    const probe = (port: unknown) =>
      jobWithPod({ containers: [{ name: "a", image: "x", livenessProbe: { httpGet: { port } }, resources: { limits: { cpu: 0.5 } } }] });
    expect(errors(probe(8080))).toEqual([]);
    expect(errors(probe("http"))).toEqual([]);
    expect(errors(probe(true))).toContainEqual(
      expect.objectContaining({ code: "schema/type", message: "must be an integer or a string, not a boolean" }),
    );
  });

  it("checks base64 in Secret data and date-times", () => {
    const secret = { ...fixtures.minimalSecret, data: { ok: "aGVsbG8=", bad: "not base64!" } };
    expect(errors(secret)).toEqual([expect.objectContaining({ code: "schema/format", path: ["data", "bad"] })]);
    const meta = { ...fixtures.minimalConfigMap, metadata: { name: "x", creationTimestamp: "yesterday" } };
    expect(errors(meta)).toEqual([expect.objectContaining({ code: "schema/format", path: ["metadata", "creationTimestamp"] })]);
  });

  it("keeps map keys that look like indices as strings", () => {
    const cm = { ...fixtures.minimalConfigMap, data: { "0": 1 } };
    expect(errors(cm)).toEqual([expect.objectContaining({ code: "schema/type", path: ["data", "0"] })]);
  });

  it("checks apiVersion per kind", () => {
    const cron = { ...fixtures.minimalCronJob, apiVersion: "batch/v1beta1" };
    expect(errors(cron)).toEqual([expect.objectContaining({ code: "schema/api-version", path: ["apiVersion"] })]);
    expect(errors(cron)[0]?.message).toBe('apiVersion of a CronJob must be batch/v1, not "batch/v1beta1"');
    expect(errors({ ...fixtures.minimalSecret, apiVersion: undefined })).toEqual([
      expect.objectContaining({ code: "schema/required", path: ["apiVersion"] }),
    ]);
  });

  it.each([
    ["Deployment", "schema/unknown-kind"],
    ["job", "schema/unknown-kind"],
    [undefined, "schema/required"],
    [42, "schema/type"],
  ])("kind %s → %s", (kind, code) => {
    expect(errors({ apiVersion: "apps/v1", kind, metadata: { name: "x" } })).toEqual([expect.objectContaining({ code, path: ["kind"] })]);
  });

  it("suggests the kind for a wrong case", () => {
    expect(errors({ apiVersion: "batch/v1", kind: "job" })[0]?.hint).toMatch(/did you mean "Job"/);
  });
});

describe("version gating", () => {
  it.each([
    ["successPolicy", { successPolicy: { rules: [{ succeededCount: 1 }] } }],
    ["managedBy", { managedBy: "example.com/controller" }],
  ])("%s on 1.29 names 1.30", (field, patch) => {
    const job = clone(fixtures.minimalJob);
    Object.assign(job.spec, patch);
    const [d] = errors(job, "1.29");
    expect(d).toMatchObject({ code: "version/field-too-new", path: ["spec", field] });
    expect(d?.message).toBe(`${field} is not available in Kubernetes 1.29; it was added in 1.30`);
    expect(d?.hint).toMatch(/--kube-version/);
    expect(errors(job, "1.30")).toEqual([]);
  });

  it("PodResourceClaim.source is removed after 1.30", () => {
    const job = jobWithPod({ resourceClaims: [{ name: "gpu", source: { resourceClaimName: "gpu" } }] });
    expect(errors(job, "1.30")).toEqual([]);
    const [d] = errors(job, "1.31");
    expect(d).toMatchObject({ code: "version/field-removed", path: [...POD, "resourceClaims", 0, "source"] });
    expect(d?.message).toMatch(/removed after 1\.30/);
  });

  it("Volume.image appears in 1.31", () => {
    const job = jobWithPod({ volumes: [{ name: "model", image: { reference: "ghcr.io/acme/model:1" } }] });
    expect(errors(job, "1.30")).toEqual([
      expect.objectContaining({ code: "version/field-too-new", path: [...POD, "volumes", 0, "image"] }),
    ]);
    expect(errors(job, "1.31")).toEqual([]);
  });

  it("workloadRef exists only in 1.35", () => {
    const job = jobWithPod({ workloadRef: { name: "w", podGroup: "g" } });
    expect(errors(job, "1.34")[0]?.code).toBe("version/field-too-new");
    expect(errors(job, "1.35")).toEqual([]);
    expect(errors(job, "1.36")[0]?.code).toBe("version/field-removed");
  });

  it("CronJob and Job spec are required in every version (the API server finds no schedule, no containers)", () => {
    for (const kind of ["CronJob", "Job"])
      for (const v of ["1.29", "1.35", "1.36"] as const)
        expect(errors({ apiVersion: "batch/v1", kind, metadata: { name: "x" } }, v)).toEqual([
          expect.objectContaining({ code: "schema/required", path: ["spec"] }),
        ]);
  });

  it("warns about alpha fields, naming the feature gate", () => {
    const job = jobWithPod({ hostUsers: false });
    const [d] = check(job, "1.29");
    expect(d).toMatchObject({ code: "version/feature-gate", severity: "warning", path: [...POD, "hostUsers"] });
    expect(d?.message).toMatch(/alpha/);
    expect(d?.message).toMatch(/UserNamespacesSupport/);
    // The description text says "alpha" until 1.35; the gate went beta in 1.30, on by default in
    // 1.33 and GA in 1.36 (scripts/k8s-corrections.ts).
    expect(check(job, "1.33")).toEqual([expect.objectContaining({ message: expect.stringMatching(/beta.*on by default/) })]);
    expect(check(job, "1.36")).toEqual([]);
  });

  it("warns about beta fields with their gate, and about gated fields deep in containers", () => {
    const job = clone(fixtures.minimalJob);
    Object.assign(job.spec, { managedBy: "x" });
    expect(check(job, "1.32")).toEqual([
      expect.objectContaining({ code: "version/feature-gate", message: expect.stringMatching(/beta.*JobManagedBy.*on by default/) }),
    ]);
    const env = jobWithPod({
      containers: [{ name: "a", image: "x", env: [{ name: "A", valueFrom: { fileKeyRef: { volumeName: "v", path: "p", key: "k" } } }] }],
    });
    expect(check(env, "1.36")).toEqual([
      expect.objectContaining({
        code: "version/feature-gate",
        path: [...POD, "containers", 0, "env", 0, "valueFrom", "fileKeyRef"],
        message: expect.stringMatching(/EnvFiles/),
      }),
    ]);
  });
});

describe("robustness", () => {
  it.each([null, undefined, 0, "Job", [], [fixtures.minimalJob], true])("%j is a diagnostic, not a crash", (input) => {
    expect(errors(input)).toEqual([expect.objectContaining({ code: "schema/type", path: [] })]);
  });

  it("survives deep garbage and prototype keys", () => {
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 5000; i++) node = node.x = {} as Record<string, unknown>;
    const job = JSON.parse(
      '{"apiVersion":"batch/v1","kind":"Job","__proto__":{"a":1},"constructor":1,"spec":{"template":{"spec":{"containers":[null,[],"x",{"name":{"__proto__":1}}]}}}}',
    );
    job.metadata = deep;
    const out = check(job);
    expect(out.length).toBeGreaterThan(3);
    expect(out.every((d) => d.severity === "error" && Array.isArray(d.path))).toBe(true);
  });

  it("rejects an unknown version with a diagnostic", () => {
    expect(checkManifestSchema(fixtures.minimalJob, { kubeVersion: "1.20" as KubeVersion })[0]?.code).toBe("version/unknown");
  });

  it("never throws on random values or randomly mutated manifests (fast-check)", () => {
    const isDiagnostic = (d: { code: string; path: unknown[]; message: string }) =>
      /^[a-z-]+\/[a-z-]+$/.test(d.code) && Array.isArray(d.path) && d.message.length > 0;
    const version = fc.constantFrom(...KUBE_VERSIONS);
    fc.assert(
      fc.property(fc.anything(), version, (value, v) => check(value, v).every(isDiagnostic)),
      { numRuns: 300 },
    );
    // Replace one node somewhere in a valid manifest by a random value (or add a random key).
    const mutated = fc
      .tuple(fc.constantFrom(...Object.values(fixtures)), fc.nat(), fc.jsonValue(), fc.string({ maxLength: 12 }))
      .map(([base, pick, value, key]) => {
        const copy = clone(base) as Record<string, unknown>;
        const nodes: Record<string, unknown>[] = [];
        const collect = (n: unknown) => {
          if (n && typeof n === "object") {
            nodes.push(n as Record<string, unknown>);
            Object.values(n).forEach(collect);
          }
        };
        collect(copy);
        const target = nodes[pick % nodes.length] as Record<string, unknown>;
        const keys = Object.keys(target);
        const chosen = pick % 3 === 0 || keys.length === 0 ? key : (keys[pick % keys.length] as string);
        // Setting an array's "length" to a random value throws in the test itself (RangeError: Invalid array length).
        target[Array.isArray(target) && chosen === "length" ? "extra" : chosen] = value;
        return copy;
      });
    fc.assert(
      fc.property(mutated, version, (manifest, v) => check(manifest, v).every(isDiagnostic)),
      { numRuns: 500 },
    );
  });
});
