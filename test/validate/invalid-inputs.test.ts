// Issue 4, "what it must show": a table of invalid inputs (templates and raw Job, CronJob, Secret
// and ConfigMap manifests, in YAML), each run as `kubejobs validate -` runs it (loadInputs on
// stdin, then checkDocuments), each with the rule code, path, line and column that must be
// reported. Expectations come from the Kubernetes validation code (pkg/apis/batch/validation,
// pkg/apis/core/validation, apimachinery validation, robfig/cron v3 as the CronJob controller uses
// it) and from PRODUCT.md §2, not from kubejobs' own output. Other diagnostics may be reported too,
// except in the rows marked `exact`, which pin the whole list.
//
// Positions (PRODUCT §2, STYLE "Errors are values"): a diagnostic points at the offending node: the
// value, or the key when the problem is the field or key itself (an unknown or too-new field, an
// invalid label key or name given as a map key); a missing field at the key of its nearest
// existing parent (the document start at the top level).
//
// Rows that show a bug are `todo` with the reason, and are listed in the report, not in the
// passing table (src/ is owned elsewhere).
import { describe, expect, it } from "vitest";
import type { KubeVersion } from "../../src/k8s/versions.js";
import type { Path } from "../../src/diagnostic.js";
import { CONFIG_MAP_M, CRON_M, CRON_T, inputKind, JOB_M, JOB_T, SECRET_M, validateYaml, yaml, type Placed } from "./table-yaml.js";

type Layer = "template shape" | "compile" | "kubernetes rules" | "schema and versions" | "schedule";

interface Options {
  /** --kube-version; default the newest bundled. */
  v?: KubeVersion;
  warning?: true;
  /** A word the hint must contain: the did-you-mean suggestion, a zone name. */
  hint?: string;
  /** A word the message must contain: the feature gate, the version a field appeared in. */
  message?: string;
  /** This diagnostic is the only one. */
  exact?: true;
  /** Environment for fromEnv secrets. */
  env?: Record<string, string>;
  /** Why this row shows a bug (kept out of the passing table). */
  todo?: string;
}

interface Row extends Options {
  layer: Layer;
  what: string;
  yaml: string;
  code: string;
  path: Path;
  line: number;
  column: number;
}

function rows(layer: Layer) {
  return (what: string, text: string, code: string, path: Path, [line, column]: [number, number], options: Options = {}): Row => ({
    layer,
    what,
    yaml: text,
    code,
    path,
    line,
    column,
    ...options,
  });
}

const shape = rows("template shape");
const compile = rows("compile");
const rule = rows("kubernetes rules");
const schema = rows("schema and versions");
const cron = rows("schedule");

// Names of a given length, readable: the prefix says what they are.
const name53 = `nightly-report-${"x".repeat(38)}`; // 53 characters: one more than a CronJob may have
const name64 = `db-migrate-${"x".repeat(53)}`; // 64 characters: one more than a Job may have
const name62 = `reindex-${"x".repeat(54)}`; // 62: `<name>-9` is a 64-character hostname
const name254 = `app-config-${"x".repeat(243)}`; // 254: one more than a DNS-1123 subdomain
const MANIFEST_PATH_LEAKS =
  "the template path carries manifest-only parts (or is the manifest path itself) where the template has no such field, and the position falls on the parent key";
const KEY_NOT_VALUE = "the problem is the key, but the diagnostic points at the value";
const DUPLICATE_ON_INIT =
  "Kubernetes (validateInitContainers) puts regular container names in the set first and reports the duplicate on the init container; kubejobs reports it on the regular container";

// ---- Layer 1: the template's shape (templates only). Line 6 is the first line after JOB_T.
const TEMPLATE_SHAPE: Row[] = [
  shape(
    "unknown top-level field, with did-you-mean",
    yaml(JOB_T, { 6: "backofLimit: 2" }),
    "template/unknown-field",
    ["backofLimit"],
    [6, 1],
    { hint: "backoffLimit", exact: true },
  ),
  shape(
    "unknown container field, with did-you-mean",
    yaml(JOB_T, { 6: "    imagePullPolcy: Always" }),
    "template/unknown-field",
    ["containers", "main", "imagePullPolcy"],
    [6, 5],
    { hint: "imagePullPolicy" },
  ),
  shape("container field at the top level", yaml(JOB_T, { 6: "image: busybox:1.36" }), "template/unknown-field", ["image"], [6, 1]),
  shape("missing name", yaml(JOB_T, { 2: "namespace: batch" }), "template/required", ["name"], [1, 1]),
  shape(
    "container without an image",
    yaml(JOB_T, { 5: "    args: [migrate]" }),
    "template/required",
    ["containers", "main", "image"],
    [4, 3],
  ),
  shape("no containers at all", yaml(JOB_T, { 3: "containers: {}", 4: [], 5: [] }), "template/required", ["containers"], [3, 13]),
  shape("ScheduledJob without a schedule", yaml(CRON_T, { 6: [] }), "template/required", ["schedule"], [1, 1]),
  shape("backoffLimit is not a number", yaml(JOB_T, { 6: "backoffLimit: two" }), "template/type", ["backoffLimit"], [6, 15]),
  shape("parallelism is fractional", yaml(JOB_T, { 6: "parallelism: 1.5" }), "template/type", ["parallelism"], [6, 14]),
  shape("suspend is a string", yaml(JOB_T, { 6: 'suspend: "yes"' }), "template/type", ["suspend"], [6, 10]),
  shape(
    "command is a string, not a list",
    yaml(JOB_T, { 6: "    command: python -m app" }),
    "template/type",
    ["containers", "main", "command"],
    [6, 14],
  ),
  shape("env value is a list", yaml(JOB_T, { 6: "    env: { A: [1] }" }), "template/type", ["containers", "main", "env", "A"], [6, 15]),
  shape(
    "env value is null",
    yaml(JOB_T, { 6: "    env: { DEBUG: null }" }),
    "template/type",
    ["containers", "main", "env", "DEBUG"],
    [6, 19],
  ),
  shape("label value is a number", yaml(JOB_T, { 6: "labels: { team: 1 }" }), "template/type", ["labels", "team"], [6, 17]),
  shape("podLabels is a list", yaml(JOB_T, { 6: "podLabels: [a, b]" }), "template/type", ["podLabels"], [6, 12]),
  shape("imagePullSecrets is a string", yaml(JOB_T, { 6: "imagePullSecrets: regcred" }), "template/type", ["imagePullSecrets"], [6, 19]),
  shape("timeZone is a number", yaml(CRON_T, { 7: "timeZone: 5" }), "template/type", ["timeZone"], [7, 11]),
  shape("backoffLimit is negative", yaml(JOB_T, { 6: "backoffLimit: -1" }), "template/minimum", ["backoffLimit"], [6, 15], { exact: true }),
  shape(
    "cleanupAfterSeconds is negative",
    yaml(JOB_T, { 6: "cleanupAfterSeconds: -60" }),
    "template/minimum",
    ["cleanupAfterSeconds"],
    [6, 22],
  ),
  shape(
    "imagePullPolicy is not a policy",
    yaml(JOB_T, { 6: "    imagePullPolicy: Sometimes" }),
    "template/enum",
    ["containers", "main", "imagePullPolicy"],
    [6, 22],
  ),
  shape("completionMode in lower case", yaml(JOB_T, { 6: "completionMode: indexed" }), "template/enum", ["completionMode"], [6, 17]),
  shape("concurrencyPolicy Skip", yaml(CRON_T, { 8: "concurrencyPolicy: Skip" }), "template/enum", ["concurrencyPolicy"], [8, 20]),
  shape(
    "unknown secret type",
    yaml(JOB_T, { 6: "secrets: { db: { type: generic, data: { a: b } } }" }),
    "template/enum",
    ["secrets", "db", "type"],
    [6, 24],
  ),
  shape(
    "restartPolicy Always on a Job",
    yaml(JOB_T, { 6: "restartPolicy: Always" }),
    "template/restart-policy-always",
    ["restartPolicy"],
    [6, 16],
  ),
  shape(
    "probe with both exec and http",
    yaml(JOB_T, { 6: '    livenessProbe: { exec: [pg_isready], http: "http://localhost:8080/" }' }),
    "template/one-of",
    ["containers", "main", "livenessProbe"],
    [6, 20],
  ),
  shape(
    "env secret reference without a key",
    yaml(JOB_T, { 6: '    env: { DB: "secret://db" }' }),
    "template/pattern",
    ["containers", "main", "env", "DB"],
    [6, 16],
  ),
  shape(
    "envFrom with an unknown scheme",
    yaml(JOB_T, { 6: '    envFrom: ["vault://db"]' }),
    "template/pattern",
    ["containers", "main", "envFrom", 0],
    [6, 15],
  ),
  shape(
    "dirs with a named emptydir",
    yaml(JOB_T, { 6: '    dirs: { /data: "emptydir://big" }' }),
    "template/pattern",
    ["containers", "main", "dirs", "/data"],
    [6, 20],
  ),
  shape(
    "dirs pvc:// without a claim",
    yaml(JOB_T, { 6: '    dirs: { /x: "pvc://" }' }),
    "template/pattern",
    ["containers", "main", "dirs", "/x"],
    [6, 17],
  ),
  shape(
    "file mode with a digit 8",
    yaml(JOB_T, { 6: '    files: { /etc/app.conf: { content: x, mode: "0800" } }' }),
    "template/pattern",
    ["containers", "main", "files", "/etc/app.conf", "mode"],
    [6, 49],
  ),
  shape(
    "file contentFrom without a key",
    yaml(JOB_T, { 6: '    files: { /etc/a: { contentFrom: "secret://tls" } }' }),
    "template/pattern",
    ["containers", "main", "files", "/etc/a", "contentFrom"],
    [6, 37],
  ),
  shape(
    "http probe with an ftp URL",
    yaml(JOB_T, { 6: '    livenessProbe: { http: "ftp://localhost/" }' }),
    "template/pattern",
    ["containers", "main", "livenessProbe", "http"],
    [6, 28],
  ),
  shape(
    "tcp probe without a port",
    yaml(JOB_T, { 6: '    livenessProbe: { tcp: "tcp://localhost" }' }),
    "template/pattern",
    ["containers", "main", "livenessProbe", "tcp"],
    [6, 27],
  ),
  shape(
    "preStop hook with an ftp URL",
    yaml(JOB_T, { 6: '    lifecycle: { preStop: { http: "ftp://x" } }' }),
    "template/pattern",
    ["containers", "main", "lifecycle", "preStop", "http"],
    [6, 35],
  ),
  shape(
    "preStop sleep of -1 seconds",
    yaml(JOB_T, { 6: "    lifecycle: { preStop: { sleep: -1 } }" }),
    "template/minimum",
    ["containers", "main", "lifecycle", "preStop", "sleep"],
    [6, 36],
  ),
  shape(
    "negative successfulJobsHistoryLimit",
    yaml(CRON_T, { 8: "successfulJobsHistoryLimit: -1" }),
    "template/minimum",
    ["successfulJobsHistoryLimit"],
    [8, 29],
  ),
  shape(
    "env value with both secret and configMap",
    yaml(JOB_T, { 6: "    env: { X: { secret: a, configMap: b, key: k } }" }),
    "template/one-of",
    ["containers", "main", "env", "X"],
    [6, 15],
  ),
  shape("schedule on a kind: Job", yaml(JOB_T, { 6: 'schedule: "0 3 * * *"' }), "template/scheduled-job-field", ["schedule"], [6, 1]),
  // An envFrom entry is a Secret or a ConfigMap (the template types say so since issue 15).
  shape(
    "envFrom entry with neither secret nor configMap",
    yaml(JOB_T, { 6: "    envFrom: [{ prefix: A_ }]" }),
    "template/required",
    ["containers", "main", "envFrom", 0],
    [6, 15],
  ),
  shape(
    "envFrom entry with both secret and configMap",
    yaml(JOB_T, { 6: "    envFrom: [{ secret: a, configMap: b }]" }),
    "template/one-of",
    ["containers", "main", "envFrom", 0],
    [6, 15],
  ),
];

