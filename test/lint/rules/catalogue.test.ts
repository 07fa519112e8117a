// Every rule of the catalogue fires on a case and stays silent on its fixed twin (LINT.md §5). Each
// case goes through validation (which must accept it) and then lint, as `kubejobs lint` runs them.
import { describe, expect, it } from "vitest";
import { checkTemplate } from "../../../src/check/check-template.js";
import type { Diagnostic } from "../../../src/diagnostic.js";
import { lintUnits, type LintOptions } from "../../../src/lint/lint-units.js";
import { LINT_RULES } from "../../../src/lint/rules/index.js";
import type { KubeVersion } from "../../../src/k8s/versions.js";
import { loadManifestSchemas } from "../../../src/validate/manifest.js";

type T = Record<string, any>;

const NOW = new Date(Date.UTC(2026, 0, 1));
const RESOURCES = { cpu: "250m-1", memory: "256Mi-1Gi" };
const RESTRICTED_CONTAINER = { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] }, readOnlyRootFilesystem: true };

function job(extra: T = {}, main: T = {}): T {
  return {
    kind: "Job",
    name: "report",
    cleanupAfterSeconds: 86400,
    containers: { main: { image: "ghcr.io/acme/report:1.4.2", resources: RESOURCES, ...main } },
    ...extra,
  };
}

/** A Job whose pod passes restricted; `sc` is merged into the container's securityContext. */
function restricted(extra: T = {}, sc: T = {}, main: T = {}): T {
  return job(
    { securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } }, ...extra },
    { securityContext: { ...RESTRICTED_CONTAINER, ...sc }, ...main },
  );
}

function cron(extra: T = {}): T {
  return {
    kind: "ScheduledJob",
    name: "nightly",
    schedule: "0 3 * * *",
    timeZone: "UTC",
    concurrencyPolicy: "Forbid",
    activeDeadlineSeconds: 3600,
    startingDeadlineSeconds: 600,
    containers: { main: { image: "ghcr.io/acme/report:1.4.2", resources: RESOURCES } },
    ...extra,
  };
}

interface Case {
  fires: T | T[];
  fixed: T | T[];
  options?: LintOptions & { env?: Record<string, string> };
  fixedOptions?: LintOptions;
}

const DIGEST = `@sha256:${"a".repeat(64)}`;

