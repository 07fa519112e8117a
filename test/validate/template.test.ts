// checkTemplateShape (PRODUCT §2 layer 1): every field form of §1.3–1.6 passes; each kind of
// mistake yields its code at the template path; any input at all yields diagnostics, never a throw.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Ajv } from "ajv";
import type { JobTemplate, ScheduledJobTemplate, Template } from "../../src/template/types.js";
import { checkTemplateShape } from "../../src/validate/template.js";
import { templateCodes } from "../../src/validate/template-codes.js";
import { closestName, editDistance } from "../../src/suggest.js";
import { Template as standaloneValidate } from "../../src/template/generated/template-validator.js";
import { templateJsonSchema } from "../../src/template/schema.js";
import { EDITOR_KEYWORDS } from "../../scripts/template-schema/validator-module.js";
import type { Diagnostic } from "../../src/diagnostic.js";

// ---- Valid templates that together use every field form of PRODUCT §1.3–1.6. `satisfies` makes
// tsc check them against the TS types, so the schema is compared with what TS accepts.

const minimalJob = {
  kind: "Job",
  name: "db-migrate",
  containers: { migrate: { image: "ghcr.io/acme/migrate:2.0.0" } },
} satisfies JobTemplate;

const minimalScheduledJob = {
  kind: "ScheduledJob",
  name: "nightly-report",
  schedule: "0 3 * * *",
  containers: { report: { image: "ghcr.io/acme/report:1.4.2" } },
} satisfies ScheduledJobTemplate;