// ---- Compile: what the compiler checks while translating the template's own shorthands.
const COMPILE: Row[] = [
  compile(
    "dirs naming an undefined volume",
    yaml(JOB_T, { 6: '    dirs: { /data: "volume://cache" }' }),
    "dirs/unknown-volume",
    ["containers", "main", "dirs", "/data"],
    [6, 20],
  ),
  compile(
    "file mode 1000 (above 0777)",
    yaml(JOB_T, { 6: '    files: { /a: { content: x, mode: "1000" } }' }),
    "file/bad-mode",
    ["containers", "main", "files", "/a", "mode"],
    [6, 38],
  ),
  compile(
    "livenessCommand and livenessProbe both",
    yaml(JOB_T, { 6: ["    livenessCommand: [pg_isready]", "    livenessProbe: { exec: [pg_isready] }"] }),
    "probe/conflict",
    ["containers", "main", "livenessCommand"],
    [6, 22],
    { exact: true },
  ),
  compile(
    "basic secret without a password",
    yaml(JOB_T, { 6: "secrets: { db: { type: basic, data: { username: app } } }" }),
    "secret/missing-key",
    ["secrets", "db", "data"],
    [6, 37],
  ),
  compile(
    "certificate secret without tls.key",
    yaml(JOB_T, { 6: "secrets: { tls: { type: certificate, data: { tls.crt: x } } }" }),
    "secret/missing-key",
    ["secrets", "tls", "data"],
    [6, 44],
  ),
  compile(
    "fromEnv naming an unset variable",
    yaml(JOB_T, { 6: "secrets: { api: { type: token, data: { token: { fromEnv: API_TOKEN } } } }" }),
    "secret/from-env-missing",
    ["secrets", "api", "data", "token", "fromEnv"],
    [6, 58],
    { exact: true },
  ),
  compile(
    "fromFile naming a missing file",
    yaml(JOB_T, { 6: "secrets: { s: { type: opaque, data: { k: { fromFile: ./nope.txt } } } }" }),
    "secret/from-file-missing",
    ["secrets", "s", "data", "k", "fromFile"],
    [6, 54],
    { exact: true },
  ),
];

