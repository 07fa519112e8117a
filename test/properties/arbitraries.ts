// fast-check generators of *valid* kubejobs templates, written from src/template/types.ts, and
// of mutations that break them. Valid means: accepted by the template schema, the compiler, the
// Kubernetes rules and the OpenAPI schema (warnings allowed). The generator stays inside the
// rules the API server applies: unique container names across init and main containers, mount
// paths that do not clash, requests ≤ limits, extended resources as whole numbers with
// requests = limits, probes and hooks only on main containers, successThreshold 1 for liveness
// and startup probes, ScheduledJob names ≤ 52.
import fc from "fast-check";
import type { Container, EnvFrom, EnvValue, FileSpec, Probe, Resources, SecretSpec, Template } from "../../src/template/types.js";

type Obj = Record<string, unknown>;

/** Strings a YAML round trip could misread; they must come back as the same strings. */
const TRICKY = [
  "yes",
  "no",
  "on",
  "off",
  "true",
  "null",
  "~",
  "0755",
  "0x1F",
  "1e3",
  ".inf",
  "-",
  "- x",
  "a: b",
  "a #b",
  "#x",
  "&a",
  "*a",
  "!t",
  "|",
  ">",
  "'",
  '"',
  "%",
  "@",
  "`",
  "{",
  "[",
  "]",
  "}",
  ",",
  "?",
  "",
  " ",
  " lead",
  "trail ",
  "multi\nline",
  "tab\tin",
  "\u00e9t\u00e9",
  "\u{1F600}",
  "\u202e",
  "\\",
  "$(HOME)",
  "---",
  "...",
  "=",
  "0",
  "-1",
  "1.0",
  "0o17",
  "+1",
];
const tricky = fc.constantFrom(...TRICKY);
const text = fc.oneof(
  tricky,
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.tuple(tricky, tricky).map(([a, b]) => a + b),
);

// ---- names ----
export const dnsLabel = fc.stringMatching(/^[a-z]([-a-z0-9]{0,10}[a-z0-9])?$/);
const subdomain = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,8}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,5}[a-z0-9])?)?$/);
// `__proto__` is a valid Secret key that compile accepts, but the loader refuses it in YAML
// (load/forbidden-key): it is no key of a template valid in every form.
const dataKey = fc.stringMatching(/^[-._a-zA-Z0-9]{1,12}$/).filter((k) => k !== "." && !k.startsWith("..") && k !== "__proto__");
const envName = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,11}$/);
const labelName = fc.stringMatching(/^[a-zA-Z0-9]([-_.a-zA-Z0-9]{0,10}[a-zA-Z0-9])?$/);
const labelKey = fc
  .oneof(
    labelName,
    fc.tuple(subdomain, labelName).map(([p, n]) => `${p}/${n}`),
  )
  .filter((k) => !k.startsWith("kubernetes.io/") && !k.startsWith("k8s.io/"));
const labelValue = fc.oneof(fc.constant(""), labelName);
const labels = fc.dictionary(labelKey, labelValue, { maxKeys: 3 });
const annotations = fc.dictionary(labelKey, text, { maxKeys: 3 });