const CASES: Record<string, Case> = {
  "pss/host-namespaces": { fires: job({ hostNetwork: true }), fixed: job({ hostNetwork: false }) },
  "pss/privileged": {
    fires: job({}, { securityContext: { privileged: true } }),
    fixed: job({}, { securityContext: { privileged: false } }),
  },
  "pss/capabilities-baseline": {
    fires: job({}, { securityContext: { capabilities: { add: ["SYS_ADMIN"] } } }),
    fixed: job({}, { securityContext: { capabilities: { add: ["CHOWN"] } } }),
  },
  "pss/host-path-volumes": {
    fires: job({ volumes: { host: { hostPath: { path: "/var/log" } } } }, { dirs: { "/logs": "volume://host" } }),
    fixed: job({ volumes: { host: { emptyDir: {} } } }, { dirs: { "/logs": "volume://host" } }),
  },
  "pss/host-ports": {
    fires: job({}, { ports: [{ containerPort: 80, hostPort: 8080 }] }),
    fixed: job({}, { ports: [{ containerPort: 80 }] }),
  },
  "pss/apparmor-profile": {
    fires: job({ podAnnotations: { "container.apparmor.security.beta.kubernetes.io/main": "unconfined" } }),
    fixed: job({ podAnnotations: { "container.apparmor.security.beta.kubernetes.io/main": "runtime/default" } }),
  },
  "pss/selinux-options": {
    fires: job({ securityContext: { seLinuxOptions: { type: "spc_t" } } }),
    fixed: job({ securityContext: { seLinuxOptions: { type: "container_t" } } }),
  },
  "pss/proc-mount": {
    // hostUsers: false relaxes the baseline check from 1.35 only.
    fires: job({ hostUsers: false }, { securityContext: { procMount: "Unmasked" } }),
    fixed: job({ hostUsers: false }, { securityContext: { procMount: "Unmasked" } }),
    options: { kubeVersion: "1.34" },
    fixedOptions: { kubeVersion: "1.36" },
  },
  "pss/seccomp-profile-baseline": {
    fires: job({ securityContext: { seccompProfile: { type: "Unconfined" } } }),
    fixed: job({ securityContext: { seccompProfile: { type: "RuntimeDefault" } } }),
  },
  "pss/sysctls": {
    fires: job({ securityContext: { sysctls: [{ name: "kernel.msgmax", value: "65536" }] } }),
    fixed: job({ securityContext: { sysctls: [{ name: "net.ipv4.tcp_keepalive_time", value: "600" }] } }),
  },
  "pss/windows-host-process": {
    fires: job(
      { os: { name: "windows" }, hostNetwork: true },
      { securityContext: { windowsOptions: { hostProcess: true, runAsUserName: "NT AUTHORITY\\SYSTEM" } } },
    ),
    fixed: job({ os: { name: "windows" } }, { securityContext: { windowsOptions: { hostProcess: false } } }),
  },
  "pss/host-probes-and-host-lifecycle": {
    fires: job({}, { readinessProbe: { http: "http://10.1.2.3:8080/healthz" } }),
    fixed: job({}, { readinessProbe: { http: "http://localhost:8080/healthz" } }),
  },
  "pss/restricted-volumes": {
    fires: restricted({ volumes: { data: { nfs: { server: "nfs.local", path: "/export" } } } }, {}, { dirs: { "/data": "volume://data" } }),
    fixed: restricted({ volumes: { data: { persistentVolumeClaim: { claimName: "data" } } } }, {}, { dirs: { "/data": "volume://data" } }),
    options: { pss: "restricted" },
  },
  "pss/allow-privilege-escalation": {
    fires: restricted({}, { allowPrivilegeEscalation: true }),
    fixed: restricted(),
    options: { pss: "restricted" },
  },
  "pss/run-as-non-root": {
    fires: restricted({ securityContext: { runAsNonRoot: false, seccompProfile: { type: "RuntimeDefault" } } }),
    fixed: restricted(),
    options: { pss: "restricted" },
  },
  "pss/run-as-user": {
    fires: restricted({}, { runAsUser: 0 }),
    fixed: restricted({}, { runAsUser: 1000 }),
    options: { pss: "restricted" },
  },
  "pss/seccomp-profile-restricted": {
    fires: restricted({ securityContext: { runAsNonRoot: true } }),
    fixed: restricted(),
    options: { pss: "restricted" },
  },
  "pss/capabilities-restricted": {
    fires: restricted({}, { capabilities: { drop: ["NET_RAW"] } }),
    fixed: restricted({}, { capabilities: { drop: ["ALL"], add: ["NET_BIND_SERVICE"] } }),
    options: { pss: "restricted" },
  },
  "pss/proc-mount-restricted": {
    fires: restricted({ hostUsers: false }, { procMount: "Unmasked" }),
    fixed: restricted({ hostUsers: false }, { procMount: "Default" }),
    options: { pss: "restricted" },
  },
  "image/latest-tag": { fires: job({}, { image: "ghcr.io/acme/report" }), fixed: job({}, { image: "ghcr.io/acme/report:1.4.2" }) },
  "image/no-digest": {
    fires: job({}, { image: "ghcr.io/acme/report:1.4.2" }),
    fixed: job({}, { image: `ghcr.io/acme/report:1.4.2${DIGEST}` }),
    options: { rules: { "image/no-digest": "warning" } },
  },
  "image/pull-always-digest": {
    fires: job({}, { image: `ghcr.io/acme/report${DIGEST}`, imagePullPolicy: "Always" }),
    fixed: job({}, { image: `ghcr.io/acme/report${DIGEST}`, imagePullPolicy: "IfNotPresent" }),
  },
  "resources/no-memory-limit": {
    fires: job({}, { resources: { requests: { cpu: "250m", memory: "256Mi" }, limits: { cpu: "1" } } }),
    fixed: job(),
  },
  "resources/no-requests": { fires: job({}, { resources: undefined }), fixed: job() },
  "resources/extended-unplaced": {
    fires: job({}, { resources: { ...RESOURCES, "nvidia.com/gpu": 1 } }),
    fixed: job(
      { tolerations: [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }] },
      { resources: { ...RESOURCES, "nvidia.com/gpu": 1 } },
    ),
  },
  "security/writable-root-filesystem": { fires: job(), fixed: job({}, { securityContext: { readOnlyRootFilesystem: true } }) },
  "security/secret-env-literal": {
    fires: job({}, { env: { DB_PASSWORD: "hunter2" } }),
    fixed: job({}, { env: { DB_PASSWORD: "secret://db/password", DB_PASSWORD_FILE: "/run/secrets/db" } }),
  },
  "security/secret-literal-data": {
    fires: job({ secrets: { db: { type: "opaque", data: { password: "hunter2" } } } }),
    fixed: job({ secrets: { db: { type: "opaque", data: { password: { fromEnv: "DB_PASSWORD" } } } } }),
    options: { env: { DB_PASSWORD: "hunter2" } },
  },
  "batch/job-no-cleanup": { fires: job({ cleanupAfterSeconds: undefined }), fixed: job() },
  "batch/ttl-gitops": {
    // The project names Flux; a Job with a TTL needs Flux's force annotation (kubejobs adds it when it renders with gitops).
    fires: job(),
    fixed: job({ annotations: { "kustomize.toolkit.fluxcd.io/force": "Enabled" } }),
    options: { gitops: "flux" },
  },
  "batch/cronjob-no-cleanup": {
    fires: cron(),
    fixed: cron({ cleanupAfterSeconds: 86400 }),
    options: { rules: { "batch/cronjob-no-cleanup": "warning" } },
  },
  "batch/on-failure-deletes-logs": { fires: job({ restartPolicy: "OnFailure" }), fixed: job({ restartPolicy: "Never" }) },
  "batch/backoff-zero-disruption": {
    fires: job({ backoffLimit: 0 }),
    fixed: job({ backoffLimit: 0, podFailurePolicy: { rules: [{ action: "Ignore", onPodConditions: [{ type: "DisruptionTarget" }] }] } }),
  },
  "cronjob/starting-deadline": { fires: cron({ startingDeadlineSeconds: 5 }), fixed: cron({ startingDeadlineSeconds: 600 }) },
  "batch/missed-runs-limit": {
    fires: cron({ schedule: "*/15 * * * *", startingDeadlineSeconds: undefined, activeDeadlineSeconds: 600 }),
    fixed: cron({ schedule: "*/15 * * * *", startingDeadlineSeconds: 900, activeDeadlineSeconds: 600 }),
  },
  "batch/allow-overlap": {
    fires: cron({ concurrencyPolicy: undefined, schedule: "0 * * * *", activeDeadlineSeconds: 7200 }),
    fixed: cron({ concurrencyPolicy: "Allow", schedule: "0 * * * *", activeDeadlineSeconds: 1800 }),
  },
  "batch/forbid-no-deadline": { fires: cron({ activeDeadlineSeconds: undefined }), fixed: cron() },
  "batch/suspended-no-deadline": {
    fires: cron({ suspend: true, startingDeadlineSeconds: undefined }),
    fixed: cron({ suspend: true }),
  },
  "batch/day-of-month-or-week": { fires: cron({ schedule: "0 0 13 * 5" }), fixed: cron({ schedule: "0 0 13 * *" }) },
  "schedule/never-runs": { fires: cron({ schedule: "0 0 30 2 *" }), fixed: cron({ schedule: "0 0 28 2 *" }) },
  "batch/rare-schedule": {
    fires: cron({ schedule: "0 0 29 2 *" }),
    fixed: cron({ schedule: "0 0 29 2 *" }),
    options: { now: new Date(Date.UTC(2097, 2, 1)) },
    fixedOptions: { now: NOW },
  },
  "batch/cleanup-before-history": {
    fires: cron({ cleanupAfterSeconds: 600, successfulJobsHistoryLimit: 3 }),
    fixed: cron({ cleanupAfterSeconds: 172800, successfulJobsHistoryLimit: 3 }),
  },
  "batch/name-near-limit": { fires: job({ name: `report-${"x".repeat(52)}` }), fixed: job({ name: `report-${"x".repeat(40)}` }) },
  "batch/same-minute": {
    fires: [cron({ name: "a" }), cron({ name: "b" }), cron({ name: "c" })],
    fixed: [cron({ name: "a" }), cron({ name: "b" }), cron({ name: "c", schedule: "20 3 * * *" })],
  },
  "batch/flux-substitution": {
    fires: job({}, { command: ["sh", "-c", "echo ${HOME}"] }),
    fixed: job({}, { command: ["sh", "-c", "echo $${HOME} $(HOME) $HOME"] }),
  },
  "schedule/dst": {
    fires: cron({ timeZone: "Europe/Berlin", schedule: "30 2 * * *" }),
    fixed: cron({ timeZone: "Europe/Berlin", schedule: "30 4 * * *" }),
  },
  "schedule/no-time-zone": { fires: cron({ timeZone: undefined }), fixed: cron() },
  "lint/unused-ignore": {
    fires: job({ annotations: { "lint.kubejobs.dev/ignore": "image/latest-tag" } }),
    fixed: job({ annotations: { "lint.kubejobs.dev/ignore": "image/latest-tag" } }, { image: "ghcr.io/acme/report" }),
  },
};