// ---- Layer 2 on templates: Kubernetes' own rules, reported at the template's lines.
const TEMPLATE_RULES: Row[] = [
  rule("ScheduledJob name of 53 characters", yaml(CRON_T, { 2: `name: ${name53}` }), "name/too-long", ["name"], [2, 7], { exact: true }),
  rule("Job name of 64 characters", yaml(JOB_T, { 2: `name: ${name64}` }), "name/too-long", ["name"], [2, 7]),
  rule("name with upper case", yaml(JOB_T, { 2: "name: DB-Migrate" }), "name/invalid", ["name"], [2, 7]),
  rule(
    "Indexed Job whose last pod hostname is too long",
    yaml(JOB_T, { 2: `name: ${name62}`, 6: ["completionMode: Indexed", "completions: 10"] }),
    "job/indexed-hostname",
    ["name"],
    [2, 7],
  ),
  rule("namespace with upper case and '_'", yaml(JOB_T, { 6: "namespace: Batch_1" }), "namespace/invalid", ["namespace"], [6, 12]),
  rule(
    "label value with a trailing dash",
    yaml(JOB_T, { 6: "labels: { team: data- }" }),
    "label/invalid-value",
    ["labels", "team"],
    [6, 17],
  ),
  rule(
    "pod label value with a leading dash",
    yaml(JOB_T, { 6: 'podLabels: { tier: "-batch" }' }),
    "label/invalid-value",
    ["podLabels", "tier"],
    [6, 20],
  ),
  rule(
    "label value of 64 characters",
    yaml(JOB_T, { 6: `labels: { team: ${"d".repeat(64)} }` }),
    "label/invalid-value",
    ["labels", "team"],
    [6, 17],
  ),
  rule(
    "label key with an empty name part",
    yaml(JOB_T, { 6: 'labels: { "acme.io/": x }' }),
    "label/invalid-key",
    ["labels", "acme.io/"],
    [6, 11],
  ),
  rule(
    "annotation key with a space",
    yaml(JOB_T, { 6: 'annotations: { "bad key": x }' }),
    "annotation/invalid-key",
    ["annotations", "bad key"],
    [6, 16],
  ),
  rule(
    "env name with '=' (Kubernetes 1.36)",
    yaml(JOB_T, { 6: '    env: { "A=B": x }' }),
    "env/invalid-name",
    ["containers", "main", "env", "A=B"],
    [6, 12],
  ),
  rule(
    "env name starting with a digit (Kubernetes 1.29)",
    yaml(JOB_T, { 6: "    env: { 1ST: x }" }),
    "env/invalid-name",
    ["containers", "main", "env", "1ST"],
    [6, 12],
    { v: "1.29" },
  ),
  rule("container name with upper case", yaml(JOB_T, { 4: "  Main:" }), "container/invalid-name", ["containers", "Main"], [4, 3]),
  rule(
    "same container name in initContainers and containers",
    yaml(JOB_T, { 6: ["initContainers:", "  main:", "    image: busybox:1.36"] }),
    "container/duplicate-name",
    ["initContainers", "main"],
    [7, 3],
  ),
  rule(
    "cpu: 250x",
    yaml(JOB_T, { 6: ["    resources:", "      cpu: 250x"] }),
    "quantity/invalid",
    ["containers", "main", "resources", "cpu"],
    [7, 12],
    { exact: true },
  ),
  rule(
    "cpu request above the cpu limit",
    yaml(JOB_T, { 6: '    resources: { requests: { cpu: "2" }, limits: { cpu: "1" } }' }),
    "resources/request-exceeds-limit",
    ["containers", "main", "resources", "requests", "cpu"],
    [6, 35],
  ),
  rule(
    "memory MIN-MAX with MIN above MAX",
    yaml(JOB_T, { 6: "    resources: { memory: 2Gi-1Gi }" }),
    "resources/request-exceeds-limit",
    ["containers", "main", "resources", "memory"],
    [6, 26],
  ),
  rule(
    "memory: 250m (a fraction of a byte) warns",
    yaml(JOB_T, { 6: "    resources: { memory: 250m }" }),
    "resources/fractional-bytes",
    ["containers", "main", "resources", "memory"],
    [6, 26],
    { warning: true, exact: true },
  ),
  rule(
    "negative memory",
    yaml(JOB_T, { 6: "    resources: { memory: -1Gi }" }),
    "quantity/negative",
    ["containers", "main", "resources", "memory"],
    [6, 26],
  ),
  rule(
    "half a GPU",
    yaml(JOB_T, { 6: "    resources: { nvidia.com/gpu: 0.5 }" }),
    "resources/not-integer",
    ["containers", "main", "resources", "nvidia.com/gpu"],
    [6, 34],
  ),
  rule(
    "resource name without a domain",
    yaml(JOB_T, { 6: "    resources: { gpu: 1 }" }),
    "resources/invalid-name",
    ["containers", "main", "resources", "gpu"],
    [6, 18],
  ),
  rule(
    "podFailurePolicy with restartPolicy OnFailure",
    yaml(JOB_T, {
      6: [
        "restartPolicy: OnFailure",
        "podFailurePolicy:",
        "  rules:",
        "    - action: Ignore",
        "      onPodConditions: [{ type: DisruptionTarget }]",
      ],
    }),
    "job/pod-failure-policy-restart-policy",
    ["restartPolicy"],
    [6, 16],
  ),
  rule(
    "maxFailedIndexes without backoffLimitPerIndex",
    yaml(JOB_T, { 6: ["completionMode: Indexed", "completions: 10", "maxFailedIndexes: 2"] }),
    "job/indexed-max-failed-indexes-needs-backoff-limit-per-index",
    ["maxFailedIndexes"],
    [8, 19],
  ),
  rule(
    "maxFailedIndexes above completions",
    yaml(JOB_T, { 6: ["completionMode: Indexed", "completions: 3", "backoffLimitPerIndex: 1", "maxFailedIndexes: 5"] }),
    "job/indexed-max-failed-indexes-exceeds-completions",
    ["maxFailedIndexes"],
    [9, 19],
  ),
  rule(
    "Indexed without completions",
    yaml(JOB_T, { 6: "completionMode: Indexed" }),
    "job/indexed-completions-required",
    ["completionMode"],
    [6, 17],
  ),
  rule(
    "backoffLimitPerIndex on a NonIndexed Job",
    yaml(JOB_T, { 6: "backoffLimitPerIndex: 1" }),
    "job/indexed-only",
    ["backoffLimitPerIndex"],
    [6, 23],
  ),
  rule(
    "successPolicy on a NonIndexed Job",
    yaml(JOB_T, { 6: ["successPolicy:", "  rules: [{ succeededCount: 1 }]"] }),
    "job/success-policy-not-indexed",
    ["successPolicy"],
    [7, 3],
  ),
  rule(
    "successPolicy indexes beyond completions",
    yaml(JOB_T, { 6: ["completionMode: Indexed", "completions: 3", "successPolicy:", '  rules: [{ succeededIndexes: "0-5" }]'] }),
    "job/success-policy-indexes",
    ["successPolicy", "rules", 0, "succeededIndexes"],
    [9, 31],
  ),
  rule(
    "port name of 16 characters",
    yaml(JOB_T, { 6: "    ports: [{ name: metrics-endpoint, containerPort: 9090 }]" }),
    "port/invalid-name",
    ["containers", "main", "ports", 0, "name"],
    [6, 21],
  ),
  rule(
    "containerPort 70000",
    yaml(JOB_T, { 6: "    ports: [{ containerPort: 70000 }]" }),
    "port/invalid-number",
    ["containers", "main", "ports", 0, "containerPort"],
    [6, 30],
  ),
  rule(
    "toleration with operator Exists and a value",
    yaml(JOB_T, { 6: 'tolerations: [{ operator: Exists, value: "true" }]' }),
    "toleration/invalid",
    ["tolerations", 0, "value"],
    [6, 42],
  ),
  rule(
    "liveness probe successThreshold 2",
    yaml(JOB_T, { 6: "    livenessProbe: { exec: [pg_isready], successThreshold: 2 }" }),
    "probe/success-threshold",
    ["containers", "main", "livenessProbe", "successThreshold"],
    [6, 60],
  ),
  rule(
    "sidecar liveness probe successThreshold 2",
    yaml(JOB_T, {
      6: [
        "initContainers:",
        "  side:",
        "    image: busybox:1.36",
        "    restartPolicy: Always",
        "    livenessProbe: { exec: [a], successThreshold: 2 }",
      ],
    }),
    "probe/success-threshold",
    ["initContainers", "side", "livenessProbe", "successThreshold"],
    [10, 51],
  ),
  rule(
    "probe periodSeconds 0 warns (defaulted)",
    yaml(JOB_T, { 6: "    readinessProbe: { exec: [pg_isready], periodSeconds: 0 }" }),
    "probe/zero-defaulted",
    ["containers", "main", "readinessProbe", "periodSeconds"],
    [6, 58],
    { warning: true },
  ),
  rule(
    "tcp probe port 99999",
    yaml(JOB_T, { 6: '    livenessProbe: { tcp: "tcp://h:99999" }' }),
    "probe/invalid-port",
    ["containers", "main", "livenessProbe", "tcp"],
    [6, 27],
  ),
  rule(
    "startingDeadlineSeconds 5 warns",
    yaml(CRON_T, { 8: "startingDeadlineSeconds: 5" }),
    "cronjob/starting-deadline",
    ["startingDeadlineSeconds"],
    [8, 26],
    { warning: true },
  ),
  rule(
    "hostAliases with an invalid IP",
    yaml(JOB_T, { 6: "hostAliases: [{ ip: 10.0.0.300, hostnames: [db] }]" }),
    "pod/host-alias",
    ["hostAliases", 0, "ip"],
    [6, 21],
  ),
  rule(
    "serviceAccount with upper case and '_'",
    yaml(JOB_T, { 6: "serviceAccount: Reports_SA" }),
    "pod/invalid-name",
    ["serviceAccount"],
    [6, 17],
  ),
  rule(
    "imagePullSecrets with an empty name warns",
    yaml(JOB_T, { 6: 'imagePullSecrets: [""]' }),
    "pod/image-pull-secret",
    ["imagePullSecrets", 0],
    [6, 20],
    { warning: true },
  ),
  rule(
    "volume defaultMode above 0777",
    yaml(JOB_T, { 6: "volumes: { cfg: { configMap: { name: c, defaultMode: 1000 } } }" }),
    "file/mode-out-of-range",
    ["volumes", "cfg", "configMap", "defaultMode"],
    [6, 54],
  ),
  rule(
    "volume name with upper case",
    yaml(JOB_T, { 6: "volumes: { Cache: { emptyDir: {} } }" }),
    "volume/invalid-name",
    ["volumes", "Cache"],
    [6, 12],
  ),
  rule(
    "a file and a directory mounted at the same path",
    yaml(JOB_T, { 6: ["    files: { /data/a: { content: x } }", '    dirs: { /data/a: "emptydir://" }'] }),
    "volume-mount/duplicate-path",
    ["containers", "main", "dirs", "/data/a"],
    [7, 13],
  ),
  rule(
    "env fieldRef to an unsupported field",
    yaml(JOB_T, { 6: "    env: { NODE: { field: spec.nodeNam } }" }),
    "env/field-path",
    ["containers", "main", "env", "NODE", "field"],
    [6, 27],
  ),
  rule(
    "env resource that is not a container resource",
    yaml(JOB_T, { 6: "    env: { MEM: { resource: limits.mem } }" }),
    "env/resource-field",
    ["containers", "main", "env", "MEM", "resource"],
    [6, 29],
  ),
  rule("dnsPolicy None without dnsConfig", yaml(JOB_T, { 6: "dnsPolicy: None" }), "pod/dns-config", ["dnsConfig"], [1, 1]),
  rule(
    "port protocol TCPX",
    yaml(JOB_T, { 6: "    ports: [{ containerPort: 80, protocol: TCPX }]" }),
    "schema/enum",
    ["containers", "main", "ports", 0, "protocol"],
    [6, 44],
  ),
  rule(
    "image with a space inside warns (PRODUCT §2)",
    yaml(JOB_T, { 5: '    image: "busybox 1.36"' }),
    "container/image-whitespace",
    ["containers", "main", "image"],
    [5, 12],
    { warning: true },
  ),
  rule(
    "image with a trailing space warns",
    yaml(JOB_T, { 5: '    image: "busybox:1.36 "' }),
    "container/image-whitespace",
    ["containers", "main", "image"],
    [5, 12],
    { warning: true, exact: true },
  ),
  rule(
    "podFailurePolicy FailIndex without backoffLimitPerIndex",
    yaml(JOB_T, { 6: ["podFailurePolicy:", "  rules: [{ action: FailIndex, onExitCodes: { operator: In, values: [1] } }]"] }),
    "job/pod-failure-policy-fail-index",
    ["podFailurePolicy", "rules", 0, "action"],
    [7, 21],
  ),
  rule(
    "podFailurePolicy exit code 0 with operator In",
    yaml(JOB_T, { 6: ["podFailurePolicy:", "  rules: [{ action: FailJob, onExitCodes: { operator: In, values: [0] } }]"] }),
    "job/pod-failure-policy-exit-codes",
    ["podFailurePolicy", "rules", 0, "onExitCodes", "values", 0],
    [7, 68],
  ),
  rule(
    "podFailurePolicy action Retry",
    yaml(JOB_T, { 6: ["podFailurePolicy:", "  rules: [{ action: Retry, onExitCodes: { operator: In, values: [1] } }]"] }),
    "job/pod-failure-policy-action",
    ["podFailurePolicy", "rules", 0, "action"],
    [7, 21],
  ),
  rule(
    "managedBy that is not a domain-prefixed path",
    yaml(JOB_T, { 6: "managedBy: not a domain" }),
    "job/managed-by",
    ["managedBy"],
    [6, 12],
  ),
  rule(
    "hugepages without cpu or memory",
    yaml(JOB_T, { 6: "    resources: { hugepages-2Mi: 100Mi }" }),
    "resources/hugepages-need-cpu-or-memory",
    ["containers", "main", "resources"],
    [6, 16],
  ),
  rule("subdomain with upper case and '_'", yaml(JOB_T, { 6: "subdomain: Bad_Sub" }), "pod/invalid-name", ["subdomain"], [6, 12]),
  rule(
    "priorityClassName with upper case and '_'",
    yaml(JOB_T, { 6: "priorityClassName: Bad_P" }),
    "pod/invalid-name",
    ["priorityClassName"],
    [6, 20],
  ),
  rule(
    "deprecated critical-pod annotation warns",
    yaml(JOB_T, { 6: 'podAnnotations: { scheduler.alpha.kubernetes.io/critical-pod: "" }' }),
    "annotation/deprecated",
    ["podAnnotations", "scheduler.alpha.kubernetes.io/critical-pod"],
    [6, 63],
    { warning: true },
  ),
  rule(
    "volume with two sources",
    yaml(JOB_T, { 6: "volumes: { data: { emptyDir: {}, secret: { secretName: s } } }" }),
    "volume/multiple-sources",
    ["volumes", "data", "secret"],
    [6, 42],
  ),
  rule(
    "nodeSelector value with '!'",
    yaml(JOB_T, { 6: 'nodeSelector: { disk: "ssd!" }' }),
    "pod/node-selector",
    ["nodeSelector", "disk"],
    [6, 23],
  ),
  rule(
    "negative terminationGracePeriodSeconds warns (treated as 1)",
    yaml(JOB_T, { 6: "terminationGracePeriodSeconds: -1" }),
    "pod/termination-grace-period",
    ["terminationGracePeriodSeconds"],
    [6, 32],
    { warning: true },
  ),
  rule(
    "dockerconfigjson secret that is not JSON",
    yaml(JOB_T, { 6: 'secrets: { reg: { type: dockerconfigjson, data: { .dockerconfigjson: "{x" } } }' }),
    "secret/invalid-json",
    ["secrets", "reg", "data", ".dockerconfigjson"],
    [6, 70],
  ),
  rule(
    "secret key with a space",
    yaml(JOB_T, { 6: 'secrets: { s: { type: opaque, data: { "a b": x } } }' }),
    "secret/invalid-key",
    ["secrets", "s", "data", "a b"],
    [6, 39],
  ),
  rule(
    "secret name with upper case and '_'",
    yaml(JOB_T, { 6: "secrets: { S_1: { type: opaque, data: { a: x } } }" }),
    "name/invalid",
    ["secrets", "S_1"],
    [6, 12],
  ),
];