// ---- env ----
const keyUrl = (scheme: "secret" | "configmap") => fc.tuple(subdomain, dataKey).map(([n, k]) => `${scheme}://${n}/${k}`);
const literal: fc.Arbitrary<EnvValue> = fc.oneof(
  text.filter((s) => !/^(secret|configmap):\/\//.test(s)),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
);
const withOptional = <T extends Obj>(base: T, optional: boolean | undefined): T => (optional === undefined ? base : { ...base, optional });
const maybeBool = fc.option(fc.boolean(), { nil: undefined });
const envValue: fc.Arbitrary<EnvValue> = fc.oneof(
  { weight: 3, arbitrary: literal },
  keyUrl("secret"),
  keyUrl("configmap"),
  fc.tuple(subdomain, dataKey, maybeBool).map(([secret, key, o]) => withOptional({ secret, key }, o)),
  fc.tuple(subdomain, dataKey, maybeBool).map(([configMap, key, o]) => withOptional({ configMap, key }, o)),
  fc
    .constantFrom(
      "metadata.name",
      "metadata.namespace",
      "metadata.uid",
      "spec.nodeName",
      "spec.serviceAccountName",
      "status.podIP",
      "status.hostIP",
    )
    .map((field) => ({ field })),
  // Divisors as Kubernetes allows them per resource (validateContainerResourceDivisor).
  fc
    .constantFrom("limits.cpu", "limits.memory", "requests.cpu", "requests.memory")
    .chain((resource) =>
      fc
        .constantFrom(undefined, "1", ...(resource.endsWith("cpu") ? ["1m"] : ["1Mi", "1Gi", "1k"]))
        .map((divisor) => (divisor === undefined ? { resource } : { resource, divisor })),
    ),
);
const env = fc.dictionary(envName, envValue, { maxKeys: 5 });
const envFrom: fc.Arbitrary<EnvFrom[]> = fc.array(
  fc.oneof(
    fc.tuple(fc.constantFrom("secret", "configmap"), subdomain).map(([s, n]) => `${s}://${n}`),
    fc
      .tuple(subdomain, fc.stringMatching(/^[A-Z][A-Z_]{0,4}$/), maybeBool)
      .map(([secret, prefix, o]) => withOptional({ secret, prefix }, o)),
    fc.tuple(subdomain, maybeBool).map(([configMap, o]) => withOptional({ configMap }, o)),
  ),
  { maxLength: 2 },
);

// ---- resources: quantities from ordered ladders, so MIN-MAX and requests ≤ limits hold ----
const CPU = ["100m", "250m", "500m", "1", "1500m", "2", "4"];
const MEMORY = ["64Mi", "128Mi", "256Mi", "512Mi", "1Gi", "2Gi"];
const STORAGE = ["100Mi", "1Gi", "10Gi"];
const ladder = (steps: string[]) =>
  fc.tuple(fc.nat(steps.length - 1), fc.nat(steps.length - 1)).map(([a, b]) => [steps[Math.min(a, b)]!, steps[Math.max(a, b)]!] as const);
const shorthand = (steps: string[]) =>
  fc.oneof(
    fc.constantFrom(...steps),
    ladder(steps).map(([lo, hi]) => `${lo}-${hi}`),
  );
const resources: fc.Arbitrary<Resources> = fc.oneof(
  fc.record(
    {
      cpu: shorthand(CPU),
      memory: shorthand(MEMORY),
      ephemeralStorage: shorthand(STORAGE),
      "nvidia.com/gpu": fc.constantFrom("1", "2", 1),
    },
    { requiredKeys: [] },
  ),
  fc.record({ cpu: ladder(CPU), memory: ladder(MEMORY), "ephemeral-storage": ladder(STORAGE) }, { requiredKeys: [] }).chain((pairs) =>
    fc.tuple(fc.boolean(), fc.boolean()).map(([withRequests, withLimits]) => {
      const entries = Object.entries(pairs) as [string, readonly [string, string]][];
      const out: Obj = {};
      if (withRequests) out.requests = Object.fromEntries(entries.map(([k, [lo]]) => [k, lo]));
      if (withLimits) out.limits = Object.fromEntries(entries.map(([k, [, hi]]) => [k, hi]));
      return out as Resources;
    }),
  ),
);

// ---- files (under /etc/kj) and dirs (under /mnt): no two mounts at one path ----
const mode = fc.option(fc.constantFrom("0644", "0600", "0400", "0755", "0777", "644"), { nil: undefined });
const fileSpec: fc.Arbitrary<FileSpec> = fc.oneof(
  fc.tuple(text, mode).map(([content, m]) => (m === undefined ? { content } : { content, mode: m })),
  fc
    .tuple(fc.oneof(keyUrl("secret"), keyUrl("configmap")), mode)
    .map(([contentFrom, m]) => (m === undefined ? { contentFrom } : { contentFrom, mode: m })),
);
const files = fc.dictionary(fc.stringMatching(/^\/etc\/kj\/[a-z][a-z0-9]{0,5}(\.[a-z]{1,4})?$/), fileSpec, { maxKeys: 3 });
const dirs = fc.dictionary(
  fc.stringMatching(/^\/mnt\/[a-z][a-z0-9]{0,5}$/),
  fc
    .tuple(
      fc.oneof(
        fc.tuple(fc.constantFrom("secret", "configmap", "pvc"), subdomain).map(([s, n]) => `${s}://${n}`),
        fc.constantFrom("emptydir://", "emptydir://memory"),
      ),
      fc.constantFrom("", ":ro"),
    )
    .map(([url, ro]) => url + ro),
  { maxKeys: 3 },
);

// ---- probes ----
const port = fc.integer({ min: 1, max: 65535 });
const action = fc.oneof(
  fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 }).map((exec) => ({ exec })),
  fc
    .tuple(
      fc.constantFrom("http", "https"),
      fc.constantFrom("localhost", "127.0.0.1"),
      fc.option(port, { nil: undefined }),
      fc.stringMatching(/^(\/[a-z]{1,6}){0,2}$/),
    )
    .map(([s, h, p, path]) => ({
      http: `${s}://${h}${p === undefined ? "" : `:${p}`}${path}`,
    })),
  port.map((p) => ({ tcp: `tcp://localhost:${p}` })),
);
const probe = (successThreshold: fc.Arbitrary<number>): fc.Arbitrary<Probe> =>
  fc
    .tuple(
      action,
      fc.record(
        {
          initialDelaySeconds: fc.nat(60),
          periodSeconds: fc.integer({ min: 1, max: 60 }),
          timeoutSeconds: fc.integer({ min: 1, max: 30 }),
          successThreshold,
          failureThreshold: fc.integer({ min: 1, max: 10 }),
        },
        { requiredKeys: [] },
      ),
    )
    .map(([a, timings]) => ({ ...timings, ...a }) as Probe);

