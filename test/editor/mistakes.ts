// Typical template mistakes, as test data for what the editor (yaml-language-server on the
// published schema) and `kubejobs validate` say about each. Every YAML holds one mistake; the
// line marked `# <-` is where both must point. `editor` is true when the editor flags it while
// typing, or says why only `validate` can. mistakes.test.ts checks every row both ways, so the
// table cannot drift from what the tools do.
import type { DiagnosticCode } from "../../src/diagnostic.js";

export interface Mistake {
  what: string;
  yaml: string;
  /** What `validate` reports (once, and nothing else that is an error). */
  code: DiagnosticCode;
  /** `validate` reports a warning, not an error. */
  warning?: true;
  /** `validate` places it elsewhere than the marked line (a known placement gap, with the line it uses). */
  validateLine?: number;
  editor: true | string;
  /** Other lines the editor also flags, because the mistake breaks what follows (YAML syntax). */
  editorAlso?: number[];
}

const MARK = "# <-";

/** The 1-based line holding the marker. */
export function markedLine(yaml: string): number {
  const index = yaml.split("\n").findIndex((line) => line.includes(MARK));
  if (index === -1) throw new Error(`no ${MARK} in:\n${yaml}`);
  return index + 1;
}

const job = (body: string): string => `kind: Job\nname: db-migrate\n${body}`;
const container = (fields: string): string => job(`containers:\n  main:\n    image: ghcr.io/acme/migrate:2.0.0\n${fields}`);
const scheduled = (schedule: string, timeZone = "Europe/Berlin"): string =>
  `kind: ScheduledJob\nname: nightly-report\nschedule: ${schedule}\ntimeZone: ${timeZone}\ncontainers:\n  report:\n    image: ghcr.io/acme/report:1.4.2\n`;
const MAIN = "containers:\n  main:\n    image: ghcr.io/acme/migrate:2.0.0\n";

const COMPARE = "it compares two values (a request and a limit): a pattern checks each one's form, not their order";

