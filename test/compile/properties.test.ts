// Properties of the compiler over generated *valid* templates (fast-check).
// The generators stay inside what the template schema and the Kubernetes rules accept, so every
// case must compile without errors; invalid input is covered by the table tests.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileTemplate, type CompileOptions } from "../../src/compile/index.js";
import type {
  Container,
  EnvFrom,
  EnvValue,
  FileSpec,
  JobTemplate,
  LifecycleHandler,
  Probe,
  Resources,
  ScheduledJobTemplate,
  SecretSpec,
  SecretValue,
  Template,
} from "../../src/template/types.js";
import type { Toleration, VolumeSource } from "../../src/k8s/types.js";
import { nonJsonValues, type Obj } from "./helpers.js";

const RUNS = 500;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

// ---- names ----
const label = fc.stringMatching(/^[a-z]([-a-z0-9]{0,8}[a-z0-9])?$/);
const subdomain = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,6}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,4}[a-z0-9])?)?$/);
const dataKey = fc.stringMatching(/^[a-zA-Z0-9][-._a-zA-Z0-9]{0,9}$/);
const envName = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,9}$/);
const labelKey = fc.oneof(
  label,
  fc.tuple(subdomain, label).map(([p, n]) => `${p}/${n}`),
);
const labelValue = fc.stringMatching(/^([a-zA-Z0-9]([-_.a-zA-Z0-9]{0,10}[a-zA-Z0-9])?)?$/);
const labels = fc.dictionary(labelKey, labelValue, { maxKeys: 3 });
const annotations = fc.dictionary(labelKey, fc.string({ unit: "grapheme", maxLength: 20 }), { maxKeys: 3 });

// Values fed to `{ fromEnv }` / `{ fromFile }`; options carry them all.
const ENV_VARS = ["DB_PASSWORD", "API_TOKEN", "EMPTY"] as const;
const FILES = ["./certs/tls.crt", "./certs/tls.key", "config.json"] as const;
const options: CompileOptions = {
  env: { DB_PASSWORD: "pw", API_TOKEN: "tok", EMPTY: "" },
  files: { "./certs/tls.crt": "CRT", "./certs/tls.key": "KEY", "config.json": "{}" },
};

// ---- env ----
const literal: fc.Arbitrary<EnvValue> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 16 }).filter((s) => !s.startsWith("secret://") && !s.startsWith("configmap://")),
  fc.constantFrom("$(OTHER)", "http://$(HOST):$(PORT)", "", "secret:/x", "yes", "0755"),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
);
const keyRefUrl = fc.tuple(fc.constantFrom("secret", "configmap"), subdomain, dataKey).map(([s, n, k]) => `${s}://${n}/${k}`);
const optional = fc.option(fc.boolean(), { nil: undefined });
const withOptional = <T extends object>(base: T, opt: boolean | undefined): T => (opt === undefined ? base : { ...base, optional: opt });
const envValue: fc.Arbitrary<EnvValue> = fc.oneof(
  literal,
  keyRefUrl,
  fc.tuple(subdomain, dataKey, optional).map(([secret, key, opt]) => withOptional({ secret, key }, opt)),
  fc.tuple(subdomain, dataKey, optional).map(([configMap, key, opt]) => withOptional({ configMap, key }, opt)),
  fc
    .tuple(fc.constantFrom("metadata.name", "metadata.namespace", "status.podIP", "spec.nodeName", "metadata.labels['app']"), fc.boolean())
    .map(([field, v]) => (v ? { field, apiVersion: "v1" } : { field })),
  fc
    .tuple(
      fc.constantFrom("limits.cpu", "requests.cpu", "limits.memory", "requests.ephemeral-storage"),
      fc.option(fc.constantFrom("1", "1m", "1Mi", 1), { nil: undefined }),
    )
    .map(([resource, divisor]) => (divisor === undefined ? { resource } : { resource, divisor })),
);
const env = fc.dictionary(envName, envValue, { maxKeys: 6 });
const envFrom: fc.Arbitrary<EnvFrom[]> = fc.array(
  fc.oneof(
    fc.tuple(fc.constantFrom("secret", "configmap"), subdomain).map(([s, n]) => `${s}://${n}`),
    fc.record({ secret: subdomain, prefix: fc.stringMatching(/^[A-Z_]{1,5}$/), optional: fc.boolean() }, { requiredKeys: ["secret"] }),
    fc.record(
      { configMap: subdomain, prefix: fc.stringMatching(/^[A-Z_]{1,5}$/), optional: fc.boolean() },
      { requiredKeys: ["configMap"] },
    ),
  ),
  { maxLength: 3 },
);

