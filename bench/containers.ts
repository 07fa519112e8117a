/**
 * Random containers for the bench templates: every env form, every resources form, inline and
 * referenced files, each dir scheme, the three probe kinds and lifecycle hooks, so that the
 * measured time covers the compiler's branches and not only its simplest path.
 * Everything generated is valid: the bench measures the success path, which is what `render` does
 * with real templates (an error path is cut short after the first layer).
 */
import type { Container, EnvFrom, EnvValue, Probe, Resources } from "../src/template/types.js";
import type { Random } from "./random.js";

const IMAGES = [
  "busybox:1.36",
  "ghcr.io/acme/report:1.4.2",
  "python:3.12-slim",
  "postgres:16",
  "ghcr.io/acme/etl:5.3.0",
  "alpine:3.20",
  "registry.example.com/team/tool@sha256:" + "ab".repeat(32),
];
const ENV_NAMES = [
  "LOG_LEVEL",
  "DB_HOST",
  "DB_PASSWORD",
  "BATCH_SIZE",
  "DRY_RUN",
  "REGION",
  "API_TOKEN",
  "POD_NAME",
  "MEM_LIMIT",
  "CACHE_URL",
  "WORKERS",
  "FEATURE_FLAGS",
];
const LITERALS = [
  "info",
  "debug",
  "eu-central-1",
  "orders-db.shop.svc",
  "yes",
  "0755",
  "1e3",
  "~",
  "a: b",
  "value # not a comment",
  "-leading",
  "héllo wörld",
  "line one\nline two\n",
];
const COMMANDS: readonly string[][] = [
  ["sh", "-c", "echo start && sleep 5"],
  ["python", "-m", "report"],
  ["/app/run"],
  ["pg_dump", "--format=custom"],
];
const ARGS: readonly string[][] = [["--since", "yesterday"], ["run", "orders", "--batch", "$(BATCH_SIZE)"], ["--verbose"]];
const CPU = ["50m", "100m", "250m", "500m", "1", "2"];
const MEMORY = ["64Mi", "128Mi", "256Mi", "512Mi", "1Gi", "2Gi"];
const DIR_PATHS = ["/data", "/cache", "/scratch", "/var/lib/work", "/secrets"];
const FILE_CONTENT = [
  "#!/bin/sh\nset -eu\necho hello\n",
  "orders:\n  id: order_id\n  total: amount_cents\n",
  "key=value\n",
  '{"retries": 3, "verbose": true}',
];

export function randomContainer(r: Random, name: string, isInit: boolean): Container {
  const c: Container = { image: r.pick(IMAGES) };
  if (r.chance(0.5)) c.command = [...r.pick(COMMANDS)];
  if (r.chance(0.4)) c.args = [...r.pick(ARGS)];
  if (r.chance(0.2)) c.imagePullPolicy = r.pick(["Always", "IfNotPresent"] as const);
  if (r.chance(0.85)) c.env = randomEnv(r);
  if (r.chance(0.3)) c.envFrom = randomEnvFrom(r);
  if (r.chance(0.9)) c.resources = randomResources(r);
  if (r.chance(0.35)) c.files = randomFiles(r, name);
  if (r.chance(0.4)) c.dirs = randomDirs(r);
  if (!isInit) {
    if (r.chance(0.3)) c.livenessProbe = randomProbe(r);
    else if (r.chance(0.15)) c.livenessCommand = ["/bin/check", "--quick"];
    if (r.chance(0.25)) c.readinessProbe = randomProbe(r);
    if (r.chance(0.15)) c.startupProbe = { ...randomProbe(r), failureThreshold: 30 };
    if (r.chance(0.15)) c.lifecycle = { preStop: r.chance(0.5) ? { exec: ["/app/flush"] } : { sleep: 5 } };
  }
  if (r.chance(0.15)) c.securityContext = { runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false };
  return c;
}

