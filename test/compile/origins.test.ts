import { describe, expect, it } from "vitest";
import { compileTemplate, templatePathFor, type Origins } from "../../src/compile/index.js";
import type { Path } from "../../src/diagnostic.js";
import type { JobTemplate, ScheduledJobTemplate } from "../../src/template/types.js";
import { compileOk } from "./helpers.js";

const template: JobTemplate = {
  kind: "Job",
  name: "report",
  namespace: "reports",
  labels: { team: "data" },
  podLabels: { tier: "batch" },
  annotations: { owner: "me" },
  secrets: { creds: { type: "basic", data: { username: "u", password: "p" } } },
  volumes: { shared: { emptyDir: {} } },
  initContainers: { setup: { image: "busybox", env: { MODE: "init" }, dirs: { "/work": "emptydir://" } } },
  containers: {
    sidecar: { image: "envoy" },
    main: {
      image: "app:1",
      env: { LOG_LEVEL: "info", DB_PASSWORD: "secret://db/password" },
      envFrom: ["configmap://settings"],
      resources: { cpu: "250m-1", memory: "1Gi" },
      files: { "/etc/app.conf": { content: "a=1" } },
      dirs: { "/data": "pvc://data", "/shared": "volume://shared:ro", "/work": "emptydir://" },
      livenessCommand: ["true"],
      readinessProbe: { http: "http://localhost:8080/ready" },
    },
  },
  cleanupAfterSeconds: 3600,
  backoffLimit: 2,
  serviceAccount: "reporter",
  imagePullSecrets: ["pull"],
  nodeSelector: { pool: "batch" },
};

const pod = ["spec", "template", "spec"];
const main = [...pod, "containers", 1];

describe("origins: Job", () => {
  const result = compileOk(template, {}, true);
  const kinds = result.manifests.map((m) => m.kind);
  const originsOf = (kind: string): Origins => result.origins[kinds.indexOf(kind)]!;

  it("has one origin list per manifest", () => {
    expect(kinds).toEqual(["Secret", "ConfigMap", "Job"]);
    expect(result.origins).toHaveLength(3);
  });

  it.each<[string, Path, Path]>([
    ["a shorthand request", [...main, "resources", "requests", "cpu"], ["containers", "main", "resources", "cpu"]],
    ["a shorthand limit", [...main, "resources", "limits", "cpu"], ["containers", "main", "resources", "cpu"]],
    ["a renamed resource", [...main, "resources", "limits", "memory"], ["containers", "main", "resources", "memory"]],
    ["an env var", [...main, "env", 1], ["containers", "main", "env", "DB_PASSWORD"]],
    ["an env var's first entry", [...main, "env", 0], ["containers", "main", "env", "LOG_LEVEL"]],
    ["an env var's value", [...main, "env", 0, "value"], ["containers", "main", "env", "LOG_LEVEL"]],
    ["an envFrom entry", [...main, "envFrom", 0], ["containers", "main", "envFrom", 0]],
    ["ttlSecondsAfterFinished", ["spec", "ttlSecondsAfterFinished"], ["cleanupAfterSeconds"]],
    ["backoffLimit", ["spec", "backoffLimit"], ["backoffLimit"]],
    ["a files mount", [...main, "volumeMounts", 0], ["containers", "main", "files", "/etc/app.conf"]],
    ["a pvc dirs mount", [...main, "volumeMounts", 1], ["containers", "main", "dirs", "/data"]],
    ["a volume:// dirs mount", [...main, "volumeMounts", 2], ["containers", "main", "dirs", "/shared"]],
    ["a field of a generated mount", [...main, "volumeMounts", 1, "mountPath"], ["containers", "main", "dirs", "/data"]],
    ["an init container's image", [...pod, "initContainers", 0, "image"], ["initContainers", "setup", "image"]],
    ["an init container's env var", [...pod, "initContainers", 0, "env", 0], ["initContainers", "setup", "env", "MODE"]],
    ["an init container's mount", [...pod, "initContainers", 0, "volumeMounts", 0], ["initContainers", "setup", "dirs", "/work"]],
    ["a container's name", [...main, "name"], ["containers", "main"]],
    ["a container's image", [...main, "image"], ["containers", "main", "image"]],
    ["the first container", [...pod, "containers", 0, "image"], ["containers", "sidecar", "image"]],
    ["livenessCommand", [...main, "livenessProbe"], ["containers", "main", "livenessCommand"]],
    ["readinessProbe", [...main, "readinessProbe"], ["containers", "main", "readinessProbe"]],
    ["serviceAccountName", [...pod, "serviceAccountName"], ["serviceAccount"]],
    ["imagePullSecrets", [...pod, "imagePullSecrets", 0, "name"], ["imagePullSecrets", 0]],
    ["restartPolicy (defaulted)", [...pod, "restartPolicy"], ["restartPolicy"]],
    ["a pass-through pod field", [...pod, "nodeSelector", "pool"], ["nodeSelector", "pool"]],
    ["a user volume", [...pod, "volumes", 0], ["volumes", "shared"]],
    ["a generated volume (its first user)", [...pod, "volumes", 1], ["initContainers", "setup", "dirs", "/work"]],
    ["the name", ["metadata", "name"], ["name"]],
    ["the namespace", ["metadata", "namespace"], ["namespace"]],
    ["a user label", ["metadata", "labels", "team"], ["labels", "team"]],
    ["a pod label", [...pod.slice(0, 2), "metadata", "labels", "tier"], ["podLabels", "tier"]],
    ["the annotations", ["metadata", "annotations", "owner"], ["annotations", "owner"]],
  ])("Job: %s", (_, manifestPath, expected) => {
    expect(templatePathFor(originsOf("Job"), manifestPath)).toEqual(expected);
  });

  it("the generated volumes are where the test table says they are", () => {
    const job = result.manifests[2] as unknown as { spec: { template: { spec: { volumes: { name: string }[] } } } };
    expect(job.spec.template.spec.volumes.map((v) => v.name)).toEqual(["shared", "emptydir-work", "kubejobs-files", "pvc-data"]);
    // Init containers compile first, so emptydir-work's first user is the init container (above).
    expect(templatePathFor(originsOf("Job"), [...pod, "volumes", 2])).toEqual(["containers", "main", "files", "/etc/app.conf"]);
    expect(templatePathFor(originsOf("Job"), [...pod, "volumes", 3])).toEqual(["containers", "main", "dirs", "/data"]);
  });

  it.each<[string, Path, Path]>([
    ["a stringData key", ["stringData", "password"], ["secrets", "creds", "data", "password"]],
    ["another stringData key", ["stringData", "username"], ["secrets", "creds", "data", "username"]],
    ["the type", ["type"], ["secrets", "creds", "type"]],
    ["the name", ["metadata", "name"], ["secrets", "creds"]],
  ])("Secret: %s", (_, manifestPath, expected) => {
    expect(templatePathFor(originsOf("Secret"), manifestPath)).toEqual(expected);
  });

  it("ConfigMap: a data key points at the file's content", () => {
    expect(templatePathFor(originsOf("ConfigMap"), ["data", "etc-app.conf"])).toEqual([
      "containers",
      "main",
      "files",
      "/etc/app.conf",
      "content",
    ]);
  });
});