// ---- Layer 3 on templates: the target version's schema, at the template's lines.
const TEMPLATE_VERSIONS: Row[] = [
  schema(
    "unknown field in a pass-through Kubernetes object, with did-you-mean",
    yaml(JOB_T, { 6: "securityContext: { runAsUsr: 1000 }" }),
    "schema/unknown-field",
    ["securityContext", "runAsUsr"],
    [6, 20],
    { hint: "runAsUser" },
  ),
  schema(
    "unknown affinity field, with did-you-mean",
    yaml(JOB_T, { 6: "affinity: { nodeAfinity: {} }" }),
    "schema/unknown-field",
    ["affinity", "nodeAfinity"],
    [6, 13],
    { hint: "nodeAffinity" },
  ),
  schema(
    "containerPort is a string",
    yaml(JOB_T, { 6: '    ports: [{ containerPort: "http" }]' }),
    "schema/type",
    ["containers", "main", "ports", 0, "containerPort"],
    [6, 30],
  ),
  rule(
    "toleration effect NoSchedul (one message: the rule's, with the schema's did-you-mean)",
    yaml(JOB_T, { 6: "tolerations: [{ operator: Exists, effect: NoSchedul }]" }),
    "toleration/invalid",
    ["tolerations", 0, "effect"],
    [6, 43],
    { hint: "NoSchedule" },
  ),
  schema(
    "successPolicy with --kube-version 1.29",
    yaml(JOB_T, { 6: ["completionMode: Indexed", "completions: 3", "successPolicy:", "  rules: [{ succeededCount: 1 }]"] }),
    "version/field-too-new",
    ["successPolicy"],
    [8, 1],
    { v: "1.29", message: "1.30" },
  ),
  schema(
    "managedBy with --kube-version 1.29",
    yaml(JOB_T, { 6: "managedBy: kueue.x-k8s.io/multikueue" }),
    "version/field-too-new",
    ["managedBy"],
    [6, 1],
    { v: "1.29", message: "1.30" },
  ),
  schema(
    "managedBy on 1.30 warns: alpha, JobManagedBy gate",
    yaml(JOB_T, { 6: "managedBy: kueue.x-k8s.io/multikueue" }),
    "version/feature-gate",
    ["managedBy"],
    [6, 1],
    { v: "1.30", warning: true, message: "JobManagedBy", exact: true },
  ),
  schema(
    "successPolicy on 1.30 warns: alpha, JobSuccessPolicy gate",
    yaml(JOB_T, { 6: ["completionMode: Indexed", "completions: 3", "successPolicy:", "  rules: [{ succeededCount: 1 }]"] }),
    "version/feature-gate",
    ["successPolicy"],
    [8, 1],
    { v: "1.30", warning: true, message: "JobSuccessPolicy" },
  ),
  schema(
    "podReplacementPolicy on 1.29 warns: beta, JobPodReplacementPolicy gate",
    yaml(JOB_T, { 6: "podReplacementPolicy: Failed" }),
    "version/feature-gate",
    ["podReplacementPolicy"],
    [6, 1],
    { v: "1.29", warning: true, message: "JobPodReplacementPolicy" },
  ),
  schema(
    "hostUsers on 1.29 warns: alpha, UserNamespacesSupport gate",
    yaml(JOB_T, { 6: "hostUsers: false" }),
    "version/feature-gate",
    ["hostUsers"],
    [6, 1],
    { v: "1.29", warning: true, message: "UserNamespacesSupport" },
  ),
  schema(
    "hostUsers on 1.34 warns: beta, on by default",
    yaml(JOB_T, { 6: "hostUsers: false" }),
    "version/feature-gate",
    ["hostUsers"],
    [6, 1],
    {
      v: "1.34",
      warning: true,
      message: "beta",
    },
  ),
  schema(
    "pod-level resources on 1.34 warns: beta, on by default",
    yaml(JOB_M, { 12: '      resources: { limits: { cpu: "1" } }' }),
    "version/feature-gate",
    ["spec", "template", "spec", "resources"],
    [12, 7],
    {
      v: "1.34",
      warning: true,
      message: "beta",
    },
  ),
  schema(
    "pod appArmorProfile on 1.29",
    yaml(JOB_T, { 6: "securityContext: { appArmorProfile: { type: RuntimeDefault } }" }),
    "version/field-too-new",
    ["securityContext", "appArmorProfile"],
    [6, 20],
    { v: "1.29", message: "1.30" },
  ),
  schema(
    "container appArmorProfile on 1.29",
    yaml(JOB_T, { 6: "    securityContext: { appArmorProfile: { type: RuntimeDefault } }" }),
    "version/field-too-new",
    ["containers", "main", "securityContext", "appArmorProfile"],
    [6, 24],
    { v: "1.29", message: "1.30" },
  ),
  schema(
    "seLinuxChangePolicy on 1.31",
    yaml(JOB_T, { 6: "securityContext: { seLinuxChangePolicy: Recursive }" }),
    "version/field-too-new",
    ["securityContext", "seLinuxChangePolicy"],
    [6, 20],
    { v: "1.31", message: "1.32" },
  ),
  schema(
    "image volume on 1.30",
    yaml(JOB_T, { 6: 'volumes: { img: { image: { reference: "busybox:1.36" } } }' }),
    "version/field-too-new",
    ["volumes", "img", "image"],
    [6, 19],
    { v: "1.30", message: "1.31" },
  ),
  schema(
    "resource claim source, removed after 1.30, on 1.31",
    yaml(JOB_T, { 6: "resourceClaims: [{ name: gpu, source: { resourceClaimName: gpu-claim } }]" }),
    "version/field-removed",
    ["resourceClaims", 0, "source"],
    [6, 31],
    { v: "1.31", message: "1.30" },
  ),
];

