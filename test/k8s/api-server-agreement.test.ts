// Issue 9 §1: cases where validate disagreed with the API server, each with the verdict the API
// server gives (its validation and defaulting code is cited in the rules and k8s-corrections.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { checkManifest } from "../../src/check/check-manifest.js";
import { checkTemplate } from "../../src/check/check-template.js";
import { KUBE_VERSIONS, type KubeVersion } from "../../src/k8s/versions.js";
import { loadManifestSchemas } from "../../src/validate/manifest.js";
import { cronJob, job, type M } from "./fixtures.js";

beforeAll(async () => {
  for (const v of KUBE_VERSIONS) await loadManifestSchemas(v);
});

const POD = ["spec", "template", "spec"];

function check(m: M, v: KubeVersion = "1.36") {
  return checkManifest(m, v).map((d) => ({ code: d.code, path: d.path, severity: d.severity }));
}
const errors = (m: M, v?: KubeVersion) => check(m, v).filter((d) => d.severity === "error");
const withPod = (edit: (pod: M) => void): M => {
  const m = job();
  edit(m.spec.template.spec);
  return m;
};

describe("required non-empty values (field.Required)", () => {
  it.each<[string, M, string[] | (string | number)[]]>([
    ["containers: []", withPod((p) => (p.containers = [])), [...POD, "containers"]],
    ['a container with name: ""', withPod((p) => (p.containers[0].name = "")), [...POD, "containers", 0, "name"]],
    ['a volume with name: ""', withPod((p) => (p.volumes[0].name = "")), [...POD, "volumes", 0, "name"]],
    [
      "an empty sysctl name",
      withPod((p) => (p.securityContext = { sysctls: [{ name: "", value: "1" }] })),
      [...POD, "securityContext", "sysctls", 0, "name"],
    ],
    ["an empty os.name", withPod((p) => (p.os = { name: "" })), [...POD, "os", "name"]],
    [
      "a projected secret without a name",
      withPod((p) => p.volumes.push({ name: "p", projected: { sources: [{ secret: { items: [{ key: "a", path: "a" }] } }] } })),
      [...POD, "volumes", 2, "projected", "sources", 0, "secret", "name"],
    ],
    [
      "a resize policy without resourceName",
      withPod((p) => (p.containers[0].resizePolicy = [{ resourceName: "", restartPolicy: "NotRequired" }])),
      [...POD, "containers", 0, "resizePolicy", 0, "resourceName"],
    ],
    [
      "a node selector with no terms",
      withPod((p) => (p.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [] } } })),
      [...POD, "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms"],
    ],
    [
      'a pod affinity term with topologyKey ""',
      withPod((p) => (p.affinity = { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: "" }] } })),
      [...POD, "affinity", "podAffinity", "requiredDuringSchedulingIgnoredDuringExecution", 0, "topologyKey"],
    ],
    [
      "a scaleIO volume without volumeName",
      withPod((p) => p.volumes.push({ name: "s", scaleIO: { gateway: "g", system: "s" } })),
      [...POD, "volumes", 2, "scaleIO", "volumeName"],
    ],
  ])("%s is refused (Required value)", (_what, manifest, path) => {
    expect(errors(manifest)).toContainEqual({ code: "schema/required", path, severity: "error" });
  });

  it("hostAliases[].ip is required in every version, not only from 1.36 as the OpenAPI says", () => {
    const m = withPod((p) => (p.hostAliases = [{ hostnames: ["db.local"] }]));
    for (const v of ["1.29", "1.35", "1.36"] as const) expect(errors(m, v).map((d) => d.code)).toEqual(["schema/required"]);
  });

  it.each<[string, M]>([
    [
      "a scaleIO volume with secretRef: null (kubernetes' own restricted fixture)",
      withPod((p) => p.volumes.push({ name: "s", scaleIO: { gateway: "g", system: "s", volumeName: "v", secretRef: null } })),
    ],
    ["a sysctl without a value", withPod((p) => (p.securityContext = { sysctls: [{ name: "kernel.shm_rmid_forced" }] }))],
    [
      "podFailurePolicy: {} (no rules)",
      (() => {
        const m = job();
        m.spec.podFailurePolicy = {};
        return m;
      })(),
    ],
    ["an HTTP header without a value", withPod((p) => (p.containers[0].livenessProbe.httpGet.httpHeaders = [{ name: "X-A" }]))],
    [
      "a preferred scheduling term without a preference",
      withPod((p) => (p.affinity = { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1 }] } })),
    ],
  ])("%s is accepted (the OpenAPI says required, the API server does not)", (_what, manifest) => {
    expect(errors(manifest)).toEqual([]);
  });
});