// ---- resources ----
const quantityText = fc.constantFrom("100m", "250m", "1", "2", "0.5", "1.5", "128Mi", "512Mi", "1Gi", "2Gi", "1e3", "1e-3", "5E-1", "1k");
const quantity = fc.oneof(quantityText, fc.constantFrom(1, 2, 0.5, 4096));
const resources: fc.Arbitrary<Resources> = fc.oneof(
  fc.dictionary(
    fc.constantFrom("cpu", "memory", "ephemeralStorage", "nvidia.com/gpu", "hugepages-2Mi"),
    fc.oneof(
      quantity,
      fc.tuple(quantityText, quantityText).map(([a, b]) => `${a}-${b}`),
    ),
    { minKeys: 1, maxKeys: 4 },
  ),
  fc.record(
    {
      requests: fc.dictionary(fc.constantFrom("cpu", "memory", "ephemeral-storage"), quantity, { maxKeys: 3 }),
      limits: fc.dictionary(fc.constantFrom("cpu", "memory", "nvidia.com/gpu"), quantity, { maxKeys: 3 }),
    },
    { requiredKeys: [] },
  ),
);

// ---- files and dirs ----
const mode = fc.constantFrom("0644", "0600", "0400", "0755", "0777", "0", "644");
const fileSpec: fc.Arbitrary<FileSpec> = fc.oneof(
  fc.record({ content: fc.string({ unit: "grapheme", maxLength: 30 }), mode }, { requiredKeys: ["content"] }),
  fc.record({ contentFrom: keyRefUrl, mode }, { requiredKeys: ["contentFrom"] }),
);
// files under /etc, dirs under /mnt: no two mounts at one path in a container.
const files = fc.dictionary(fc.stringMatching(/^\/etc\/[a-z]{1,4}(\/[a-z0-9][-a-z0-9._]{0,5})?$/), fileSpec, { maxKeys: 3 });
// `volume://` names come from a fixed pool; the template's `volumes` gets every one referenced.
// They are named `user-*`, a prefix no generated volume uses (the clash is a known bug: see dirs.test.ts).
const USER_VOLUMES = ["user-data", "user-cache"] as const;
const dirs: fc.Arbitrary<Record<string, string>> = fc.dictionary(
  fc.stringMatching(/^\/mnt\/[a-z]{1,4}(\/[a-z]{1,3})?$/),
  fc
    .tuple(
      fc.oneof(
        fc.tuple(fc.constantFrom("secret", "configmap", "pvc"), subdomain).map(([s, n]) => `${s}://${n}`),
        fc.constantFrom("emptydir://", "emptydir://memory"),
        fc.constantFrom(...USER_VOLUMES).map((n) => `volume://${n}`),
      ),
      fc.constantFrom("", ":ro", ":rw"),
    )
    .map(([url, access]) => url + access),
  { maxKeys: 3 },
);

// ---- probes ----
const httpUrl = fc
  .tuple(
    fc.constantFrom("http", "https"),
    fc.constantFrom("localhost", "127.0.0.1", "example.com", "api.ns.svc.cluster.local"),
    fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
    fc.stringMatching(/^(\/[a-z]{0,6}){0,2}(\?[a-z]=[0-9])?$/),
  )
  .map(([s, h, p, path]) => `${s}://${h}${p === undefined ? "" : `:${p}`}${path}`);
const handler = fc.oneof(
  fc.record({ exec: fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 3 }) }),
  fc.record(
    { http: httpUrl, headers: fc.dictionary(fc.stringMatching(/^X-[A-Za-z]{1,6}$/), fc.string({ maxLength: 8 }), { maxKeys: 2 }) },
    { requiredKeys: ["http"] },
  ),
);
const timings = fc.record(
  {
    initialDelaySeconds: fc.nat(60),
    periodSeconds: fc.integer({ min: 1, max: 60 }),
    timeoutSeconds: fc.integer({ min: 1, max: 30 }),
    successThreshold: fc.constant(1),
    failureThreshold: fc.integer({ min: 1, max: 10 }),
  },
  { requiredKeys: [] },
);
const probe: fc.Arbitrary<Probe> = fc
  .tuple(
    fc.oneof(
      handler,
      fc
        .tuple(fc.constantFrom("localhost", "db", "10.0.0.1"), fc.integer({ min: 1, max: 65535 }))
        .map(([h, p]) => ({ tcp: `tcp://${h}:${p}` })),
    ),
    timings,
  )
  .map(([h, t]) => ({ ...t, ...h }) as Probe);