const fullJob = {
  kind: "Job",
  name: "everything",
  namespace: "batch",
  labels: { team: "data" },
  annotations: { "acme.io/owner": "data" },
  podLabels: { tier: "batch" },
  podAnnotations: { "sidecar.istio.io/inject": "false" },
  containers: {
    main: {
      image: "ghcr.io/acme/app:1.0",
      command: ["python", "-m", "app"],
      args: ["--to", "latest", "$(DB_HOST)"],
      workingDir: "/work",
      imagePullPolicy: "IfNotPresent",
      ports: [{ name: "metrics", containerPort: 9090 }],
      securityContext: { runAsNonRoot: true, readOnlyRootFilesystem: true },
      stdin: false,
      tty: false,
      env: {
        LOG_LEVEL: "info",
        WORKERS: 4,
        DEBUG: false,
        DB_PASSWORD: "secret://db/password",
        DB_HOST: "configmap://db-config/host",
        API_TOKEN: { secret: "api", key: "token", optional: true },
        REGION: { configMap: "cluster", key: "region" },
        POD_NAME: { field: "metadata.name" },
        POD_IP: { field: "status.podIP", apiVersion: "v1" },
        MEMORY: { resource: "limits.memory", divisor: "1Mi" },
        CPU: { resource: "requests.cpu", divisor: 1, containerName: "main" },
        URL: "postgres://$(DB_HOST)/app",
      },
      envFrom: ["secret://app-env", "configmap://app-config", { configMap: "extra", prefix: "EXTRA_", optional: true }],
      resources: { cpu: "250m-1", memory: "512Mi", "nvidia.com/gpu": 1, ephemeralStorage: "1Gi-2Gi" },
      files: {
        "/etc/app/config.yaml": { content: "a: 1\n", mode: "0644" },
        "/etc/app/key.pem": { contentFrom: "secret://tls/tls.key", mode: "0600" },
        "/etc/app/other": { contentFrom: "configmap://cfg/other" },
      },
      dirs: {
        "/secrets": "secret://app-secrets:ro",
        "/config": "configmap://app-config",
        "/data": "pvc://data",
        "/tmp": "emptydir://",
        "/dev/shm": "emptydir://memory",
        "/cache": "volume://cache:ro",
      },
      livenessProbe: { exec: ["pg_isready"], periodSeconds: 10, failureThreshold: 3 },
      readinessProbe: { http: "http://localhost:8080/healthz", headers: { "X-Probe": "1" }, initialDelaySeconds: 5 },
      startupProbe: { tcp: "tcp://localhost:5432", timeoutSeconds: 2, successThreshold: 1, terminationGracePeriodSeconds: 10 },
      lifecycle: { preStop: { exec: ["sh", "-c", "sleep 5"] }, postStart: { http: "https://localhost:8443/started" } },
      terminationMessagePolicy: "FallbackToLogsOnError",
    },
    second: {
      image: "busybox:1.36",
      resources: { requests: { cpu: "100m", memory: "64Mi" }, limits: { memory: "128Mi" } },
      livenessCommand: ["true"],
      lifecycle: { preStop: { sleep: 3 } },
    },
  },
  initContainers: {
    proxy: { image: "ghcr.io/acme/proxy:1", restartPolicy: "Always" },
    setup: { image: "busybox:1.36", command: ["sh", "-c", "echo ready"] },
  },
  // Never: a podFailurePolicy needs it (the Kubernetes rule, which the published schema checks too).
  restartPolicy: "Never",
  backoffLimit: 2,
  cleanupAfterSeconds: 86400,
  activeDeadlineSeconds: 3600,
  completions: 4,
  parallelism: 2,
  completionMode: "Indexed",
  backoffLimitPerIndex: 1,
  maxFailedIndexes: 2,
  podReplacementPolicy: "Failed",
  successPolicy: { rules: [{ succeededIndexes: "0-3" }] },
  podFailurePolicy: { rules: [{ action: "FailJob", onExitCodes: { operator: "In", values: [42] } }] },
  managedBy: "kueue.x-k8s.io/multikueue",
  suspend: true,
  serviceAccount: "runner",
  imagePullSecrets: ["registry"],
  nodeSelector: { "kubernetes.io/os": "linux" },
  tolerations: [{ key: "batch", operator: "Exists", effect: "NoSchedule" }],
  affinity: { nodeAffinity: {} },
  priorityClassName: "batch-low",
  securityContext: { runAsUser: 1000, fsGroup: 2000 },
  hostAliases: [{ ip: "10.0.0.1", hostnames: ["db.local"] }],
  dnsPolicy: "ClusterFirst",
  dnsConfig: { nameservers: ["1.1.1.1"] },
  terminationGracePeriodSeconds: 30,
  runtimeClassName: "gvisor",
  schedulerName: "default-scheduler",
  topologySpreadConstraints: [{ maxSkew: 1, topologyKey: "zone", whenUnsatisfiable: "ScheduleAnyway" }],
  automountServiceAccountToken: false,
  enableServiceLinks: false,
  shareProcessNamespace: false,
  hostNetwork: false,
  hostPID: false,
  hostIPC: false,
  hostUsers: false,
  hostname: "worker",
  subdomain: "workers",
  preemptionPolicy: "Never",
  schedulingGates: [{ name: "wait" }],
  readinessGates: [{ conditionType: "acme.io/ready" }],
  os: { name: "linux" },
  resourceClaims: [{ name: "gpu", resourceClaimName: "gpu-claim" }],
  volumes: { cache: { persistentVolumeClaim: { claimName: "cache" } } },
  secrets: {
    "db-creds": { type: "basic", data: { username: "app", password: { fromEnv: "DB_PASSWORD" } } },
    token: { type: "token", data: { token: { fromFile: "./token.txt" } }, immutable: true },
    tls: { type: "certificate", data: { "tls.crt": { fromFile: "./tls.crt" }, "tls.key": { fromFile: "./tls.key" } } },
    plain: { type: "opaque", data: { a: "b" } },
    registry: { type: "dockerconfigjson", data: { ".dockerconfigjson": { fromEnv: "DOCKER_CONFIG_JSON" } } },
  },
} satisfies JobTemplate;

const fullScheduledJob = {
  kind: "ScheduledJob",
  name: "nightly-report",
  namespace: "reports",
  schedule: "@every 1h30m",
  timeZone: "Europe/Berlin",
  concurrencyPolicy: "Forbid",
  startingDeadlineSeconds: 120,
  successfulJobsHistoryLimit: 3,
  failedJobsHistoryLimit: 1,
  suspend: false,
  containers: {
    report: {
      image: "ghcr.io/acme/report:1.4.2",
      command: ["python", "-m", "report"],
      env: { LOG_LEVEL: "info", DB_PASSWORD: "secret://report-db/password" },
      resources: { cpu: "250m-1", memory: "512Mi-1Gi" },
    },
  },
  cleanupAfterSeconds: 86400,
  backoffLimit: 2,
  restartPolicy: "Never",
} satisfies ScheduledJobTemplate;