// ---- Job manifests. Line 12 is the first line after JOB_M (column 3 Job spec, 7 pod spec, 11 container).
const POD = ["spec", "template", "spec"];
const C0 = [...POD, "containers", 0];
const JOB_MANIFESTS: Row[] = [
  rule("restartPolicy Always", yaml(JOB_M, { 8: "      restartPolicy: Always" }), "job/restart-policy", [...POD, "restartPolicy"], [8, 22]),
  rule("restartPolicy left out (defaults to Always)", yaml(JOB_M, { 8: [] }), "job/restart-policy", [...POD, "restartPolicy"], [7, 5], {
    exact: true,
  }),
  rule("name of 64 characters", yaml(JOB_M, { 4: `  name: ${name64}` }), "name/too-long", ["metadata", "name"], [4, 9]),
  rule("name with '_'", yaml(JOB_M, { 4: "  name: db_migrate" }), "name/invalid", ["metadata", "name"], [4, 9]),
  rule(
    "label value with a trailing dash",
    yaml(JOB_M, { 4: ["  name: db-migrate", "  labels: { team: data- }"] }),
    "label/invalid-value",
    ["metadata", "labels", "team"],
    [5, 19],
  ),
  rule(
    "pod label key starting with '-'",
    yaml(JOB_M, { 6: ["  template:", '    metadata: { labels: { "-tier": batch } }'] }),
    "label/invalid-key",
    ["spec", "template", "metadata", "labels", "-tier"],
    [7, 27],
  ),
  rule(
    "podFailurePolicy with restartPolicy OnFailure",
    yaml(JOB_M, {
      8: "      restartPolicy: OnFailure",
      12: ["  podFailurePolicy:", "    rules: [{ action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }]"],
    }),
    "job/pod-failure-policy-restart-policy",
    [...POD, "restartPolicy"],
    [8, 22],
  ),
  rule(
    "maxFailedIndexes without backoffLimitPerIndex",
    yaml(JOB_M, { 12: ["  completionMode: Indexed", "  completions: 4", "  maxFailedIndexes: 1"] }),
    "job/indexed-max-failed-indexes-needs-backoff-limit-per-index",
    ["spec", "maxFailedIndexes"],
    [14, 21],
    { exact: true },
  ),
  rule(
    "Indexed without completions",
    yaml(JOB_M, { 12: "  completionMode: Indexed" }),
    "job/indexed-completions-required",
    ["spec", "completionMode"],
    [12, 19],
  ),
  rule("negative backoffLimit", yaml(JOB_M, { 12: "  backoffLimit: -1" }), "count/negative", ["spec", "backoffLimit"], [12, 17], {
    exact: true,
  }),
  rule(
    "succeededCount above completions",
    yaml(JOB_M, { 12: ["  completionMode: Indexed", "  completions: 2", "  successPolicy:", "    rules: [{ succeededCount: 3 }]"] }),
    "job/success-policy-count",
    ["spec", "successPolicy", "rules", 0, "succeededCount"],
    [15, 31],
  ),
  rule(
    "same container name in initContainers and containers",
    yaml(JOB_M, { 12: ["      initContainers:", "        - name: main", "          image: busybox:1.36"] }),
    "container/duplicate-name",
    [...POD, "initContainers", 0, "name"],
    [13, 17],
  ),
  rule(
    "same env name twice warns",
    yaml(JOB_M, { 12: ["          env:", "            - { name: A, value: x }", "            - { name: A, value: y }"] }),
    "env/duplicate-name",
    [...C0, "env", 1],
    [14, 15],
    { warning: true },
  ),
  rule(
    "env name starting with a digit (Kubernetes 1.29)",
    yaml(JOB_M, { 12: "          env: [{ name: 1ST, value: x }]" }),
    "env/invalid-name",
    [...C0, "env", 0, "name"],
    [12, 25],
    { v: "1.29" },
  ),
  rule(
    "cpu: 250x",
    yaml(JOB_M, { 12: "          resources: { limits: { cpu: 250x } }" }),
    "quantity/invalid",
    [...C0, "resources", "limits", "cpu"],
    [12, 39],
  ),
  rule(
    "memory request above the memory limit",
    yaml(JOB_M, { 12: ["          resources:", "            requests: { memory: 2Gi }", "            limits: { memory: 1Gi }"] }),
    "resources/request-exceeds-limit",
    [...C0, "resources", "requests", "memory"],
    [13, 33],
  ),
  rule("image left out", yaml(JOB_M, { 11: "          command: [migrate]" }), "container/image-required", [...C0, "image"], [10, 11]),
  rule(
    "volume mount of an undefined volume",
    yaml(JOB_M, { 12: "          volumeMounts: [{ name: data, mountPath: /data }]" }),
    "volume-mount/unknown-volume",
    [...C0, "volumeMounts", 0, "name"],
    [12, 34],
  ),
  rule(
    "volume defaultMode above 0777",
    yaml(JOB_M, { 12: "      volumes: [{ name: cfg, configMap: { name: c, defaultMode: 1000 } }]" }),
    "file/mode-out-of-range",
    [...POD, "volumes", 0, "configMap", "defaultMode"],
    [12, 65],
  ),
  rule(
    "two volumes with one name",
    yaml(JOB_M, { 12: ["      volumes:", "        - { name: data, emptyDir: {} }", "        - { name: data, emptyDir: {} }"] }),
    "volume/duplicate-name",
    [...POD, "volumes", 1, "name"],
    [14, 19],
  ),
  rule(
    "containerPort 70000",
    yaml(JOB_M, { 12: "          ports: [{ containerPort: 70000 }]" }),
    "port/invalid-number",
    [...C0, "ports", 0, "containerPort"],
    [12, 36],
  ),
  rule("dnsPolicy None without dnsConfig", yaml(JOB_M, { 12: "      dnsPolicy: None" }), "pod/dns-config", [...POD, "dnsConfig"], [7, 5]),
  rule(
    "port protocol TCPX",
    yaml(JOB_M, { 12: "          ports: [{ containerPort: 80, protocol: TCPX }]" }),
    "schema/enum",
    [...C0, "ports", 0, "protocol"],
    [12, 50],
  ),
  rule(
    "image with a leading space warns",
    yaml(JOB_M, { 11: '          image: " busybox:1.36"' }),
    "container/image-whitespace",
    [...C0, "image"],
    [11, 18],
    { warning: true },
  ),
  rule(
    "pod activeDeadlineSeconds 0",
    yaml(JOB_M, { 12: "      activeDeadlineSeconds: 0" }),
    "pod/active-deadline-seconds",
    [...POD, "activeDeadlineSeconds"],
    [12, 30],
  ),
  schema(
    "unknown pod field, with did-you-mean",
    yaml(JOB_M, { 8: "      restartPolcy: Never" }),
    "schema/unknown-field",
    [...POD, "restartPolcy"],
    [8, 7],
    { hint: "restartPolicy" },
  ),
  schema(
    "unknown Job spec field, with did-you-mean",
    yaml(JOB_M, { 12: "  backofLimit: 3" }),
    "schema/unknown-field",
    ["spec", "backofLimit"],
    [12, 3],
    { hint: "backoffLimit", exact: true },
  ),
  schema("apiVersion batch/v1beta1", yaml(JOB_M, { 1: "apiVersion: batch/v1beta1" }), "schema/api-version", ["apiVersion"], [1, 13]),
  schema("backoffLimit as a string", yaml(JOB_M, { 12: '  backoffLimit: "3"' }), "schema/type", ["spec", "backoffLimit"], [12, 17]),
  schema("args as a string", yaml(JOB_M, { 12: "          args: migrate" }), "schema/type", [...C0, "args"], [12, 17]),
  schema(
    "backoffLimit beyond int32",
    yaml(JOB_M, { 12: "  backoffLimit: 3000000000" }),
    "schema/range",
    ["spec", "backoffLimit"],
    [12, 17],
  ),
  schema("pod spec without containers", yaml(JOB_M, { 9: [], 10: [], 11: [] }), "schema/required", [...POD, "containers"], [7, 5]),
  schema(
    "completionMode in lower case",
    yaml(JOB_M, { 12: "  completionMode: indexed" }),
    "schema/enum",
    ["spec", "completionMode"],
    [12, 19],
    { hint: "Indexed" },
  ),
  schema(
    "creationTimestamp that is not a date-time",
    yaml(JOB_M, { 4: ["  name: db-migrate", "  creationTimestamp: yesterday"] }),
    "schema/format",
    ["metadata", "creationTimestamp"],
    [5, 22],
  ),
  schema(
    "managedBy with --kube-version 1.29",
    yaml(JOB_M, { 12: "  managedBy: kueue.x-k8s.io/multikueue" }),
    "version/field-too-new",
    ["spec", "managedBy"],
    [12, 3],
    { v: "1.29", message: "1.30" },
  ),
  schema(
    "managedBy on 1.31 warns: alpha, JobManagedBy gate",
    yaml(JOB_M, { 12: "  managedBy: kueue.x-k8s.io/multikueue" }),
    "version/feature-gate",
    ["spec", "managedBy"],
    [12, 3],
    { v: "1.31", warning: true, message: "JobManagedBy", exact: true },
  ),
  schema(
    "resource claim source, removed after 1.30, on 1.31",
    yaml(JOB_M, { 12: "      resourceClaims: [{ name: gpu, source: { resourceClaimName: gpu-claim } }]" }),
    "version/field-removed",
    [...POD, "resourceClaims", 0, "source"],
    [12, 37],
    { v: "1.31", message: "1.30" },
  ),
  schema(
    "workloadRef, removed after 1.35, on 1.36",
    yaml(JOB_M, { 12: "      workloadRef: { name: w, podGroup: g }" }),
    "version/field-removed",
    [...POD, "workloadRef"],
    [12, 7],
    { message: "1.35" },
  ),
  schema(
    "pod-level resources on 1.31",
    yaml(JOB_M, { 12: '      resources: { limits: { cpu: "1" } }' }),
    "version/field-too-new",
    [...POD, "resources"],
    [12, 7],
    { v: "1.31", message: "1.32" },
  ),
  schema(
    "container restartPolicyRules on 1.33",
    yaml(JOB_M, { 12: "          restartPolicyRules: []" }),
    "version/field-too-new",
    [...C0, "restartPolicyRules"],
    [12, 11],
    { v: "1.33", message: "1.34" },
  ),
];