describe("origins: CronJob", () => {
  const cron: ScheduledJobTemplate = { ...template, kind: "ScheduledJob", schedule: "0 3 * * *", concurrencyPolicy: "Forbid" };
  const result = compileOk(cron, {}, true);
  const origins = result.origins[result.origins.length - 1]!;
  const jobSpec = ["spec", "jobTemplate", "spec"];

  it.each<[string, Path, Path]>([
    ["schedule", ["spec", "schedule"], ["schedule"]],
    ["concurrencyPolicy", ["spec", "concurrencyPolicy"], ["concurrencyPolicy"]],
    ["ttlSecondsAfterFinished", [...jobSpec, "ttlSecondsAfterFinished"], ["cleanupAfterSeconds"]],
    [
      "a resource",
      [...jobSpec, "template", "spec", "containers", 1, "resources", "requests", "memory"],
      ["containers", "main", "resources", "memory"],
    ],
    ["an env var", [...jobSpec, "template", "spec", "containers", 1, "env", 1], ["containers", "main", "env", "DB_PASSWORD"]],
    ["an init container's field", [...jobSpec, "template", "spec", "initContainers", 0, "image"], ["initContainers", "setup", "image"]],
    ["a jobTemplate label", ["spec", "jobTemplate", "metadata", "labels", "team"], ["labels", "team"]],
  ])("%s", (_, manifestPath, expected) => {
    expect(templatePathFor(origins, manifestPath)).toEqual(expected);
  });
});

describe("origins: off", () => {
  it("records nothing without trackOrigins, and tracking does not change the manifests", () => {
    const off = compileTemplate(template, {}, false);
    const on = compileTemplate(template, {}, true);
    expect(off.origins).toEqual(off.manifests.map(() => []));
    expect(on.manifests).toEqual(off.manifests);
    expect(JSON.stringify(on.manifests)).toBe(JSON.stringify(off.manifests));
  });
});