// ---- containers ----
const image = fc.constantFrom(
  "busybox:1.36",
  "ghcr.io/acme/report:1.4.2",
  "registry.example.com:5000/team/app@sha256:" + "0".repeat(64),
  "alpine",
);
const commonFields = {
  image,
  command: fc.array(text, { maxLength: 3 }),
  args: fc.array(text, { maxLength: 3 }),
  workingDir: fc.constantFrom("/", "/app", "/work/dir"),
  imagePullPolicy: fc.constantFrom("Always" as const, "IfNotPresent" as const, "Never" as const),
  env,
  envFrom,
  resources,
  files,
  dirs,
};
const initContainer: fc.Arbitrary<Container> = fc.record(commonFields, { requiredKeys: ["image"] });
const mainContainer: fc.Arbitrary<Container> = fc
  .tuple(
    fc.record(
      {
        ...commonFields,
        readinessProbe: probe(fc.integer({ min: 1, max: 3 })),
        startupProbe: probe(fc.constant(1)),
        lifecycle: fc.record(
          {
            preStop: fc.oneof(
              action.filter((a) => !("tcp" in a)),
              fc.nat(30).map((sleep) => ({ sleep })),
            ),
            postStart: action.filter((a) => !("tcp" in a)),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ["image"] },
    ),
    fc.oneof(
      fc.constant({}),
      probe(fc.constant(1)).map((livenessProbe) => ({ livenessProbe })),
      fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 2 }).map((livenessCommand) => ({ livenessCommand })),
    ),
  )
  .map(([c, l]) => ({ ...c, ...l }) as Container);