const validTemplates: [string, Template][] = [
  ["minimal Job", minimalJob],
  ["minimal ScheduledJob", minimalScheduledJob],
  ["Job with every field form", fullJob],
  ["ScheduledJob with every CronJob field", fullScheduledJob],
  ["Job restarting its containers in place", { ...minimalJob, restartPolicy: "OnFailure" }],
];

const job = (fields: Record<string, unknown>): unknown => ({ ...minimalJob, ...fields });
const cron = (fields: Record<string, unknown>): unknown => ({ ...minimalScheduledJob, ...fields });
const container = (fields: Record<string, unknown>): unknown => ({
  ...minimalJob,
  containers: { main: { image: "busybox:1.36", ...fields } },
});
const without = (template: object, field: string): unknown => Object.fromEntries(Object.entries(template).filter(([k]) => k !== field));
const c = ["containers", "main"];

type Case = [what: string, template: unknown, code: string, path: (string | number)[]];

// Each template has exactly one mistake; the diagnostics must include its code at its path.
const invalid: Case[] = [
  // unknown fields, with "did you mean"
  ["misspelled top-level field", job({ nmae: "x" }), "template/unknown-field", ["nmae"]],
  ["misspelled container field", container({ imagePullPolcy: "Always" }), "template/unknown-field", [...c, "imagePullPolcy"]],
  ["container field at the top level", job({ image: "busybox" }), "template/unknown-field", ["image"]],
  ["manifest field in a template", job({ apiVersion: "batch/v1" }), "template/unknown-field", ["apiVersion"]],
  [
    "unknown field in a probe",
    container({ livenessProbe: { exec: ["true"], period: 5 } }),
    "template/unknown-field",
    [...c, "livenessProbe", "period"],
  ],
  [
    "__proto__ key",
    JSON.parse('{"kind":"Job","name":"x","containers":{"m":{"image":"b"}},"__proto__":{"x":1}}'),
    "template/unknown-field",
    ["__proto__"],
  ],
  // types
  ["name is a number", job({ name: 5 }), "template/type", ["name"]],
  ["backoffLimit is a string", job({ backoffLimit: "2" }), "template/type", ["backoffLimit"]],
  ["parallelism is fractional", job({ parallelism: 1.5 }), "template/type", ["parallelism"]],
  ["suspend is a string", job({ suspend: "yes" }), "template/type", ["suspend"]],
  ["containers is a list", job({ containers: [{ image: "x" }] }), "template/type", ["containers"]],
  ["a container is a string", job({ containers: { main: "busybox" } }), "template/type", c],
  ["args is a string", container({ args: "--to latest" }), "template/type", [...c, "args"]],
  ["args holds a number", container({ args: ["--n", 3] }), "template/type", [...c, "args", 1]],
  ["label value is a number", job({ labels: { version: 1.0 } }), "template/type", ["labels", "version"]],
  ["imagePullSecrets is a string", job({ imagePullSecrets: "registry" }), "template/type", ["imagePullSecrets"]],
  ["tolerations is a map", job({ tolerations: { key: "x" } }), "template/type", ["tolerations"]],
  ["affinity is a string", job({ affinity: "zone-a" }), "template/type", ["affinity"]],
  ["volumes entry is a string", job({ volumes: { cache: "pvc://cache" } }), "template/type", ["volumes", "cache"]],
  ["env is a list", container({ env: ["A=1"] }), "template/type", [...c, "env"]],
  ["env value is null", container({ env: { A: null } }), "template/type", [...c, "env", "A"]],
  ["env value is a list", container({ env: { A: ["x"] } }), "template/type", [...c, "env", "A"]],
  ["envFrom entry is a number", container({ envFrom: [5] }), "template/type", [...c, "envFrom", 0]],
  ["resources shorthand with a boolean", container({ resources: { cpu: true } }), "template/type", [...c, "resources", "cpu"]],
  ["resources shorthand with a map", container({ resources: { cpu: { min: "1" } } }), "template/type", [...c, "resources", "cpu"]],
  [
    "resources requests with a list",
    container({ resources: { requests: { cpu: ["1"] } } }),
    "template/type",
    [...c, "resources", "requests", "cpu"],
  ],
  ["resources is a string", container({ resources: "1" }), "template/type", [...c, "resources"]],
  // Not a shorthand for a resource named "requests": the compiler reads requests/limits as the full form.
  ["resources requests as a quantity", container({ resources: { requests: 5 } }), "template/type", [...c, "resources", "requests"]],
  ["file mode is a number", container({ files: { "/a": { content: "x", mode: 644 } } }), "template/type", [...c, "files", "/a", "mode"]],
  ["probe exec is a string", container({ livenessProbe: { exec: "pg_isready" } }), "template/type", [...c, "livenessProbe", "exec"]],
  ["probe is a string", container({ livenessProbe: "pg_isready" }), "template/type", [...c, "livenessProbe"]],
  ["sleep is a string", container({ lifecycle: { preStop: { sleep: "3" } } }), "template/type", [...c, "lifecycle", "preStop", "sleep"]],
  [
    "secret data value is a number",
    job({ secrets: { s: { type: "opaque", data: { pin: 1234 } } } }),
    "template/type",
    ["secrets", "s", "data", "pin"],
  ],
  [
    "secret fromEnv is a number",
    job({ secrets: { s: { type: "opaque", data: { a: { fromEnv: 1 } } } } }),
    "template/type",
    ["secrets", "s", "data", "a", "fromEnv"],
  ],
  // enums
  ["imagePullPolicy in lowercase", container({ imagePullPolicy: "always" }), "template/enum", [...c, "imagePullPolicy"]],
  ["restartPolicy unknown", job({ restartPolicy: "Sometimes" }), "template/enum", ["restartPolicy"]],
  ["completionMode in lowercase", job({ completionMode: "indexed" }), "template/enum", ["completionMode"]],
  ["podReplacementPolicy unknown", job({ podReplacementPolicy: "Always" }), "template/enum", ["podReplacementPolicy"]],
  ["dnsPolicy unknown", job({ dnsPolicy: "Cluster" }), "template/enum", ["dnsPolicy"]],
  ["preemptionPolicy unknown", job({ preemptionPolicy: "Always" }), "template/enum", ["preemptionPolicy"]],
  ["concurrencyPolicy unknown", cron({ concurrencyPolicy: "Skip" }), "template/enum", ["concurrencyPolicy"]],
  [
    "terminationMessagePolicy unknown",
    container({ terminationMessagePolicy: "Logs" }),
    "template/enum",
    [...c, "terminationMessagePolicy"],
  ],
  ["container restartPolicy other than Always", container({ restartPolicy: "OnFailure" }), "template/enum", [...c, "restartPolicy"]],
  ["secret type in Kubernetes words", job({ secrets: { s: { type: "Opaque", data: {} } } }), "template/enum", ["secrets", "s", "type"]],
  // required
  ["no name", without(minimalJob, "name"), "template/required", ["name"]],
  ["no containers", without(minimalJob, "containers"), "template/required", ["containers"]],
  ["empty containers", job({ containers: {} }), "template/required", ["containers"]],
  ["container without image", container({ image: undefined }), "template/required", [...c, "image"]],
  [
    "init container without image",
    job({ initContainers: { setup: { command: ["true"] } } }),
    "template/required",
    ["initContainers", "setup", "image"],
  ],
  ["ScheduledJob without schedule", without(minimalScheduledJob, "schedule"), "template/required", ["schedule"]],
  ["secret env without key", container({ env: { A: { secret: "db" } } }), "template/required", [...c, "env", "A", "key"]],
  ["env object without a form", container({ env: { A: { key: "x" } } }), "template/required", [...c, "env", "A"]],
  ["probe without handler", container({ livenessProbe: { periodSeconds: 5 } }), "template/required", [...c, "livenessProbe"]],
  ["file without content", container({ files: { "/a": { mode: "0644" } } }), "template/required", [...c, "files", "/a"]],
  ["secret without data", job({ secrets: { s: { type: "opaque" } } }), "template/required", ["secrets", "s", "data"]],
  // patterns
  ["secret:// env without key", container({ env: { A: "secret://db" } }), "template/pattern", [...c, "env", "A"]],
  ["configmap:// env with extra segment", container({ env: { A: "configmap://a/b/c" } }), "template/pattern", [...c, "env", "A"]],
  ["envFrom with a key", container({ envFrom: ["secret://a/b"] }), "template/pattern", [...c, "envFrom", 0]],
  ["envFrom with another scheme", container({ envFrom: ["vault://a"] }), "template/pattern", [...c, "envFrom", 0]],
  [
    "file contentFrom without key",
    container({ files: { "/a": { contentFrom: "secret://tls" } } }),
    "template/pattern",
    [...c, "files", "/a", "contentFrom"],
  ],
  [
    "file mode not octal",
    container({ files: { "/a": { content: "x", mode: "rw-r--r--" } } }),
    "template/pattern",
    [...c, "files", "/a", "mode"],
  ],
  ["dirs with unknown scheme", container({ dirs: { "/data": "s3://bucket" } }), "template/pattern", [...c, "dirs", "/data"]],
  ["dirs pvc without claim", container({ dirs: { "/data": "pvc://" } }), "template/pattern", [...c, "dirs", "/data"]],
  ["dirs emptydir with a medium name", container({ dirs: { "/tmp": "emptydir://disk" } }), "template/pattern", [...c, "dirs", "/tmp"]],
  ["dirs with a bad access suffix", container({ dirs: { "/s": "secret://s:rx" } }), "template/pattern", [...c, "dirs", "/s"]],
  [
    "probe http with another scheme",
    container({ readinessProbe: { http: "ftp://localhost/x" } }),
    "template/pattern",
    [...c, "readinessProbe", "http"],
  ],
  [
    "probe tcp without port",
    container({ readinessProbe: { tcp: "tcp://localhost" } }),
    "template/pattern",
    [...c, "readinessProbe", "tcp"],
  ],
  // unions: one explanation, not one error per form
  [
    "probe with two handlers",
    container({ livenessProbe: { exec: ["true"], http: "http://localhost/" } }),
    "template/one-of",
    [...c, "livenessProbe"],
  ],
  ["env value with two forms", container({ env: { A: { secret: "s", configMap: "c", key: "k" } } }), "template/one-of", [...c, "env", "A"]],
  [
    "file with content and contentFrom",
    container({ files: { "/a": { content: "x", contentFrom: "secret://a/b" } } }),
    "template/one-of",
    [...c, "files", "/a"],
  ],
  // minimums
  ["negative backoffLimit", job({ backoffLimit: -1 }), "template/minimum", ["backoffLimit"]],
  [
    "negative probe period",
    container({ livenessProbe: { exec: ["true"], periodSeconds: -5 } }),
    "template/minimum",
    [...c, "livenessProbe", "periodSeconds"],
  ],
  ["negative history limit", cron({ failedJobsHistoryLimit: -1 }), "template/minimum", ["failedJobsHistoryLimit"]],
  // kind and targeted hints
  ["restartPolicy Always", job({ restartPolicy: "Always" }), "template/restart-policy-always", ["restartPolicy"]],
  ["restartPolicy Always on a ScheduledJob", cron({ restartPolicy: "Always" }), "template/restart-policy-always", ["restartPolicy"]],
  ["no kind", without(minimalJob, "kind"), "template/kind", ["kind"]],
  ["kind CronJob", cron({ kind: "CronJob" }), "template/kind", ["kind"]],
  ["kind in lowercase", job({ kind: "job" }), "template/kind", ["kind"]],
  ["kind is a number", job({ kind: 1 }), "template/kind", ["kind"]],
  ["schedule on a Job", job({ schedule: "0 3 * * *" }), "template/scheduled-job-field", ["schedule"]],
  ["timeZone on a Job", job({ timeZone: "UTC" }), "template/scheduled-job-field", ["timeZone"]],
];