// ---- CronJob manifests. Line 16 is the first line after CRON_M (column 3 CronJob spec, 7 Job spec, 11 pod spec, 15 container).
const CJ_POD = ["spec", "jobTemplate", "spec", "template", "spec"];
const CJ_C0 = [...CJ_POD, "containers", 0];
const CRON_JOB_MANIFESTS: Row[] = [
  rule("name of 53 characters", yaml(CRON_M, { 4: `  name: ${name53}` }), "name/too-long", ["metadata", "name"], [4, 9], { exact: true }),
  rule(
    "restartPolicy Always",
    yaml(CRON_M, { 12: "          restartPolicy: Always" }),
    "job/restart-policy",
    [...CJ_POD, "restartPolicy"],
    [12, 26],
  ),
  rule(
    "podFailurePolicy with restartPolicy OnFailure",
    yaml(CRON_M, {
      12: "          restartPolicy: OnFailure",
      16: ["      podFailurePolicy:", "        rules: [{ action: FailJob, onExitCodes: { operator: In, values: [1] } }]"],
    }),
    "job/pod-failure-policy-restart-policy",
    [...CJ_POD, "restartPolicy"],
    [12, 26],
  ),
  rule(
    "jobTemplate with a selector",
    yaml(CRON_M, { 16: "      selector: { matchLabels: { a: b } }" }),
    "cronjob/selector",
    ["spec", "jobTemplate", "spec", "selector"],
    [16, 17],
  ),
  rule(
    "jobTemplate label with a trailing dash warns (each Job is refused)",
    yaml(CRON_M, { 8: ["  jobTemplate:", "    metadata: { labels: { team: data- } }"] }),
    "label/invalid-value",
    ["spec", "jobTemplate", "metadata", "labels", "team"],
    [9, 33],
    { warning: true },
  ),
  rule(
    "startingDeadlineSeconds 5 warns",
    yaml(CRON_M, { 16: "  startingDeadlineSeconds: 5" }),
    "cronjob/starting-deadline",
    ["spec", "startingDeadlineSeconds"],
    [16, 28],
    { warning: true },
  ),
  rule(
    "negative successfulJobsHistoryLimit",
    yaml(CRON_M, { 16: "  successfulJobsHistoryLimit: -1" }),
    "count/negative",
    ["spec", "successfulJobsHistoryLimit"],
    [16, 31],
  ),
  rule(
    "cpu request 1.5.0",
    yaml(CRON_M, { 16: "              resources: { requests: { cpu: 1.5.0 } }" }),
    "quantity/invalid",
    [...CJ_C0, "resources", "requests", "cpu"],
    [16, 45],
  ),
  rule(
    "maxFailedIndexes above completions",
    yaml(CRON_M, {
      16: ["      completionMode: Indexed", "      completions: 2", "      backoffLimitPerIndex: 1", "      maxFailedIndexes: 3"],
    }),
    "job/indexed-max-failed-indexes-exceeds-completions",
    ["spec", "jobTemplate", "spec", "maxFailedIndexes"],
    [19, 25],
  ),
  rule(
    "container name with upper case",
    yaml(CRON_M, { 14: "            - name: Main" }),
    "container/invalid-name",
    [...CJ_C0, "name"],
    [14, 21],
  ),
  rule(
    "env name with '=' (Kubernetes 1.36)",
    yaml(CRON_M, { 16: '              env: [{ name: "A=B", value: x }]' }),
    "env/invalid-name",
    [...CJ_C0, "env", 0, "name"],
    [16, 29],
  ),
  rule(
    "annotation key with a space",
    yaml(CRON_M, { 4: ["  name: nightly-report", '  annotations: { "a b": x }'] }),
    "annotation/invalid-key",
    ["metadata", "annotations", "a b"],
    [5, 18],
  ),
  schema("apiVersion batch/v1beta1", yaml(CRON_M, { 1: "apiVersion: batch/v1beta1" }), "schema/api-version", ["apiVersion"], [1, 13]),
  schema(
    "concurrencyPolicy Skip",
    yaml(CRON_M, { 16: "  concurrencyPolicy: Skip" }),
    "schema/enum",
    ["spec", "concurrencyPolicy"],
    [16, 22],
  ),
  schema(
    "timezone in lower case, with did-you-mean",
    yaml(CRON_M, { 7: "  timezone: UTC" }),
    "schema/unknown-field",
    ["spec", "timezone"],
    [7, 3],
    { hint: "timeZone" },
  ),
  schema(
    "unknown container field, with did-you-mean",
    yaml(CRON_M, { 16: "              imagePullPolcy: Always" }),
    "schema/unknown-field",
    [...CJ_C0, "imagePullPolcy"],
    [16, 15],
    { hint: "imagePullPolicy" },
  ),
  schema(
    "no jobTemplate",
    yaml(CRON_M, { 8: [], 9: [], 10: [], 11: [], 12: [], 13: [], 14: [], 15: [] }),
    "schema/required",
    ["spec", "jobTemplate"],
    [5, 1],
  ),
  schema("suspend as a string", yaml(CRON_M, { 16: '  suspend: "no"' }), "schema/type", ["spec", "suspend"], [16, 12]),
  schema("schedule as a number", yaml(CRON_M, { 6: "  schedule: 5" }), "schema/type", ["spec", "schedule"], [6, 13]),
  schema(
    "successPolicy with --kube-version 1.29",
    yaml(CRON_M, {
      16: ["      completionMode: Indexed", "      completions: 2", "      successPolicy: { rules: [{ succeededCount: 1 }] }"],
    }),
    "version/field-too-new",
    ["spec", "jobTemplate", "spec", "successPolicy"],
    [18, 7],
    { v: "1.29", message: "1.30" },
  ),
];

