/**
 * Deterministic, varied templates for the in-process bench: both kinds, 1–3 containers (and
 * sometimes an init container), labels, annotations, secrets with literal values, schedules in
 * several zones, and the Job fields people set. Template `i` of a seed is always the same.
 */
import type { Container, JobFields, SecretSpec, Template } from "../src/template/types.js";
import { randomContainer } from "./containers.js";
import { createRandom, type Random } from "./random.js";
import { SCHEDULES, TIME_ZONES } from "./schedules.js";

const WORDS = ["orders", "report", "backup", "etl", "sync", "index", "cleanup", "export", "billing", "audit", "metrics", "mail"];
const CONTAINER_NAMES = ["main", "worker", "uploader", "sidecar", "exporter"];
const TEAMS = ["data", "platform", "payments", "search"];

export function generateTemplates(count: number, seed: number): Template[] {
  const r = createRandom(seed);
  const templates: Template[] = [];
  for (let i = 0; i < count; i++) templates.push(randomTemplate(r, i));
  return templates;
}

function randomTemplate(r: Random, index: number): Template {
  const fields = randomJobFields(r, `${r.pick(WORDS)}-${r.pick(WORDS)}-${index}`);
  if (r.chance(0.5)) {
    return {
      kind: "Job",
      ...fields,
      ...(r.chance(0.2) ? { completions: 4, parallelism: 2, completionMode: "Indexed" as const } : {}),
      ...(r.chance(0.1) ? { suspend: true } : {}),
    };
  }
  const timeZone = r.pick(TIME_ZONES);
  return {
    kind: "ScheduledJob",
    ...fields,
    schedule: r.pick(SCHEDULES),
    ...(timeZone !== undefined ? { timeZone } : {}),
    ...(r.chance(0.5) ? { concurrencyPolicy: r.pick(["Allow", "Forbid", "Replace"] as const) } : {}),
    ...(r.chance(0.4) ? { successfulJobsHistoryLimit: r.between(1, 7), failedJobsHistoryLimit: r.between(1, 3) } : {}),
    ...(r.chance(0.3) ? { startingDeadlineSeconds: r.pick([60, 300, 3600]) } : {}),
  };
}

function randomJobFields(r: Random, name: string): JobFields {
  const names = r.sample(CONTAINER_NAMES, r.between(1, 3));
  const containers: Record<string, Container> = {};
  for (const c of names) containers[c] = randomContainer(r, c, false);
  const fields: JobFields = { name, containers };
  if (r.chance(0.6)) fields.namespace = r.pick(["default", "batch", "data-jobs"]);
  if (r.chance(0.7)) fields.labels = randomLabels(r);
  if (r.chance(0.3))
    fields.annotations = { "acme.com/owner": `${r.pick(TEAMS)}@acme.com`, "acme.com/runbook": "https://wiki.acme.com/runbooks/batch" };
  if (r.chance(0.15)) fields.podLabels = { "sidecar.istio.io/inject": "false" };
  if (r.chance(0.25)) fields.initContainers = { "wait-for-db": randomContainer(r, "wait-for-db", true) };
  if (r.chance(0.5)) fields.backoffLimit = r.between(0, 6);
  if (r.chance(0.5)) fields.cleanupAfterSeconds = r.pick([3600, 86400, 172800]);
  if (r.chance(0.4)) fields.activeDeadlineSeconds = r.pick([600, 3600, 14400]);
  if (r.chance(0.2)) fields.restartPolicy = "OnFailure";
  if (r.chance(0.3)) fields.serviceAccount = "batch-runner";
  if (r.chance(0.2)) fields.nodeSelector = { "kubernetes.io/os": "linux", "node.acme.com/pool": "batch" };
  if (r.chance(0.15)) fields.tolerations = [{ key: "dedicated", operator: "Equal", value: "batch", effect: "NoSchedule" }];
  if (r.chance(0.1)) fields.imagePullSecrets = ["registry-credentials"];
  if (r.chance(0.4)) fields.secrets = randomSecrets(r);
  return fields;
}

function randomLabels(r: Random): Record<string, string> {
  const labels: Record<string, string> = { team: r.pick(TEAMS) };
  if (r.chance(0.5)) labels.tier = r.pick(["batch", "critical", "best-effort"]);
  if (r.chance(0.3)) labels["app.kubernetes.io/part-of"] = r.pick(WORDS);
  return labels;
}

/** Literal values only: `fromEnv`/`fromFile` would measure I/O the caller did beforehand. */
function randomSecrets(r: Random): Record<string, SecretSpec> {
  const all: Record<string, SecretSpec> = {
    "app-credentials": { type: "opaque", data: { password: "s3cr3t-Passw0rd", token: "tok_0123456789abcdef" } },
    "db-login": { type: "basic", data: { username: "report", password: "hunter2: not # a comment" }, immutable: true },
    "api-token": { type: "token", data: { token: "eyJhbGciOiJIUzI1NiJ9.e30.sig" } },
    "tls-certs": {
      type: "certificate",
      data: {
        "tls.crt": "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
        "tls.key": "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n",
      },
    },
    "registry-credentials": { type: "dockerconfigjson", data: { ".dockerconfigjson": '{"auths":{"ghcr.io":{"auth":"dXNlcjpwYXNz"}}}' } },
  };
  const secrets: Record<string, SecretSpec> = {};
  for (const name of r.sample(Object.keys(all), r.between(1, 2))) secrets[name] = all[name]!;
  return secrets;
}