const lifecycleHandler: fc.Arbitrary<LifecycleHandler> = fc.oneof(handler, fc.record({ sleep: fc.integer({ min: 1, max: 30 }) }));
const liveness: fc.Arbitrary<Partial<Container>> = fc.oneof(
  fc.constant({}),
  probe.map((livenessProbe) => ({ livenessProbe })),
  fc.array(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 3 }).map((livenessCommand) => ({ livenessCommand })),
);

// ---- containers ----
const image = fc.constantFrom("busybox:1.36", "ghcr.io/acme/report:1.4.2", "python@sha256:" + "a".repeat(64), "alpine");
const common = {
  image,
  command: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  args: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  workingDir: fc.constantFrom("/", "/app"),
  imagePullPolicy: fc.constantFrom("Always" as const, "IfNotPresent" as const, "Never" as const),
  env,
  envFrom,
  resources,
  files,
  dirs,
};
// Init containers get no probes or lifecycle: Kubernetes allows those only on sidecars.
const initContainer: fc.Arbitrary<Container> = fc.record(common, { requiredKeys: ["image"] });
const mainContainer: fc.Arbitrary<Container> = fc
  .tuple(
    fc.record(
      {
        ...common,
        readinessProbe: probe,
        startupProbe: probe,
        lifecycle: fc.record({ preStop: lifecycleHandler, postStart: lifecycleHandler }, { requiredKeys: [] }),
      },
      { requiredKeys: ["image"] },
    ),
    liveness,
  )
  .map(([c, l]) => ({ ...c, ...l }));

// ---- secrets ----
const secretValue: fc.Arbitrary<SecretValue> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 16 }),
  fc.constantFrom(...ENV_VARS).map((fromEnv) => ({ fromEnv })),
  fc.constantFrom(...FILES).map((fromFile) => ({ fromFile })),
);
const REQUIRED: Record<SecretSpec["type"], string[]> = {
  opaque: [],
  basic: ["username", "password"],
  token: ["token"],
  certificate: ["tls.crt", "tls.key"],
  dockerconfigjson: [".dockerconfigjson"],
};
const secretSpec: fc.Arbitrary<SecretSpec> = fc
  .tuple(
    fc.constantFrom(...(Object.keys(REQUIRED) as SecretSpec["type"][])),
    fc.dictionary(dataKey, secretValue, { maxKeys: 3 }),
    fc.array(secretValue, { minLength: 2, maxLength: 2 }),
    fc.option(fc.boolean(), { nil: undefined }),
  )
  .map(([type, extra, required, immutable]) => {
    const data: Record<string, SecretValue> = { ...extra };
    REQUIRED[type].forEach((key, i) => (data[key] = required[i]!));
    return immutable === undefined ? { type, data } : { type, data, immutable };
  });

// ---- templates ----
const named = (container: fc.Arbitrary<Container>, minLength: number, maxLength: number) =>
  fc.uniqueArray(fc.tuple(label, container), { selector: ([name]) => name, minLength, maxLength });

/** Adds the `volumes` entries that `volume://` dirs refer to (each one a different source kind). */
function withUserVolumes<T extends { containers: Record<string, Container>; initContainers?: Record<string, Container> }>(
  t: T,
): T & { volumes?: Record<string, VolumeSource> } {
  const used = new Set<string>();
  for (const c of [...Object.values(t.initContainers ?? {}), ...Object.values(t.containers)]) {
    for (const url of Object.values(c.dirs ?? {}))
      if (url.startsWith("volume://")) used.add(url.slice("volume://".length).replace(/:r[ow]$/, ""));
  }
  if (used.size === 0) return t;
  const volumes: Record<string, VolumeSource> = {};
  for (const name of USER_VOLUMES)
    if (used.has(name)) volumes[name] = name === "user-data" ? { persistentVolumeClaim: { claimName: "data" } } : { emptyDir: {} };
  return { ...t, volumes };
}