const at = (ds: Diagnostic[]) => ds.map((d) => ({ code: d.code, path: d.path }));

describe("checkTemplateShape: valid templates", () => {
  it.each(validTemplates)("%s passes", (_, template) => {
    expect(checkTemplateShape(template)).toEqual([]);
  });
});

describe("checkTemplateShape: one mistake each", () => {
  it.each(invalid)("%s → %s at %j", (_, template, code, path) => {
    const diagnostics = checkTemplateShape(template);
    expect(at(diagnostics)).toContainEqual({ code, path });
    for (const d of diagnostics) {
      expect(d.severity).toBe("error");
      expect(d.message).not.toBe("");
    }
  });

  it("reports nothing but the one mistake (no noise from unions or other kinds)", () => {
    const noisy = invalid.filter(([, template]) => checkTemplateShape(template).length !== 1);
    // A missing kind is reported once and the rest checked as the kind the fields point to; a
    // misplaced image also leaves the container without one; an env value object without a form
    // also names its unknown fields.
    expect(noisy.map(([what]) => what)).toEqual([]);
  });
});

describe("checkTemplateShape: messages", () => {
  const first = (template: unknown) => checkTemplateShape(template)[0]!;

  it("suggests the closest field name", () => {
    expect(first(job({ nmae: "x" })).hint).toContain('"name"');
    expect(first(container({ imagePullPolcy: "Always" })).hint).toContain('"imagePullPolicy"');
    expect(first(job({ backofLimit: 1 })).hint).toContain('"backoffLimit"');
    expect(first(container({ Image: "x", image: "y" })).hint).toContain('"image"');
  });

  it("says what a type error expects in plain words", () => {
    expect(first(container({ args: "--x" })).message).toBe("must be a list of strings, not a string");
    expect(first(job({ containers: ["x"] })).message).toBe("must be a map of container name to container, not a list");
    expect(first(job({ backoffLimit: "2" })).message).toBe("must be a whole number, not a string");
    expect(first(job({ suspend: "yes" })).message).toBe("must be true or false, not a string");
    expect(first(container({ resources: { cpu: true } })).message).toMatch(/^must be a quantity or range \(a string or a number\)/);
  });

  it("lists the allowed values of an enum", () => {
    expect(first(container({ imagePullPolicy: "always" })).message).toBe('must be Always, IfNotPresent or Never, not "always"');
  });

  it("explains union forms instead of listing every branch's errors", () => {
    const probe = first(container({ livenessProbe: { exec: ["true"], http: "http://x/", tcp: "tcp://x:1" } }));
    expect(probe.message).toBe("a probe takes exactly one of exec, http or tcp; this one has exec, http and tcp");
    const env = checkTemplateShape(container({ env: { A: { key: "x" } } }));
    expect(env).toHaveLength(1);
    expect(env[0]!.message).toBe("an env value needs one of secret, configMap, field or resource");
    expect(env[0]!.hint).toContain("{ secret, key }");
    const hook = checkTemplateShape(container({ lifecycle: { preStop: { tcp: "tcp://x:1" } } }));
    expect(at(hook)).toEqual([
      { code: "template/unknown-field", path: [...c, "lifecycle", "preStop", "tcp"] },
      { code: "template/required", path: [...c, "lifecycle", "preStop"] },
    ]);
  });

  it("gives the targeted hints", () => {
    expect(first(job({ restartPolicy: "Always" })).hint).toMatch(/OnFailure.*Never/);
    expect(first(job({ schedule: "@daily" })).hint).toBe("did you mean kind: ScheduledJob?");
    expect(first(cron({ kind: "CronJob" })).hint).toContain("kind: ScheduledJob");
    expect(first(container({ image: undefined })).message).toBe('container "main" has no image');
    expect(first(without(minimalScheduledJob, "schedule")).message).toBe("a ScheduledJob needs a schedule");
    expect(first(container({ files: { "/a": { content: "x", mode: 644 } } })).hint).toContain('"0644"');
    expect(first(container({ env: { A: "secret://db" } })).hint).toContain("secret://NAME/KEY");
  });

  it("checks the rest of a template whose kind is wrong, as the kind its fields point to", () => {
    const noKind = without({ ...minimalScheduledJob, backoffLimit: "x" }, "kind");
    expect(at(checkTemplateShape(noKind))).toEqual([
      { code: "template/kind", path: ["kind"] },
      { code: "template/type", path: ["backoffLimit"] },
    ]);
    expect(checkTemplateShape(noKind)[0]!.hint).toContain("kind: ScheduledJob");
  });

  it("reports every problem of a template in one run", () => {
    const many = {
      kind: "Job",
      nme: "x",
      restartPolicy: "Always",
      containers: { a: { imag: "x", env: { A: null, B: { secret: "s" } } }, b: { image: 1, livenessProbe: {} } },
      backoffLimit: -1,
    };
    expect(at(checkTemplateShape(many))).toEqual(
      expect.arrayContaining([
        { code: "template/unknown-field", path: ["nme"] },
        { code: "template/required", path: ["name"] },
        { code: "template/restart-policy-always", path: ["restartPolicy"] },
        { code: "template/minimum", path: ["backoffLimit"] },
        { code: "template/unknown-field", path: ["containers", "a", "imag"] },
        { code: "template/required", path: ["containers", "a", "image"] },
        { code: "template/type", path: ["containers", "a", "env", "A"] },
        { code: "template/required", path: ["containers", "a", "env", "B", "key"] },
        { code: "template/type", path: ["containers", "b", "image"] },
        { code: "template/required", path: ["containers", "b", "livenessProbe"] },
      ]),
    );
    expect(checkTemplateShape(many)).toHaveLength(10);
  });

  it("never puts a value that may be a secret into a message", () => {
    const leaky = job({
      secrets: { s: { type: "opaque", data: { pin: 987654, token: { value: "hunter2-secret" } } } },
      containers: { main: { image: "x", env: { TOKEN: { literal: "hunter2-secret" }, PIN: [987654] } } },
    });
    const text = JSON.stringify(checkTemplateShape(leaky));
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("987654");
  });
});