function strip(t: T): T {
  return JSON.parse(JSON.stringify(t));
}

async function lint(templates: T[], options: Case["options"] = {}): Promise<Diagnostic[]> {
  const kubeVersion = (options.kubeVersion ?? "1.36") as KubeVersion;
  await loadManifestSchemas(kubeVersion);
  const units = templates.map((given) => {
    const t = strip(given);
    const checked = checkTemplate(t, { kubeVersion, env: options.env, now: NOW });
    expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    return { objects: checked.manifests, template: t as never, validation: checked.diagnostics };
  });
  return lintUnits(units, { now: NOW, ...options }).flatMap((r) => [
    ...r.objectFindings.map((f) => f.diagnostic),
    ...r.findings,
    ...r.validation,
  ]);
}

const list = (x: T | T[]) => (Array.isArray(x) ? x : [x]);

describe("the lint catalogue", () => {
  it("has a firing case and a fixed twin for every rule, and no case without a rule", () => {
    expect(Object.keys(CASES).sort()).toEqual(LINT_RULES.map((r) => r.id).sort());
  });

  it("has unique ids, and each rule a rationale and a hint", () => {
    expect(new Set(LINT_RULES.map((r) => r.id)).size).toBe(LINT_RULES.length);
    for (const r of LINT_RULES) {
      expect(r.rationale.length, r.id).toBeGreaterThan(20);
      expect(r.hint.length, r.id).toBeGreaterThan(5);
    }
  });

  for (const [id, c] of Object.entries(CASES)) {
    it(`${id} fires`, async () => {
      const found = await lint(list(c.fires), c.options);
      expect(found.map((d) => d.code)).toContain(id);
      for (const d of found.filter((d) => d.code === id)) expect(d.severity).not.toBe("off");
    });
    it(`${id} stays silent on the fixed twin`, async () => {
      const found = await lint(list(c.fixed), { ...c.options, ...c.fixedOptions });
      expect(found.map((d) => d.code)).not.toContain(id);
    });
  }
});