// ---- Secret manifests. Line 8 is the first line after SECRET_M.
const SECRET_MANIFESTS: Row[] = [
  rule(
    "kubernetes.io/tls without tls.key",
    yaml(SECRET_M, { 5: "type: kubernetes.io/tls", 7: "  tls.crt: abc" }),
    "secret/missing-key",
    ["stringData"],
    [7, 3],
    { exact: true },
  ),
  rule(
    "kubernetes.io/basic-auth without username or password",
    yaml(SECRET_M, { 5: "type: kubernetes.io/basic-auth", 7: "  user: app" }),
    "secret/missing-key",
    ["stringData"],
    [7, 3],
  ),
  rule(
    "kubernetes.io/ssh-auth with an empty key",
    yaml(SECRET_M, { 5: "type: kubernetes.io/ssh-auth", 7: '  ssh-privatekey: ""' }),
    "secret/missing-key",
    ["stringData"],
    [7, 3],
  ),
  rule(
    "kubernetes.io/dockercfg without .dockercfg",
    yaml(SECRET_M, { 5: "type: kubernetes.io/dockercfg" }),
    "secret/missing-key",
    ["stringData"],
    [7, 3],
  ),
  rule(
    "service-account-token without its annotation",
    yaml(SECRET_M, { 5: "type: kubernetes.io/service-account-token" }),
    "secret/missing-key",
    ["metadata", "annotations"],
    [3, 1],
  ),
  rule(
    ".dockerconfigjson that is not JSON",
    yaml(SECRET_M, { 5: "type: kubernetes.io/dockerconfigjson", 7: '  .dockerconfigjson: "{not json"' }),
    "secret/invalid-json",
    ["stringData", ".dockerconfigjson"],
    [7, 22],
  ),
  rule(
    "data value that is not base64",
    yaml(SECRET_M, { 6: "data:", 7: "  password: hunter2!" }),
    "secret/invalid-base64",
    ["data", "password"],
    [7, 13],
  ),
  rule("key with a space", yaml(SECRET_M, { 7: '  "pass word": hunter2' }), "secret/invalid-key", ["stringData", "pass word"], [7, 3]),
  rule("name with upper case", yaml(SECRET_M, { 4: "  name: DB-Credentials" }), "name/invalid", ["metadata", "name"], [4, 9]),
  rule("no metadata at all", yaml(SECRET_M, { 3: [], 4: [] }), "name/required", ["metadata", "name"], [1, 1]),
  rule(
    "namespace with upper case",
    yaml(SECRET_M, { 4: ["  name: db-credentials", "  namespace: Prod"] }),
    "namespace/invalid",
    ["metadata", "namespace"],
    [5, 14],
  ),
  rule(
    "label value with a space",
    yaml(SECRET_M, { 4: ["  name: db-credentials", '  labels: { app: "a b" }'] }),
    "label/invalid-value",
    ["metadata", "labels", "app"],
    [5, 18],
  ),
  schema(
    "data value that is not base64",
    yaml(SECRET_M, { 6: "data:", 7: "  password: hunter2!" }),
    "schema/format",
    ["data", "password"],
    [7, 13],
  ),
  schema(
    "stringdata in lower case, with did-you-mean",
    yaml(SECRET_M, { 6: "stringdata:" }),
    "schema/unknown-field",
    ["stringdata"],
    [6, 1],
    { hint: "stringData" },
  ),
  schema("type as a number", yaml(SECRET_M, { 5: "type: 5" }), "schema/type", ["type"], [5, 7]),
  schema("stringData value as a number", yaml(SECRET_M, { 7: "  password: 1234" }), "schema/type", ["stringData", "password"], [7, 13]),
  schema("immutable as a string", yaml(SECRET_M, { 8: 'immutable: "yes"' }), "schema/type", ["immutable"], [8, 12]),
  schema("apiVersion v2", yaml(SECRET_M, { 1: "apiVersion: v2" }), "schema/api-version", ["apiVersion"], [1, 13]),
];

// ---- ConfigMap manifests. Line 7 is the first line after CONFIG_MAP_M.
const CONFIG_MAP_MANIFESTS: Row[] = [
  rule(
    "key that is a file path",
    yaml(CONFIG_MAP_M, { 6: '  app/config.yaml: "a: 1"' }),
    "configmap/invalid-key",
    ["data", "app/config.yaml"],
    [6, 3],
  ),
  rule(
    "binaryData that is not base64",
    yaml(CONFIG_MAP_M, { 7: ["binaryData:", "  logo.png: not-base64!"] }),
    "configmap/invalid-base64",
    ["binaryData", "logo.png"],
    [8, 13],
  ),
  rule(
    "key in both data and binaryData",
    yaml(CONFIG_MAP_M, { 7: ["binaryData:", "  app.yaml: YTogMQ=="] }),
    "configmap/duplicate-key",
    ["binaryData", "app.yaml"],
    [8, 3],
  ),
  rule("name of 254 characters", yaml(CONFIG_MAP_M, { 4: `  name: ${name254}` }), "name/too-long", ["metadata", "name"], [4, 9], {
    exact: true,
  }),
  rule("name with '_'", yaml(CONFIG_MAP_M, { 4: "  name: app_config" }), "name/invalid", ["metadata", "name"], [4, 9]),
  rule("name ending in '.'", yaml(CONFIG_MAP_M, { 4: "  name: app-config." }), "name/invalid", ["metadata", "name"], [4, 9]),
  rule(
    "label key with two '/'",
    yaml(CONFIG_MAP_M, { 4: ["  name: app-config", '  labels: { "a/b/c": x }'] }),
    "label/invalid-key",
    ["metadata", "labels", "a/b/c"],
    [5, 13],
  ),
  rule(
    "label value of 64 characters",
    yaml(CONFIG_MAP_M, { 4: ["  name: app-config", `  labels: { app: ${"a".repeat(64)} }`] }),
    "label/invalid-value",
    ["metadata", "labels", "app"],
    [5, 18],
  ),
  schema(
    "binaryData that is not base64",
    yaml(CONFIG_MAP_M, { 7: ["binaryData:", "  logo.png: not-base64!"] }),
    "schema/format",
    ["binaryData", "logo.png"],
    [8, 13],
  ),
  schema("data value as a number", yaml(CONFIG_MAP_M, { 6: "  replicas: 3" }), "schema/type", ["data", "replicas"], [6, 13]),
  schema("data as a list", yaml(CONFIG_MAP_M, { 5: "data: [a, b]", 6: [] }), "schema/type", ["data"], [5, 7]),
  schema("immutible, with did-you-mean", yaml(CONFIG_MAP_M, { 7: "immutible: true" }), "schema/unknown-field", ["immutible"], [7, 1], {
    hint: "immutable",
    exact: true,
  }),
  schema("apiVersion apps/v1", yaml(CONFIG_MAP_M, { 1: "apiVersion: apps/v1" }), "schema/api-version", ["apiVersion"], [1, 13]),
  schema("kind Deployment", yaml(CONFIG_MAP_M, { 2: "kind: Deployment" }), "schema/unknown-kind", ["kind"], [2, 7]),
  schema("kind left out", yaml(CONFIG_MAP_M, { 2: [] }), "schema/required", ["kind"], [1, 1]),
];