describe("did you mean", () => {
  it.each([
    ["nmae", ["name", "namespace"], "name"],
    ["Image", ["args", "image"], "image"],
    ["backofLimit", ["backoffLimit", "backoffLimitPerIndex"], "backoffLimit"],
    ["scheduel", ["schedule", "suspend"], "schedule"],
    ["x", ["a", "b"], undefined],
    ["completely", ["image", "args"], undefined],
  ] as const)("%s among %j → %s", (name, candidates, expected) => {
    expect(closestName(name, candidates)).toBe(expected);
  });

  it.each([
    ["kitten", "sitting", 3],
    ["ab", "ba", 1],
    ["", "abc", 3],
    ["same", "same", 0],
  ] as const)("editDistance(%s, %s) = %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(a, b, 1)).toBe(Math.min(d, 1));
  });
});

describe("checkTemplateShape: any input", () => {
  it.each([null, undefined, 0, "Job", true, [], [minimalJob], () => 1])("%s is a template/type diagnostic at the root", (value) => {
    expect(at(checkTemplateShape(value))).toEqual([{ code: "template/type", path: [] }]);
  });

  it("handles deep nesting, prototype keys and null-prototype objects", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(checkTemplateShape(job({ affinity: deep }))).toEqual([]);
    expect(at(checkTemplateShape(job({ labels: deep })))).toEqual([{ code: "template/type", path: ["labels", "a"] }]);
    const bare = Object.assign(Object.create(null), minimalJob);
    expect(checkTemplateShape(bare)).toEqual([]);
    const proto = JSON.parse('{"kind":"Job","name":"x","containers":{"__proto__":{"image":"x"},"constructor":{"image":1}}}');
    expect(at(checkTemplateShape(proto))).toEqual([{ code: "template/type", path: ["containers", "constructor", "image"] }]);
    expect(({} as Record<string, unknown>).image).toBeUndefined();
  });

  it("handles cycles, huge keys and huge maps", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(checkTemplateShape(job({ affinity: cycle }))).toEqual([]);
    expect(at(checkTemplateShape(job({ labels: cycle })))).toEqual([{ code: "template/type", path: ["labels", "self"] }]);
    const longKey = "x".repeat(1_000_000);
    const [d] = checkTemplateShape(job({ [longKey]: 1 }));
    expect(d!.code).toBe("template/unknown-field");
    expect(d!.message.length).toBeLessThan(200);
    const env = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`V${i}`, i % 2 ? "x" : { field: "metadata.name" }]));
    expect(checkTemplateShape(container({ env }))).toEqual([]);
  });

  it("returns known codes and never throws, for any value and for mutated templates", () => {
    const known = new Set(Object.keys(templateCodes));
    fc.assert(
      fc.property(fc.oneof(fc.anything(), mutatedTemplates), (value) => {
        const diagnostics = checkTemplateShape(value);
        for (const d of diagnostics) expect(known.has(d.code)).toBe(true);
        expect(diagnostics.length === 0).toBe(standaloneValidate(value));
      }),
      { numRuns: 500 },
    );
  });
});