// ---- secrets (literal values only: compile is pure) ----
const REQUIRED: Record<SecretSpec["type"], string[]> = {
  opaque: [],
  basic: ["username", "password"],
  token: ["token"],
  certificate: ["tls.crt", "tls.key"],
  dockerconfigjson: [".dockerconfigjson"],
};
const secret: fc.Arbitrary<SecretSpec> = fc
  .tuple(
    fc.constantFrom(...(Object.keys(REQUIRED) as SecretSpec["type"][])),
    fc.dictionary(dataKey, text, { maxKeys: 3 }),
    fc.array(text, { minLength: 2, maxLength: 2 }),
    maybeBool,
  )
  .map(([type, extra, values, immutable]) => {
    const data: Record<string, string> = type === "dockerconfigjson" ? {} : { ...extra };
    REQUIRED[type].forEach(
      (key, i) =>
        (data[key] =
          key === ".dockerconfigjson"
            ? JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from(values[i]!).toString("base64") } } })
            : values[i]!),
    );
    return immutable === undefined ? { type, data } : { type, data, immutable };
  });

// ---- templates ----
const jobFields = fc
  .record(
    {
      name: fc.stringMatching(/^[a-z]([-a-z0-9.]{0,60}[a-z0-9])?$/).filter((n) => !/\.\.|\.-|-\./.test(n)),
      namespace: dnsLabel,
      labels,
      annotations,
      podLabels: labels,
      podAnnotations: annotations,
      init: fc.uniqueArray(fc.tuple(dnsLabel, initContainer), { selector: ([n]) => n, maxLength: 2 }),
      main: fc.uniqueArray(fc.tuple(dnsLabel, mainContainer), { selector: ([n]) => n, minLength: 1, maxLength: 3 }),
      restartPolicy: fc.constantFrom("Never" as const, "OnFailure" as const),
      backoffLimit: fc.nat(10),
      cleanupAfterSeconds: fc.nat(1_000_000),
      activeDeadlineSeconds: fc.integer({ min: 1, max: 1_000_000 }),
      completions: fc.integer({ min: 1, max: 10 }),
      parallelism: fc.nat(10),
      serviceAccount: dnsLabel,
      imagePullSecrets: fc.uniqueArray(subdomain, { maxLength: 2 }),
      nodeSelector: labels,
      priorityClassName: subdomain,
      secrets: fc.dictionary(subdomain, secret, { maxKeys: 2 }),
    },
    { requiredKeys: ["name", "init", "main"] },
  )
  .map(({ init, main, ...rest }) => {
    const names = new Set(main.map(([n]) => n));
    const initContainers = init.filter(([n]) => !names.has(n));
    return {
      ...rest,
      ...(initContainers.length > 0 ? { initContainers: Object.fromEntries(initContainers) } : {}),
      containers: Object.fromEntries(main),
    };
  });

export const jobTemplate = fc
  .tuple(jobFields, maybeBool)
  .map(([f, suspend]) => ({ kind: "Job" as const, ...f, ...(suspend === undefined ? {} : { suspend }) }));
export const scheduledJobTemplate = fc
  .tuple(
    jobFields,
    fc.record(
      {
        schedule: fc.constantFrom(
          "0 3 * * *",
          "*/15 * * * *",
          "30 2 * * 1-5",
          "@daily",
          "@hourly",
          "@every 2h",
          "0 0 1 JAN,JUL *",
          "5 4 * * sun",
        ),
        timeZone: fc.constantFrom("UTC", "Europe/Berlin", "Asia/Tokyo", "America/Sao_Paulo"),
        concurrencyPolicy: fc.constantFrom("Allow" as const, "Forbid" as const, "Replace" as const),
        startingDeadlineSeconds: fc.integer({ min: 10, max: 3600 }),
        successfulJobsHistoryLimit: fc.nat(10),
        failedJobsHistoryLimit: fc.nat(10),
        suspend: fc.boolean(),
      },
      { requiredKeys: ["schedule", "timeZone"] },
    ),
  )
  .map(([f, c]) => ({ kind: "ScheduledJob" as const, ...f, ...c, name: f.name.slice(0, 52).replace(/[-.]+$/, "") }));

export const validTemplate: fc.Arbitrary<Template> = fc.oneof(jobTemplate, scheduledJobTemplate) as fc.Arbitrary<Template>;

// ---- mutations ----
type Path = (string | number)[];