export const MISTAKES: Mistake[] = [
  // ---- kind, name, the fields of a kind
  {
    what: "kind CronJob",
    yaml: `kind: CronJob ${MARK}\nname: nightly\n${MAIN}`,
    code: "template/kind",
    editor: true,
  },
  {
    what: "no kind",
    yaml: `name: db-migrate ${MARK}\n${MAIN}`,
    code: "template/kind",
    editor: true,
  },
  { what: "name with capitals and '_'", yaml: `kind: Job\nname: Nightly_Report ${MARK}\n${MAIN}`, code: "name/invalid", editor: true },
  {
    what: "Job name of 64 characters",
    yaml: `kind: Job\nname: ${"a".repeat(64)} ${MARK}\n${MAIN}`,
    code: "name/too-long",
    editor: true,
  },
  {
    what: "ScheduledJob name of 53 characters",
    yaml: scheduled('"0 3 * * *"').replace("name: nightly-report", `name: ${"n".repeat(53)} ${MARK}`),
    code: "name/too-long",
    editor: true,
  },
  { what: "no name", yaml: `kind: Job ${MARK}\n${MAIN}`, code: "template/required", editor: true },
  { what: "namespace with '_'", yaml: job(`namespace: team_a ${MARK}\n${MAIN}`), code: "namespace/invalid", editor: true },
  { what: "misspelt field", yaml: job(`${MAIN}cleanupAfterSecs: 60 ${MARK}\n`), code: "template/unknown-field", editor: true },
  { what: "schedule on a Job", yaml: job(`schedule: "0 3 * * *" ${MARK}\n${MAIN}`), code: "template/scheduled-job-field", editor: true },
  {
    what: "ScheduledJob without schedule",
    yaml: `kind: ScheduledJob ${MARK}\nname: nightly-report\ntimeZone: UTC\n${MAIN}`,
    code: "template/required",
    editor: true,
  },
  {
    what: "restartPolicy Always",
    yaml: job(`${MAIN}restartPolicy: Always ${MARK}\n`),
    code: "template/restart-policy-always",
    editor: true,
  },
  { what: "restartPolicy in lower case", yaml: job(`${MAIN}restartPolicy: never ${MARK}\n`), code: "template/enum", editor: true },
  { what: "negative backoffLimit", yaml: job(`${MAIN}backoffLimit: -1 ${MARK}\n`), code: "template/minimum", editor: true },
  { what: "backoffLimit as a string", yaml: job(`${MAIN}backoffLimit: "3" ${MARK}\n`), code: "template/type", editor: true },

  // ---- schedules and time zones
  { what: "cron with a seconds field", yaml: scheduled(`"0 0 3 * * *" ${MARK}`), code: "schedule/seconds-field", editor: true },
  { what: "hour 25", yaml: scheduled(`"0 25 * * *" ${MARK}`), code: "schedule/out-of-range", editor: true },
  { what: "day-of-week 7", yaml: scheduled(`"0 3 * * 7" ${MARK}`), code: "schedule/out-of-range", editor: true },
  { what: "TZ= in the schedule", yaml: scheduled(`"TZ=Europe/Berlin 0 3 * * *" ${MARK}`), code: "schedule/has-time-zone", editor: true },
  { what: "L (last day) in the schedule", yaml: scheduled(`"0 3 L * *" ${MARK}`), code: "schedule/unsupported-syntax", editor: true },
  { what: "misspelt descriptor", yaml: scheduled(`"@daly" ${MARK}`), code: "schedule/unknown-descriptor", editor: true },
  { what: "@every with words", yaml: scheduled(`"@every 1 hour" ${MARK}`), code: "schedule/invalid-duration", editor: true },
  {
    what: "a range that runs backwards",
    yaml: scheduled(`"0 5-1 * * *" ${MARK}`),
    code: "schedule/out-of-range",
    editor: "it compares the two ends of a range (5-1): a pattern checks the form of a schedule, not the order of its numbers",
  },
  { what: "misspelt time zone", yaml: scheduled('"0 3 * * *"', `Europe/Berln ${MARK}`), code: "time-zone/unknown", editor: true },
  { what: "time zone Local", yaml: scheduled('"0 3 * * *"', `Local ${MARK}`), code: "time-zone/local", editor: true },
  {
    what: "concurrencyPolicy in lower case",
    yaml: `${scheduled('"0 3 * * *"')}concurrencyPolicy: forbid ${MARK}\n`,
    code: "template/enum",
    editor: true,
  },
  {
    what: "a run in the hour that DST skips",
    yaml: scheduled(`"30 2 * * *" ${MARK}`, "America/New_York"),
    code: "schedule/dst",
    warning: true,
    editor: "it computes the run times in the zone's calendar (a day in March has no 02:30 in New York)",
  },

  // ---- containers
  { what: "no containers", yaml: job(`containers: {} ${MARK}\n`), code: "template/required", editor: true },
  {
    what: "container without image",
    yaml: job(`containers:\n  main: ${MARK}\n    args: [--to, latest]\n`),
    code: "template/required",
    editor: true,
  },
  { what: "empty image", yaml: job(`containers:\n  main:\n    image: "" ${MARK}\n`), code: "container/image-required", editor: true },
  {
    what: "container name with capitals",
    yaml: job(`containers:\n  Main_App: ${MARK}\n    image: busybox:1.36\n`),
    code: "container/invalid-name",
    editor: true,
  },
  { what: "imagePullPolicy in lower case", yaml: container(`    imagePullPolicy: always ${MARK}\n`), code: "template/enum", editor: true },
  { what: "command as one string", yaml: container(`    command: python -m app ${MARK}\n`), code: "template/type", editor: true },
  {
    what: "restartPolicy on a regular container",
    yaml: container(`    restartPolicy: Always ${MARK}\n`),
    code: "container/restart-policy",
    editor: true,
  },
  {
    what: "init container restartPolicy OnFailure",
    yaml: job(`${MAIN}initContainers:\n  setup:\n    image: busybox:1.36\n    restartPolicy: OnFailure ${MARK}\n`),
    code: "template/enum",
    editor: true,
  },
  {
    what: "probe on a plain init container",
    yaml: job(`${MAIN}initContainers:\n  setup:\n    image: busybox:1.36\n    livenessProbe: { exec: [pg_isready] } ${MARK}\n`),
    code: "container/init-forbidden-field",
    editor: true,
  },
  {
    what: "the same container name in init and main",
    yaml: job(`${MAIN}initContainers:\n  main: ${MARK}\n    image: busybox:1.36\n`),
    code: "container/duplicate-name",
    editor: "it compares the keys of two maps (containers and initContainers): a schema checks each map on its own",
  },

  // ---- env and envFrom
  { what: "env name with '='", yaml: container(`    env:\n      DB=HOST: db ${MARK}\n`), code: "env/invalid-name", editor: true },
  {
    what: "secret:// without a key",
    yaml: container(`    env:\n      PASSWORD: secret://db ${MARK}\n`),
    code: "template/pattern",
    editor: true,
  },
  {
    what: "env secret form without key",
    yaml: container(`    env:\n      PASSWORD: { secret: db } ${MARK}\n`),
    code: "template/required",
    editor: true,
  },
  {
    what: "env as a Kubernetes list",
    yaml: container(`    env:\n      - { name: A, value: b } ${MARK}\n`),
    code: "template/type",
    editor: true,
  },
  { what: "envFrom with a key", yaml: container(`    envFrom: [secret://db/password] ${MARK}\n`), code: "template/pattern", editor: true },
  {
    what: "envFrom with both secret and configMap",
    yaml: container(`    envFrom:\n      - { secret: a, configMap: b } ${MARK}\n`),
    code: "template/one-of",
    editor: true,
  },

  // ---- resources
  { what: "cpu: 250x", yaml: container(`    resources:\n      cpu: 250x ${MARK}\n`), code: "quantity/invalid", editor: true },
  { what: "memroy: 1Gi", yaml: container(`    resources:\n      memroy: 1Gi ${MARK}\n`), code: "resources/invalid-name", editor: true },
  { what: "negative cpu", yaml: container(`    resources:\n      cpu: -1 ${MARK}\n`), code: "quantity/negative", editor: true },
  {
    what: "memory range with the request above the limit",
    yaml: container(`    resources:\n      memory: 1Gi-512Mi ${MARK}\n`),
    code: "resources/request-exceeds-limit",
    editor: COMPARE,
  },
  {
    what: "a fraction of a GPU",
    yaml: container(`    resources:\n      nvidia.com/gpu: 500m ${MARK}\n`),
    code: "resources/not-integer",
    editor: "it needs the quantity's value (500m is half, 1000m and 1e3 are whole numbers), not only its form",
  },

  // ---- probes, files, dirs
  {
    what: "probe with exec and http",
    yaml: container(`    livenessProbe:\n      exec: [pg_isready]\n      http: http://localhost:8080/healthz ${MARK}\n`),
    code: "template/one-of",
    // validate points at the probe (its first line), the editor at the second action.
    validateLine: 7,
    editor: true,
  },
  {
    what: "probe URL without scheme",
    yaml: container(`    readinessProbe: { http: "localhost:8080/healthz" } ${MARK}\n`),
    code: "template/pattern",
    editor: true,
  },
  {
    what: "tcp probe without port",
    yaml: container(`    startupProbe: { tcp: "tcp://localhost" } ${MARK}\n`),
    code: "template/pattern",
    editor: true,
  },
  {
    what: "liveness successThreshold 2",
    yaml: container(`    livenessProbe:\n      exec: [pg_isready]\n      successThreshold: 2 ${MARK}\n`),
    code: "probe/success-threshold",
    editor: true,
  },
  {
    what: "negative sleep",
    yaml: container(`    lifecycle:\n      preStop: { sleep: -1 } ${MARK}\n`),
    code: "template/minimum",
    editor: true,
  },
  {
    what: "file mode unquoted",
    yaml: container(`    files:\n      /etc/app.conf: { content: "a: 1", mode: 0644 } ${MARK}\n`),
    code: "template/type",
    editor: true,
  },
  {
    what: "file mode not octal",
    yaml: container(`    files:\n      /etc/app.conf: { content: "a: 1", mode: "0999" } ${MARK}\n`),
    code: "template/pattern",
    editor: true,
  },
  {
    what: "dirs URL with one slash",
    yaml: container(`    dirs:\n      /data: pvc:/data ${MARK}\n`),
    code: "template/pattern",
    editor: true,
  },
  {
    what: "dirs naming an undefined volume",
    yaml: container(`    dirs:\n      /cache: volume://cache ${MARK}\n`),
    code: "dirs/unknown-volume",
    editor: "it checks that a name used in one field is declared in another (volumes): a schema cannot follow such references",
  },

  // ---- labels, annotations, pod fields
  { what: "label key with a space", yaml: job(`labels:\n  team name: data ${MARK}\n${MAIN}`), code: "label/invalid-key", editor: true },
  { what: "label value with a space", yaml: job(`labels:\n  team: data team ${MARK}\n${MAIN}`), code: "label/invalid-value", editor: true },
  { what: "label value as a number", yaml: job(`labels:\n  version: 1.0 ${MARK}\n${MAIN}`), code: "template/type", editor: true },
  {
    what: "annotation key with a space",
    yaml: job(`annotations:\n  owner team: data ${MARK}\n${MAIN}`),
    code: "annotation/invalid-key",
    editor: true,
  },
  {
    what: "nodeSelector key with a space",
    yaml: job(`${MAIN}nodeSelector:\n  disk type: ssd ${MARK}\n`),
    code: "pod/node-selector",
    editor: true,
  },
  {
    what: "serviceAccount with capitals",
    yaml: job(`${MAIN}serviceAccount: Batch_Runner ${MARK}\n`),
    code: "pod/invalid-name",
    editor: true,
  },
  {
    what: "toleration field misspelt",
    yaml: job(`${MAIN}tolerations:\n  - { key: dedicated, operater: Equal, value: batch } ${MARK}\n`),
    code: "schema/unknown-field",
    editor: true,
  },
  {
    what: "runAsUser as a string",
    yaml: job(`${MAIN}securityContext:\n  runAsUser: "1000" ${MARK}\n`),
    code: "schema/type",
    editor: true,
  },
  {
    what: "volume source misspelt",
    yaml: job(`${MAIN}volumes:\n  data:\n    persistentVolumeClam: { claimName: data } ${MARK}\n`),
    code: "schema/unknown-field",
    editor: true,
  },
  {
    what: "volume name with capitals",
    yaml: job(`${MAIN}volumes:\n  Data_Vol: ${MARK}\n    emptyDir: {}\n`),
    code: "volume/invalid-name",
    editor: true,
  },

  // ---- Indexed Jobs and failure policies
  {
    what: "Indexed without completions",
    yaml: job(`${MAIN}completionMode: Indexed ${MARK}\n`),
    code: "job/indexed-completions-required",
    editor: true,
  },
  {
    what: "maxFailedIndexes without backoffLimitPerIndex",
    yaml: job(`${MAIN}completionMode: Indexed\ncompletions: 10\nmaxFailedIndexes: 2 ${MARK}\n`),
    code: "job/indexed-max-failed-indexes-needs-backoff-limit-per-index",
    editor: true,
  },
  {
    what: "backoffLimitPerIndex on a NonIndexed Job",
    yaml: job(`${MAIN}backoffLimitPerIndex: 1 ${MARK}\n`),
    code: "job/indexed-only",
    editor: true,
  },
  {
    what: "podFailurePolicy with restartPolicy OnFailure",
    yaml: job(
      `${MAIN}restartPolicy: OnFailure ${MARK}\npodFailurePolicy:\n  rules:\n    - { action: FailJob, onExitCodes: { operator: In, values: [42] } }\n`,
    ),
    code: "job/pod-failure-policy-restart-policy",
    editor: true,
  },

  // ---- secrets
  {
    what: "basic secret without password",
    yaml: job(`${MAIN}secrets:\n  db:\n    type: basic\n    data: { username: app } ${MARK}\n`),
    code: "secret/missing-key",
    editor: true,
  },
  {
    what: "secret type in Kubernetes spelling",
    yaml: job(`${MAIN}secrets:\n  db:\n    type: Opaque ${MARK}\n    data: { a: b }\n`),
    code: "template/enum",
    editor: true,
  },
  {
    what: "secret key with a space",
    yaml: job(`${MAIN}secrets:\n  db:\n    type: opaque\n    data:\n      my key: x ${MARK}\n`),
    code: "secret/invalid-key",
    editor: true,
  },
  {
    what: "secret value from both env and file",
    yaml: job(`${MAIN}secrets:\n  db:\n    type: opaque\n    data:\n      a: { fromEnv: A, fromFile: ./secret.txt } ${MARK}\n`),
    code: "template/one-of",
    editor: true,
  },
  {
    what: "secret value from an unset variable",
    yaml: job(`${MAIN}secrets:\n  db:\n    type: opaque\n    data:\n      a: { fromEnv: KUBEJOBS_TEST_UNSET } ${MARK}\n`),
    code: "secret/from-env-missing",
    editor: "it reads the environment at render time",
  },
  {
    what: "secret value from a missing file",
    yaml: job(`${MAIN}secrets:\n  db:\n    type: opaque\n    data:\n      a: { fromFile: ./no-such-file.txt } ${MARK}\n`),
    code: "secret/from-file-missing",
    editor: "it reads the file system at render time",
  },

  // ---- YAML itself
  { what: "duplicate key", yaml: `kind: Job\nname: a\nname: b ${MARK}\n${MAIN}`, code: "yaml/duplicate-key", editor: true },
  {
    what: "tab indentation",
    yaml: `kind: Job\nname: a\ncontainers:\n\tmain: ${MARK}\n    image: busybox\n`,
    code: "yaml/tab-indent",
    editor: true,
    // The editor reads on past the tab and also finds `containers` empty.
    editorAlso: [3],
  },
];