// Valid templates with random values written at random paths (mostly breaking them).
const mutatedTemplates = fc
  .tuple(
    fc.constantFrom(...validTemplates.map(([, t]) => t)),
    fc.array(fc.tuple(fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }), fc.anything())),
  )
  .map(([template, edits]) => {
    const copy = structuredClone(template) as unknown as Record<string, unknown>;
    for (const [path, value] of edits) setIn(copy, path, value);
    return copy;
  });

/** Sets a value at a path, descending only into plain objects (creates nothing on prototypes). */
function setIn(target: Record<string, unknown>, path: string[], value: unknown): void {
  let at: Record<string, unknown> = target;
  for (const key of path.slice(0, -1)) {
    const next = Object.prototype.hasOwnProperty.call(at, key) ? at[key] : undefined;
    if (next === null || typeof next !== "object" || Array.isArray(next)) return;
    at = next as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (last !== undefined) Object.defineProperty(at, last, { value, enumerable: true, writable: true, configurable: true });
}

describe("the JSON Schema agrees with the TS types (spot checks) and with the standalone validator", () => {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true });
  for (const keyword of EDITOR_KEYWORDS) ajv.addKeyword({ keyword });
  const validate = ajv.compile(templateJsonSchema());

  it("is what `kubejobs schema` prints: draft-07, with $id and title, a fresh copy each time", () => {
    const schema = templateJsonSchema() as Record<string, unknown>;
    expect(schema).toMatchObject({ $schema: "http://json-schema.org/draft-07/schema#", title: "kubejobs template" });
    expect(schema.$id).toMatch(/^https:\/\//);
    expect(templateJsonSchema()).not.toBe(schema);
  });

  it("refuses everything the precompiled validator refuses (its unions are compiled as if/else chains)", () => {
    // The published schema also checks what kubejobs' rules check (names, quantities, ...), which
    // the precompiled layer-one validator leaves to the rules: it may refuse more, never less.
    fc.assert(
      fc.property(fc.oneof(mutatedTemplates, fc.constantFrom(...invalid.map(([, t]) => t))), (value) => {
        if (!standaloneValidate(value)) expect(validate(value)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it.each(validTemplates)("accepts %s, which type-checks as a Template", (_, template) => {
    expect(validate(template), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(invalid)("rejects %s", (_, template) => {
    expect(validate(template)).toBe(false);
  });

  it("rejects what the TS types reject", () => {
    const rejectedByTs: unknown[] = [
      // @ts-expect-error restartPolicy Always is not a Job restart policy
      { ...minimalJob, restartPolicy: "Always" } satisfies JobTemplate,
      // @ts-expect-error unknown field
      { ...minimalJob, nmae: "x" } satisfies JobTemplate,
      // @ts-expect-error schedule is a ScheduledJob field
      { ...minimalJob, schedule: "@daily" } satisfies JobTemplate,
      // @ts-expect-error a ScheduledJob needs a schedule
      { kind: "ScheduledJob", name: "x", containers: { m: { image: "x" } } } satisfies ScheduledJobTemplate,
      // @ts-expect-error an env value object needs a form
      { ...minimalJob, containers: { m: { image: "x", env: { A: { optional: true } } } } } satisfies Template,
      // @ts-expect-error kind CronJob does not exist
      { ...minimalJob, kind: "CronJob" } satisfies Template,
      // @ts-expect-error args are strings
      { ...minimalJob, containers: { m: { image: "x", args: [1] } } } satisfies Template,
    ];
    for (const template of rejectedByTs) {
      expect(validate(template)).toBe(false);
      expect(checkTemplateShape(template)).not.toEqual([]);
    }
  });
});