function randomEnv(r: Random): Record<string, EnvValue> {
  const env: Record<string, EnvValue> = {};
  for (const name of r.sample(ENV_NAMES, r.between(1, 6))) {
    const form = r.int(9);
    if (form === 0) env[name] = r.pick(LITERALS);
    else if (form === 1) env[name] = r.between(0, 5000);
    else if (form === 2) env[name] = r.chance(0.5);
    else if (form === 3) env[name] = `secret://${r.pick(["db", "api", "s3"])}/${r.pick(["password", "token", "url"])}`;
    else if (form === 4) env[name] = `configmap://settings/${r.pick(["region", "mode"])}`;
    else if (form === 5) env[name] = { secret: "app-credentials", key: "token", optional: r.chance(0.5) };
    else if (form === 6) env[name] = { configMap: "app-settings", key: "flags" };
    else if (form === 7) env[name] = { field: r.pick(["metadata.name", "metadata.namespace", "status.podIP", "spec.nodeName"]) };
    else if (r.chance(0.5)) env[name] = { resource: "limits.memory", divisor: r.pick(["1Mi", "1"]) };
    else env[name] = { resource: "requests.cpu", divisor: r.pick(["1m", "1"]) };
  }
  return env;
}

function randomEnvFrom(r: Random): EnvFrom[] {
  const all: EnvFrom[] = [
    "secret://app-env",
    "configmap://shared-env",
    { configMap: "etl-settings", prefix: "ETL_" },
    { secret: "extra", optional: true },
  ];
  return r.sample(all, r.between(1, 2));
}

function randomResources(r: Random): Resources {
  const form = r.int(4);
  const cpuIndex = r.int(CPU.length - 1);
  const memIndex = r.int(MEMORY.length - 1);
  if (form === 0) return { cpu: CPU[cpuIndex]!, memory: MEMORY[memIndex]! };
  // A range must have request ≤ limit: pick the limit from later in the sorted lists.
  if (form === 1) return { cpu: `${CPU[cpuIndex]}-${CPU[cpuIndex + 1]}`, memory: `${MEMORY[memIndex]}-${MEMORY[memIndex + 1]}` };
  if (form === 2)
    return {
      cpu: r.pick([0.5, 1, 2]),
      memory: MEMORY[memIndex]!,
      ephemeralStorage: "1Gi",
      ...(r.chance(0.3) ? { "nvidia.com/gpu": 1 } : {}),
    };
  return { requests: { cpu: CPU[cpuIndex]!, memory: MEMORY[memIndex]! }, limits: { memory: MEMORY[memIndex + 1]! } };
}

function randomFiles(r: Random, container: string): Container["files"] {
  // Paths carry the container name: inline files of all containers share one ConfigMap.
  const files: NonNullable<Container["files"]> = {};
  files[`/etc/${container}/config.yaml`] = { content: r.pick(FILE_CONTENT), ...(r.chance(0.4) ? { mode: "0644" } : {}) };
  if (r.chance(0.4)) files[`/etc/${container}/run.sh`] = { content: FILE_CONTENT[0]!, mode: "0755" };
  if (r.chance(0.4)) files[`/etc/${container}/password`] = { contentFrom: "secret://app-credentials/password", mode: "0400" };
  return files;
}

function randomDirs(r: Random): Record<string, string> {
  const dirs: Record<string, string> = {};
  for (const path of r.sample(DIR_PATHS, r.between(1, 3))) {
    dirs[path] = r.pick([
      "emptydir://",
      "emptydir://memory",
      "pvc://work-cache",
      "pvc://archive:ro",
      "secret://tls-certs",
      "configmap://app-config:ro",
    ]);
  }
  return dirs;
}

function randomProbe(r: Random): Probe {
  const timings = { periodSeconds: r.pick([5, 10, 20]), ...(r.chance(0.5) ? { timeoutSeconds: 3 } : {}) };
  const kind = r.int(3);
  if (kind === 0) return { exec: ["/bin/healthy"], ...timings };
  if (kind === 1) return { http: r.pick(["http://localhost:8080/healthz", "https://localhost:8443/ready"]), ...timings };
  return { tcp: "tcp://localhost:5432", ...timings };
}