/** Every path to a value inside `value` (not the root), down to 12 levels. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object" || prefix.length >= 12) return [];
  const out: Path[] = [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [k, v] of entries) out.push([...prefix, k], ...pathsOf(v, [...prefix, k]));
  return out;
}

function deep(levels: number, leaf: unknown): unknown {
  let v = leaf;
  for (let i = 0; i < levels; i++) v = i % 2 === 0 ? [v] : { k: v };
  return v;
}

/** Replacement values that are wrong somewhere (and sometimes right by chance). */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 10 }),
  fc.string({ unit: "binary", maxLength: 10 }),
  fc.constantFrom("x".repeat(100_000), "\u{1F600}".repeat(1000), "\u0000", "\ud800", "secret://", "configmap://a", "Always", "-1", "1e400"),
  fc.constantFrom(Number.MAX_SAFE_INTEGER * 8, -1, 1.5, Number.MIN_VALUE, 2 ** 31, 2 ** 63),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
  fc.nat(300).map((n) => deep(n, "leaf")),
  fc.constant(JSON.parse('{"__proto__": {"polluted": "yes"}}')),
);

export type Mutation =
  | { op: "set"; at: number; value: unknown }
  | { op: "delete"; at: number }
  | { op: "unknown-key"; at: number; key: string; value: unknown }
  | { op: "proto-key"; at: number; key: "__proto__" | "constructor" | "prototype" }
  | { op: "array-for-map"; at: number }
  | { op: "root"; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant("set" as const), at: fc.nat(), value: wrongValue }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("delete" as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("unknown-key" as const),
      at: fc.nat(),
      key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("imag", "comand", "kind", "apiVersion", "")),
      value: wrongValue,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("proto-key" as const),
      at: fc.nat(),
      key: fc.constantFrom("__proto__" as const, "constructor" as const, "prototype" as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("array-for-map" as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("root" as const), value: wrongValue }) },
);

/**
 * A fresh copy of a replacement value: fc.constant hands out one shared instance, and mutating
 * it in place would build cycles across runs. JSON keeps an own `__proto__` key as JSON.parse made it.
 */
function fresh(value: unknown): unknown {
  return value !== null && typeof value === "object" ? JSON.parse(JSON.stringify(value)) : value;
}

/** Applies mutations to a deep copy; returns the mutated value (which may not be an object). */
export function applyMutations(template: unknown, mutations: readonly Mutation[]): unknown {
  let root: unknown = structuredClone(template);
  for (const m of mutations) {
    if (m.op === "root") {
      root = fresh(m.value);
      continue;
    }
    const paths = [[], ...pathsOf(root)] as Path[];
    const path = paths[m.at % paths.length]!;
    const parentPath = path.slice(0, -1);
    const last = path.at(-1);
    const parent = parentPath.reduce<any>((v, k) => v?.[k], root);
    const target = path.reduce<any>((v, k) => v?.[k], root);
    switch (m.op) {
      case "set":
        if (last === undefined) root = fresh(m.value);
        else if (parent && typeof parent === "object") parent[last] = fresh(m.value);
        break;
      case "delete":
        if (last !== undefined && parent && typeof parent === "object") {
          if (Array.isArray(parent)) parent.splice(Number(last), 1);
          else delete parent[last];
        }
        break;
      case "unknown-key":
        if (target && typeof target === "object" && !Array.isArray(target))
          Object.defineProperty(target, m.key, { value: fresh(m.value), enumerable: true, configurable: true, writable: true });
        break;
      case "proto-key":
        // An own property, as JSON.parse and YAML loaders would create it.
        if (target && typeof target === "object" && !Array.isArray(target))
          Object.defineProperty(target, m.key, {
            value: { polluted: "yes", image: "busybox" },
            enumerable: true,
            configurable: true,
            writable: true,
          });
        break;
      case "array-for-map":
        if (last !== undefined && parent && typeof parent === "object" && target && typeof target === "object" && !Array.isArray(target))
          parent[last] = Object.entries(target).map(([name, v]) => ({ name, ...(typeof v === "object" && v ? v : { value: v }) }));
        break;
    }
  }
  return root;
}