describe("null means unset", () => {
  it.each<[string, (m: M) => void]>([
    ["metadata.labels: null", (m) => (m.metadata.labels = null)],
    ["args: null", (m) => (m.spec.template.spec.containers[0].args = null)],
    ['a label value null (the label a="")', (m) => (m.metadata.labels = { a: null })],
    ["args: [null] (an empty argument)", (m) => (m.spec.template.spec.containers[0].args = [null])],
    ["resources.limits.cpu: null (the quantity 0)", (m) => (m.spec.template.spec.containers[0].resources = { limits: { cpu: null } })],
    ["securityContext: null", (m) => (m.spec.template.spec.securityContext = null)],
  ])("%s is accepted", (_what, edit) => {
    const m = job();
    edit(m);
    expect(errors(m)).toEqual([]);
  });

  it("a null container is a container without a name (refused as the API server refuses it)", () => {
    const m = withPod((p) => p.containers.push(null));
    expect(errors(m)).toContainEqual({ code: "schema/required", path: [...POD, "containers", 1, "name"], severity: "error" });
  });

  it("null under a field this version does not know is still an unknown field", () => {
    const m = job();
    m.spec.managedBy = null;
    expect(errors(m, "1.29").map((d) => d.code)).toEqual(["version/field-too-new"]);
    expect(errors(m, "1.36")).toEqual([]);
  });
});

describe("defaulting and the rules of issue 9 §1", () => {
  it("a volume with only a name is an emptyDir", () => {
    expect(errors(withPod((p) => p.volumes.push({ name: "scratch" })))).toEqual([]);
  });

  it("a Job selector that is not the generated one is refused without manualSelector", () => {
    const other = job();
    other.spec.selector = { matchLabels: { "job-name": "another-job" } };
    expect(errors(other)).toEqual([{ code: "job/selector", path: ["spec", "selector"], severity: "error" }]);
    const own = job();
    own.spec.selector = { matchLabels: { "batch.kubernetes.io/job-name": own.metadata.name } };
    expect(errors(own)).toEqual([]);
    const uid = job();
    uid.spec.selector = { matchLabels: { "controller-uid": "4b1f6a4e-0000-0000-0000-000000000000" } };
    expect(errors(uid).map((d) => d.code)).toEqual(["job/selector"]);
  });

  it("manualSelector without a selector is refused", () => {
    const m = job();
    m.spec.manualSelector = true;
    expect(errors(m)).toEqual([{ code: "job/selector", path: ["spec", "selector"], severity: "error" }]);
  });

  it("procMount Unmasked needs hostUsers: false (from 1.33, where ProcMountType is on by default)", () => {
    const unmasked = withPod((p) => (p.containers[0].securityContext = { procMount: "Unmasked" }));
    const path = [...POD, "containers", 0, "securityContext", "procMount"];
    expect(errors(unmasked)).toEqual([{ code: "security-context/proc-mount", path, severity: "error" }]);
    expect(errors(unmasked, "1.32")).toEqual([]);
    unmasked.spec.template.spec.hostUsers = false;
    expect(errors(unmasked)).toEqual([]);
  });

  it("weights and maxSkew out of range are refused", () => {
    const m = withPod((p) => {
      p.affinity = { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 0, preference: {} }] } };
      p.topologySpreadConstraints = [{ maxSkew: 0, topologyKey: "zone", whenUnsatisfiable: "DoNotSchedule" }];
    });
    expect(errors(m).map((d) => [d.code, d.path.at(-1)])).toEqual([
      ["pod/scheduling", "weight"],
      ["pod/scheduling", "maxSkew"],
    ]);
  });
});

describe("one mistake, one message", () => {
  it("restartPolicy: never is one error, at the field, with a did-you-mean", () => {
    const m = withPod((p) => (p.restartPolicy = "never"));
    const found = checkManifest(m, "1.36");
    expect(found.map((d) => [d.code, d.path])).toEqual([["job/restart-policy", [...POD, "restartPolicy"]]]);
    expect(found[0]?.hint).toContain('"Never"');
  });

  it("an unknown toleration effect is one error that keeps the schema's did-you-mean", () => {
    const m = withPod((p) => (p.tolerations = [{ operator: "Exists", effect: "NoSchedul" }]));
    const found = checkManifest(m, "1.36");
    expect(found.map((d) => d.code)).toEqual(["toleration/invalid"]);
    expect(found[0]?.hint).toContain("NoSchedule");
  });
});

describe("validate says what the API server says", () => {
  it("a CronJob without timeZone gets no advice as a plain manifest; a template keeps the warning", () => {
    const cron = cronJob();
    delete cron.spec.timeZone;
    expect(check(cron)).toEqual([]);
    const template = checkTemplate({
      kind: "ScheduledJob",
      name: "nightly",
      schedule: "0 3 * * *",
      containers: { main: { image: "busybox:1.36" } },
    });
    expect(template.diagnostics.map((d) => d.code)).toContain("schedule/no-time-zone");
  });
});