const jobFields = fc
  .record(
    {
      name: fc.stringMatching(/^[a-z]([-a-z0-9]{0,20}[a-z0-9])?$/),
      namespace: label,
      labels,
      annotations,
      podLabels: labels,
      podAnnotations: annotations,
      initContainers: named(initContainer, 0, 2),
      containers: named(mainContainer, 1, 3),
      restartPolicy: fc.constantFrom("Never" as const, "OnFailure" as const),
      backoffLimit: fc.nat(10),
      cleanupAfterSeconds: fc.nat(100000),
      activeDeadlineSeconds: fc.integer({ min: 1, max: 100000 }),
      parallelism: fc.nat(5),
      completions: fc.integer({ min: 1, max: 5 }),
      serviceAccount: label,
      imagePullSecrets: fc.array(subdomain, { maxLength: 2 }),
      nodeSelector: labels,
      tolerations: fc.constant<Toleration[]>([{ key: "batch", operator: "Exists", effect: "NoSchedule" }]),
      secrets: fc.dictionary(subdomain, secretSpec, { maxKeys: 2 }),
    },
    { requiredKeys: ["name", "containers", "initContainers"] },
  )
  .map(({ initContainers, containers, ...rest }) => {
    // Container names are unique across init and regular containers: drop init ones that clash.
    const mainNames = new Set(containers.map(([name]) => name));
    const init = initContainers.filter(([name]) => !mainNames.has(name));
    return withUserVolumes({
      ...rest,
      ...(init.length > 0 ? { initContainers: Object.fromEntries(init) } : {}),
      containers: Object.fromEntries(containers),
    });
  });

const jobTemplate: fc.Arbitrary<JobTemplate> = fc
  .tuple(jobFields, fc.option(fc.boolean(), { nil: undefined }))
  .map(([f, suspend]) => (suspend === undefined ? { kind: "Job" as const, ...f } : { kind: "Job" as const, ...f, suspend }));
const scheduledJobTemplate: fc.Arbitrary<ScheduledJobTemplate> = fc
  .tuple(
    jobFields,
    fc.record(
      {
        schedule: fc.constantFrom("0 3 * * *", "*/5 * * * *", "@daily", "@every 1h", "0 0 1 JAN *"),
        timeZone: fc.constantFrom("UTC", "Europe/Berlin", "America/New_York"),
        concurrencyPolicy: fc.constantFrom("Allow" as const, "Forbid" as const, "Replace" as const),
        startingDeadlineSeconds: fc.integer({ min: 10, max: 1000 }),
        successfulJobsHistoryLimit: fc.nat(5),
        failedJobsHistoryLimit: fc.nat(5),
        suspend: fc.boolean(),
      },
      { requiredKeys: ["schedule"] },
    ),
  )
  .map(([f, c]) => ({ kind: "ScheduledJob" as const, ...f, name: f.name.slice(0, 52).replace(/-+$/, ""), ...c }));

const template: fc.Arbitrary<Template> = fc.oneof(jobTemplate, scheduledJobTemplate);

