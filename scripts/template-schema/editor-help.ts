// What an editor shows while a template is written: a title on every field (hover headings),
// per-value descriptions for every enum, snippets that write a template, a container, resources
// and probes, the resource names offered inside `resources`, and kubejobs' own messages where a
// schema keyword would otherwise get a generic one. Annotations only: nothing here changes what
// is valid.
import type { JsonObject } from "./editor-rules.ts";

type Json = JsonObject[string];

// Words a title spells in capitals: `hostIPC` → "Host IPC", `dnsConfig` → "DNS config".
const ACRONYMS: Record<string, string> = { dns: "DNS", ipc: "IPC", pid: "PID", os: "OS", tty: "TTY", http: "HTTP", tcp: "TCP" };

/** `backoffLimitPerIndex` → "Backoff limit per index". */
export function titleOf(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(" ")
    .map((word, i) => ACRONYMS[word.toLowerCase()] ?? (i === 0 || word === word.toUpperCase() ? word : word.toLowerCase()));
  const title = words.join(" ");
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** Snippets (VS Code's `defaultSnippets`, which yaml-language-server offers too), by JSON pointer. */
export const SNIPPETS: Record<string, JsonObject[]> = {
  "/definitions/Template": [
    {
      label: "Job",
      description: "A one-off batch Job: name, one container, cleanup after a day.",
      body: {
        kind: "Job",
        name: "${1:db-migrate}",
        containers: { "${2:main}": { image: "${3:ghcr.io/acme/app:1.0}", args: ["${4}"] } },
        backoffLimit: 2,
        cleanupAfterSeconds: 86400,
      },
    },
    {
      label: "ScheduledJob",
      description: "A CronJob: name, schedule, time zone, one container.",
      body: {
        kind: "ScheduledJob",
        name: "${1:nightly-report}",
        schedule: "${2:0 3 * * *}",
        timeZone: "${3:Europe/Berlin}",
        containers: { "${4:main}": { image: "${5:ghcr.io/acme/app:1.0}" } },
        concurrencyPolicy: "Forbid",
        cleanupAfterSeconds: 86400,
      },
    },
  ],
  "/definitions/Resources": [
    {
      label: "requests = limits",
      description: "The same request and limit: `cpu: 500m` reserves and caps half a CPU.",
      body: { cpu: "${1:500m}", memory: "${2:512Mi}" },
    },
    {
      label: "request-limit",
      description: "A range: request the first, allow up to the second.",
      body: { cpu: "${1:250m}-${2:1}", memory: "${3:512Mi}-${4:1Gi}" },
    },
    {
      label: "requests and limits",
      description: "The full Kubernetes form.",
      body: { requests: { cpu: "${1:250m}", memory: "${2:512Mi}" }, limits: { cpu: "${3:1}", memory: "${4:1Gi}" } },
    },
  ],
  "/definitions/Probe": [
    { label: "exec", description: "Run a command in the container.", body: { exec: ["${1:pg_isready}"], periodSeconds: 10 } },
    { label: "http", description: "GET a URL of the pod.", body: { http: "${1:http://localhost:8080/healthz}", periodSeconds: 10 } },
    { label: "tcp", description: "Open a TCP connection to the pod.", body: { tcp: "${1:tcp://localhost:5432}", periodSeconds: 10 } },
  ],
};

/** The container snippet, offered where a container map takes its entries. */
export const CONTAINER_SNIPPETS: JsonObject[] = [
  {
    label: "container",
    description: "A container with an image, a command and resources.",
    body: {
      "${1:main}": {
        image: "${2:ghcr.io/acme/app:1.0}",
        command: ["${3:python}", "${4:-m}", "${5:app}"],
        resources: { cpu: "${6:250m-1}", memory: "${7:512Mi}" },
      },
    },
  },
];

/** Resource names offered inside `resources` (completion); any other valid name is still accepted. */
export const RESOURCE_NAMES: Record<string, { k8s: string; doc: string; example: string }> = {
  cpu: { k8s: "cpu", doc: "CPU in cores: `250m` is a quarter of a core, `1.5` one and a half.", example: "250m" },
  memory: { k8s: "memory", doc: "Memory in bytes: `512Mi`, `1Gi` (powers of 1024) or `1G` (powers of 1000).", example: "512Mi" },
  ephemeralStorage: { k8s: "ephemeral-storage", doc: "Local scratch disk (container writable layer, logs, emptyDir).", example: "1Gi" },
};

/** kubejobs' own words for what the schema refuses with a bare enum, by JSON pointer. */
export const MESSAGES: Record<string, string> = {
  "/definitions/Template/properties/kind":
    "kind is Job (runs once) or ScheduledJob (runs on a schedule; kubejobs renders it as a CronJob). Kinds are case-sensitive.",
  "/definitions/JobTemplate/properties/restartPolicy":
    "Never (the default: a failed pod is replaced) or OnFailure (the container restarts in place); a Job's pods must be able to finish, so Always is not allowed.",
  "/definitions/ScheduledJobTemplate/properties/restartPolicy":
    "Never (the default: a failed pod is replaced) or OnFailure (the container restarts in place); a Job's pods must be able to finish, so Always is not allowed.",
};

/** Per-value descriptions of the `kind` enum (the generator writes the discriminator itself). */
export const KIND_VALUES: Json = [
  "Runs once: becomes a `batch/v1` Job.",
  "Runs on a schedule: becomes a `batch/v1` CronJob whose Jobs run the template.",
];
