import { describe, expect, it } from "vitest";
import type { CompileResult } from "../../src/compile/index.js";
import type { JobFields } from "../../src/template/types.js";
import { compileOk, cronTemplate, jobTemplate, mainObject, stdLabels, type Obj } from "./helpers.js";

/** Every metadata block of the output: each object's, a CronJob's jobTemplate's, and the pod template's. */
function metadataBlocks(result: CompileResult): { objects: Obj[]; jobTemplate?: Obj; pod: Obj } {
  const main = mainObject(result);
  const objects = result.manifests.map((m) => m.metadata as Obj);
  if (main.kind === "CronJob")
    return { objects, jobTemplate: main.spec.jobTemplate.metadata, pod: main.spec.jobTemplate.spec.template.metadata };
  return { objects, pod: main.spec.template.metadata };
}

/** A template producing every kind of object: a Secret, the files ConfigMap, and the Job/CronJob. */
const everything = (extra: Partial<JobFields>) => ({
  secrets: { creds: { type: "opaque" as const, data: { a: "b" } } },
  containers: { main: { image: "busybox", files: { "/etc/x": { content: "x" } } } },
  ...extra,
});

describe.each([
  ["Job", (extra: Partial<JobFields>) => jobTemplate({ name: "nightly", ...everything(extra) })],
  ["ScheduledJob", (extra: Partial<JobFields>) => cronTemplate({ name: "nightly", ...everything(extra) })],
])("metadata of a %s", (kind, make) => {
  it("puts the two standard labels on every object and on the pod template", () => {
    const result = compileOk(make({}));
    expect(result.manifests.map((m) => m.kind)).toEqual(["Secret", "ConfigMap", kind === "Job" ? "Job" : "CronJob"]);
    const blocks = metadataBlocks(result);
    for (const meta of blocks.objects) expect(meta.labels).toEqual(stdLabels("nightly"));
    expect(blocks.pod).toEqual({ labels: stdLabels("nightly") });
    if (kind === "ScheduledJob") expect(blocks.jobTemplate).toEqual({ labels: stdLabels("nightly") });
  });

  it("adds the user's labels everywhere, sorted", () => {
    const result = compileOk(make({ labels: { team: "data", "acme.io/cost-center": "42", app: "report" } }));
    const expected = {
      "acme.io/cost-center": "42",
      app: "report",
      "app.kubernetes.io/managed-by": "kubejobs",
      "app.kubernetes.io/name": "nightly",
      team: "data",
    };
    const blocks = metadataBlocks(result);
    for (const labels of [
      ...blocks.objects.map((m) => m.labels),
      blocks.pod.labels,
      ...(blocks.jobTemplate ? [blocks.jobTemplate.labels] : []),
    ]) {
      expect(labels).toEqual(expected);
      expect(Object.keys(labels)).toEqual(Object.keys(expected));
    }
  });

  it("lets a user's own value of a standard label win", () => {
    const result = compileOk(make({ labels: { "app.kubernetes.io/name": "report", "app.kubernetes.io/managed-by": "argocd" } }));
    const blocks = metadataBlocks(result);
    for (const meta of [...blocks.objects, blocks.pod, ...(blocks.jobTemplate ? [blocks.jobTemplate] : [])]) {
      expect(meta.labels).toEqual({ "app.kubernetes.io/managed-by": "argocd", "app.kubernetes.io/name": "report" });
    }
  });

  it("puts annotations (sorted) on every object, not on the pod template", () => {
    const result = compileOk(make({ annotations: { "z.io/owner": "me", "a.io/ticket": "OPS-1" } }));
    const blocks = metadataBlocks(result);
    for (const meta of blocks.objects) {
      expect(meta.annotations).toEqual({ "a.io/ticket": "OPS-1", "z.io/owner": "me" });
      expect(Object.keys(meta.annotations)).toEqual(["a.io/ticket", "z.io/owner"]);
    }
    expect(blocks.pod).not.toHaveProperty("annotations");
  });

  it("puts podLabels and podAnnotations on the pod template only; podLabels add to and override labels", () => {
    const result = compileOk(
      make({
        labels: { team: "data", tier: "batch" },
        podLabels: { tier: "pod-tier", "sidecar.istio.io/inject": "false" },
        podAnnotations: { "prometheus.io/scrape": "true", "cluster-autoscaler.kubernetes.io/safe-to-evict": "false" },
      }),
    );
    const blocks = metadataBlocks(result);
    const objectLabels = { "app.kubernetes.io/managed-by": "kubejobs", "app.kubernetes.io/name": "nightly", team: "data", tier: "batch" };
    for (const meta of blocks.objects) {
      expect(meta.labels).toEqual(objectLabels);
      expect(meta).not.toHaveProperty("annotations");
    }
    if (blocks.jobTemplate) expect(blocks.jobTemplate).toEqual({ labels: objectLabels });
    expect(blocks.pod).toEqual({
      labels: {
        "app.kubernetes.io/managed-by": "kubejobs",
        "app.kubernetes.io/name": "nightly",
        "sidecar.istio.io/inject": "false",
        team: "data",
        tier: "pod-tier",
      },
      annotations: { "cluster-autoscaler.kubernetes.io/safe-to-evict": "false", "prometheus.io/scrape": "true" },
    });
    expect(Object.keys(blocks.pod.labels)).toEqual([
      "app.kubernetes.io/managed-by",
      "app.kubernetes.io/name",
      "sidecar.istio.io/inject",
      "team",
      "tier",
    ]);
    expect(Object.keys(blocks.pod.annotations)).toEqual(["cluster-autoscaler.kubernetes.io/safe-to-evict", "prometheus.io/scrape"]);
  });

  it("podLabels may override a standard label on the pod only", () => {
    const blocks = metadataBlocks(compileOk(make({ podLabels: { "app.kubernetes.io/name": "worker" } })));
    expect(blocks.pod.labels).toEqual({ "app.kubernetes.io/managed-by": "kubejobs", "app.kubernetes.io/name": "worker" });
    for (const meta of blocks.objects) expect(meta.labels["app.kubernetes.io/name"]).toBe("nightly");
  });

  it("writes metadata keys in the order name, namespace, labels, annotations", () => {
    const result = compileOk(make({ namespace: "reports", annotations: { a: "b" } }));
    for (const meta of metadataBlocks(result).objects) expect(Object.keys(meta)).toEqual(["name", "namespace", "labels", "annotations"]);
  });

  it("names each object: Secret by its key, ConfigMap <name>-files, main object by the template", () => {
    expect(compileOk(make({})).manifests.map((m) => m.metadata.name)).toEqual(["creds", "nightly-files", "nightly"]);
  });

  it.each<[string | undefined, string | undefined, string | undefined]>([
    ["reports", undefined, "reports"],
    [undefined, "default-ns", "default-ns"],
    ["reports", "default-ns", "reports"],
    [undefined, undefined, undefined],
  ])("template namespace %j, options.namespace %j → %j on every object, never on pods", (templateNs, optionNs, expected) => {
    const result = compileOk(
      make(templateNs === undefined ? {} : { namespace: templateNs }),
      optionNs === undefined ? {} : { namespace: optionNs },
    );
    const blocks = metadataBlocks(result);
    for (const meta of blocks.objects) {
      if (expected === undefined) expect(meta).not.toHaveProperty("namespace");
      else expect(meta.namespace).toBe(expected);
    }
    expect(blocks.pod).not.toHaveProperty("namespace");
    if (blocks.jobTemplate) expect(blocks.jobTemplate).not.toHaveProperty("namespace");
  });
});

describe("metadata: CronJob jobTemplate", () => {
  it("carries the labels and the annotations, so every Job created has them", () => {
    const cron = mainObject(compileOk(cronTemplate({ labels: { team: "data" }, annotations: { owner: "me" } })));
    expect(cron.spec.jobTemplate.metadata).toEqual({ labels: { ...stdLabels("demo"), team: "data" }, annotations: { owner: "me" } });
  });
});