// ---- helpers over output ----
function podSpecOf(main: Obj): Obj {
  return main.kind === "CronJob" ? main.spec.jobTemplate.spec.template.spec : main.spec.template.spec;
}
function allContainers(spec: Obj): Obj[] {
  return [...((spec.initContainers as Obj[] | undefined) ?? []), ...(spec.containers as Obj[])];
}
/** The properties, each checked on every generated template (the name says which one failed). */
const PROPERTIES: [string, (t: Template) => void][] = [
  [
    "never throws and yields no error diagnostics",
    (t) => {
      const result = compileTemplate(t, options);
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(result.manifests.length).toBeGreaterThan(0);
    },
  ],
  [
    "is deterministic: the same input gives JSON-identical output (with and without origins)",
    (t) => {
      const a = compileTemplate(t, options, true);
      const b = compileTemplate(t, options, true);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      expect(JSON.stringify(compileTemplate(t, options).manifests)).toBe(JSON.stringify(a.manifests));
    },
  ],
  [
    "every object has apiVersion, kind and metadata.name, in that key order; Secrets, ConfigMap, then the main object",
    (t) => {
      const { manifests } = compileTemplate(t, options);
      for (const m of manifests) {
        expect(typeof m.apiVersion).toBe("string");
        expect(typeof m.kind).toBe("string");
        expect(typeof m.metadata.name).toBe("string");
        expect(m.metadata.name!.length).toBeGreaterThan(0);
        expect(Object.keys(m).slice(0, 3)).toEqual(["apiVersion", "kind", "metadata"]);
      }
      const expected = Object.keys(t.secrets ?? {}).map(() => "Secret");
      if (manifests.some((m) => m.kind === "ConfigMap")) expected.push("ConfigMap");
      expected.push(t.kind === "Job" ? "Job" : "CronJob");
      expect(manifests.map((m) => m.kind)).toEqual(expected);
    },
  ],
  [
    "every volumeMount names a volume of the pod; volume names are unique DNS-1123 labels",
    (t) => {
      const spec = podSpecOf(compileTemplate(t, options).manifests.at(-1) as Obj);
      const volumes = ((spec.volumes as Obj[] | undefined) ?? []).map((v) => v.name as string);
      expect(new Set(volumes).size).toBe(volumes.length);
      for (const name of volumes) {
        expect(name.length).toBeLessThanOrEqual(63);
        expect(name).toMatch(DNS_LABEL);
      }
      for (const c of allContainers(spec)) {
        for (const mount of (c.volumeMounts as Obj[] | undefined) ?? []) expect(volumes).toContain(mount.name);
      }
    },
  ],
  [
    "container names are unique across init and regular containers, in template order",
    (t) => {
      const spec = podSpecOf(compileTemplate(t, options).manifests.at(-1) as Obj);
      const names = allContainers(spec).map((c) => c.name as string);
      expect(new Set(names).size).toBe(names.length);
      expect(names).toEqual([...Object.keys(t.initContainers ?? {}), ...Object.keys(t.containers)]);
    },
  ],
  [
    "the output holds no null, undefined, function or non-finite number",
    (t) => {
      expect(nonJsonValues(compileTemplate(t, options).manifests)).toEqual([]);
    },
  ],
  [
    "env keeps record order and every entry has exactly one of value / valueFrom",
    (t) => {
      const spec = podSpecOf(compileTemplate(t, options).manifests.at(-1) as Obj);
      const byName = new Map(allContainers(spec).map((c) => [c.name as string, c]));
      for (const [name, c] of [...Object.entries(t.initContainers ?? {}), ...Object.entries(t.containers)]) {
        const out = (byName.get(name)!.env as Obj[] | undefined) ?? [];
        expect(out.map((e) => e.name)).toEqual(Object.keys(c.env ?? {}));
        for (const e of out) expect(("value" in e ? 1 : 0) + ("valueFrom" in e ? 1 : 0)).toBe(1);
      }
    },
  ],
  [
    "every file and dir becomes exactly one mount at its path",
    (t) => {
      const spec = podSpecOf(compileTemplate(t, options).manifests.at(-1) as Obj);
      const byName = new Map(allContainers(spec).map((c) => [c.name as string, c]));
      for (const [name, c] of [...Object.entries(t.initContainers ?? {}), ...Object.entries(t.containers)]) {
        const mounts = ((byName.get(name)!.volumeMounts as Obj[] | undefined) ?? []).map((m) => m.mountPath as string);
        expect(mounts.sort()).toEqual([...Object.keys(c.files ?? {}), ...Object.keys(c.dirs ?? {})].sort());
      }
    },
  ],
];

describe("compiler properties over valid templates", () => {
  // One generated template feeds every property: generating templates costs far more than
  // compiling them, and this keeps RUNS runs per property within the file's time budget.
  it(`all ${PROPERTIES.length} properties hold for each of ${RUNS} generated templates`, () => {
    fc.assert(
      fc.property(template, (t) => {
        for (const [name, check] of PROPERTIES) {
          try {
            check(t);
          } catch (e) {
            throw new Error(`property "${name}" failed: ${(e as Error).message}`);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("the generator covers both kinds, init containers, every env form, files, dirs and secrets", () => {
    const sample = fc.sample(template, { numRuns: 200, seed: 42 });
    const envForms = new Set<string>();
    for (const t of sample) {
      for (const c of [...Object.values(t.containers), ...Object.values(t.initContainers ?? {})]) {
        for (const v of Object.values(c.env ?? {})) {
          if (typeof v !== "object") envForms.add(typeof v === "string" && /^(secret|configmap):\/\//.test(v) ? "url" : typeof v);
          else envForms.add(["secret", "configMap", "field", "resource"].find((k) => k in v)!);
        }
      }
    }
    expect([...envForms].sort()).toEqual(["boolean", "configMap", "field", "number", "resource", "secret", "string", "url"]);
    expect(sample.some((t) => t.kind === "Job") && sample.some((t) => t.kind === "ScheduledJob")).toBe(true);
    expect(sample.some((t) => Object.keys(t.initContainers ?? {}).length > 0)).toBe(true);
    expect(sample.some((t) => Object.keys(t.containers).length === 3)).toBe(true);
    expect(sample.some((t) => Object.values(t.containers).some((c) => Object.keys(c.files ?? {}).length > 0))).toBe(true);
    expect(
      sample.some((t) => Object.values(t.containers).some((c) => Object.values(c.dirs ?? {}).some((d) => d.startsWith("volume://")))),
    ).toBe(true);
    expect(sample.some((t) => Object.keys(t.secrets ?? {}).length > 0)).toBe(true);
  });
});