// ---- Schedules (PRODUCT §2.1, robfig/cron ParseStandard and validateTimeZone), templates and CronJobs.
const SCHEDULE_T = (s: string) => yaml(CRON_T, { 6: `schedule: ${JSON.stringify(s)}` });
const ZONE_T = (z: string) => yaml(CRON_T, { 7: `timeZone: ${JSON.stringify(z)}` });
const SCHEDULE_M = (s: string) => yaml(CRON_M, { 6: `  schedule: ${JSON.stringify(s)}` });
const ZONE_M = (z: string) => yaml(CRON_M, { 7: `  timeZone: ${JSON.stringify(z)}` });
const S = ["schedule"];
const Z = ["timeZone"];
const SM = ["spec", "schedule"];
const ZM = ["spec", "timeZone"];
const SCHEDULES: Row[] = [
  cron("template: six fields (seconds)", SCHEDULE_T("0 0 3 * * *"), "schedule/seconds-field", S, [6, 11], { exact: true }),
  cron("template: TZ= in the schedule", SCHEDULE_T("TZ=Europe/Berlin 0 3 * * *"), "schedule/has-time-zone", S, [6, 11]),
  cron("template: CRON_TZ= in the schedule", SCHEDULE_T("CRON_TZ=UTC 0 3 * * *"), "schedule/has-time-zone", S, [6, 11]),
  cron("template: @every 1d (Go durations have no d)", SCHEDULE_T("@every 1d"), "schedule/invalid-duration", S, [6, 11]),
  cron("template: @every 90 (no unit)", SCHEDULE_T("@every 90"), "schedule/invalid-duration", S, [6, 11]),
  cron("template: @every 1h 30m (a space)", SCHEDULE_T("@every 1h 30m"), "schedule/invalid-duration", S, [6, 11]),
  cron("template: day-of-week 7", SCHEDULE_T("0 3 * * 7"), "schedule/out-of-range", S, [6, 11], { hint: "SUN" }),
  cron("template: day-of-week range 1-7", SCHEDULE_T("0 3 * * 1-7"), "schedule/out-of-range", S, [6, 11]),
  cron("template: minute 60", SCHEDULE_T("60 * * * *"), "schedule/out-of-range", S, [6, 11]),
  cron("template: range 5-1", SCHEDULE_T("5-1 * * * *"), "schedule/out-of-range", S, [6, 11]),
  cron("template: L in day-of-month", SCHEDULE_T("0 3 L * *"), "schedule/unsupported-syntax", S, [6, 11]),
  cron("template: MON#1", SCHEDULE_T("0 3 * * MON#1"), "schedule/unsupported-syntax", S, [6, 11]),
  cron("template: month JANUARY", SCHEDULE_T("0 3 * JANUARY *"), "schedule/invalid", S, [6, 11]),
  cron("template: step 0", SCHEDULE_T("*/0 * * * *"), "schedule/invalid", S, [6, 11]),
  cron("template: four fields", SCHEDULE_T("0 3 * *"), "schedule/field-count", S, [6, 11]),
  cron("template: six fields ending in a year", SCHEDULE_T("0 3 * * * 2026"), "schedule/field-count", S, [6, 11]),
  cron("template: @Daily (descriptors are lower case)", SCHEDULE_T("@Daily"), "schedule/unknown-descriptor", S, [6, 11], {
    hint: "@daily",
  }),
  cron("template: empty schedule", SCHEDULE_T(""), "schedule/required", S, [6, 11]),
  cron("template: 31 February never runs (warning)", SCHEDULE_T("0 3 31 2 *"), "schedule/never-runs", S, [6, 11], {
    warning: true,
    exact: true,
  }),
  cron(
    "template: 02:30 in Europe/Berlin skips or repeats on DST days (warning)",
    yaml(CRON_T, { 6: 'schedule: "30 2 * * *"', 7: "timeZone: Europe/Berlin" }),
    "schedule/dst",
    S,
    [6, 11],
    { warning: true },
  ),
  cron("template: timeZone Local", ZONE_T("Local"), "time-zone/local", Z, [7, 11], { exact: true }),
  cron("template: timeZone utc (names are case-sensitive)", ZONE_T("utc"), "time-zone/unknown", Z, [7, 11], { hint: "UTC" }),
  cron("template: timeZone Mars/Olympus", ZONE_T("Mars/Olympus"), "time-zone/unknown", Z, [7, 11]),
  cron("template: empty timeZone", ZONE_T(""), "time-zone/empty", Z, [7, 11]),
  cron("template: timeZone with a trailing space", ZONE_T("Europe/Berlin "), "time-zone/invalid", Z, [7, 11], { hint: "Europe/Berlin" }),
  cron("template: no timeZone warns", yaml(CRON_T, { 7: [] }), "schedule/no-time-zone", Z, [1, 1], { warning: true, exact: true }),
  cron("CronJob: six fields (seconds)", SCHEDULE_M("*/30 * * * * *"), "schedule/seconds-field", SM, [6, 13], { exact: true }),
  cron("CronJob: TZ= in the schedule", SCHEDULE_M("TZ=UTC 0 3 * * *"), "schedule/has-time-zone", SM, [6, 13]),
  cron("CronJob: CRON_TZ= in the schedule", SCHEDULE_M("CRON_TZ=Asia/Tokyo @daily"), "schedule/has-time-zone", SM, [6, 13]),
  cron("CronJob: @every 1d", SCHEDULE_M("@every 1d"), "schedule/invalid-duration", SM, [6, 13]),
  cron("CronJob: day-of-week 7", SCHEDULE_M("0 3 * * 7"), "schedule/out-of-range", SM, [6, 13]),
  cron("CronJob: hour 24", SCHEDULE_M("0 24 * * *"), "schedule/out-of-range", SM, [6, 13]),
  cron("CronJob: W in day-of-month", SCHEDULE_M("0 3 1W * *"), "schedule/unsupported-syntax", SM, [6, 13]),
  cron("CronJob: day-of-week FRIDAY", SCHEDULE_M("0 3 * * FRIDAY"), "schedule/invalid", SM, [6, 13]),
  cron("CronJob: @weekly with a trailing space", SCHEDULE_M("@weekly "), "schedule/unknown-descriptor", SM, [6, 13]),
  cron("CronJob: 30 February never runs (warning)", SCHEDULE_M("0 0 30 2 *"), "schedule/never-runs", SM, [6, 13], { warning: true }),
  cron("CronJob: no schedule", yaml(CRON_M, { 6: [] }), "schedule/required", SM, [5, 1]),
  cron("CronJob: timeZone Local", ZONE_M("Local"), "time-zone/local", ZM, [7, 13]),
  cron("CronJob: timeZone utc", ZONE_M("utc"), "time-zone/unknown", ZM, [7, 13]),
  cron("CronJob: timeZone with a space", ZONE_M("America/New York"), "time-zone/invalid", ZM, [7, 13]),
  cron("CronJob: timeZone Etc/GMT+15", ZONE_M("Etc/GMT+15"), "time-zone/unknown", ZM, [7, 13]),
];

export const ROWS: readonly Row[] = [
  ...TEMPLATE_SHAPE,
  ...COMPILE,
  ...TEMPLATE_RULES,
  ...TEMPLATE_VERSIONS,
  ...JOB_MANIFESTS,
  ...CRON_JOB_MANIFESTS,
  ...SECRET_MANIFESTS,
  ...CONFIG_MAP_MANIFESTS,
  ...SCHEDULES,
];

function expected(r: Row): Placed {
  return { code: r.code, severity: r.warning ? "warning" : "error", path: r.path, line: r.line, column: r.column };
}

describe("invalid inputs: code, path, line and column (issue 4)", () => {
  it.each(ROWS.filter((r) => r.todo === undefined))("$layer: $what", async (r) => {
    const { diagnostics, placed } = await validateYaml(r.yaml, r.v, r.env);
    const want = expected(r);
    if (r.exact) expect(placed).toEqual([want]);
    else expect(placed).toContainEqual(want);
    const found = diagnostics.find((d) => d.code === r.code && JSON.stringify(d.path) === JSON.stringify(r.path));
    if (r.hint !== undefined) expect(found?.hint).toContain(r.hint);
    if (r.message !== undefined) expect(found?.message).toContain(r.message);
    // Every diagnostic of a YAML input is placed in the file.
    for (const d of diagnostics) {
      expect(d.file).toBe("<stdin>");
      expect(d.line).toBeGreaterThan(0);
    }
  });

  for (const r of ROWS.filter((row) => row.todo !== undefined)) {
    it.todo(`${r.layer}: ${r.what} (${r.code} at ${JSON.stringify(r.path)} ${r.line}:${r.column}): ${r.todo}`);
  }

  it("covers every layer and every input kind, with at least 120 rows", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(120);
    const count = (key: (r: Row) => string) =>
      ROWS.reduce<Record<string, number>>((acc, r) => ({ ...acc, [key(r)]: (acc[key(r)] ?? 0) + 1 }), {});
    expect(Object.keys(count((r) => r.layer)).sort()).toEqual([
      "compile",
      "kubernetes rules",
      "schedule",
      "schema and versions",
      "template shape",
    ]);
    expect(Object.keys(count((r) => inputKind(r.yaml) ?? "other")).sort()).toEqual(["ConfigMap", "CronJob", "Job", "Secret", "template"]);
  });

  it("each base is valid on its own", async () => {
    for (const base of [JOB_T, CRON_T, JOB_M, CRON_M, SECRET_M, CONFIG_MAP_M]) {
      const { placed } = await validateYaml(yaml(base));
      expect(placed).toEqual([]);
    }
  });
});
