// checkRules runs only the metadata and data rules on objects that are neither Jobs nor CronJobs:
// on such objects (whatever they carry) that must find exactly what running every rule finds.
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostic.js";
import { checkRules, RULES } from "../../src/k8s/rules/index.js";
import { toTarget } from "../../src/k8s/rules/target.js";
import type { K8sObject } from "../../src/k8s/types.js";

const kubeVersion = "1.31";
const badPod = {
  restartPolicy: "Always",
  volumes: [{ name: "Bad_Name", secret: {}, configMap: {} }],
  containers: [{ name: "Bad_Name", env: [{ name: "1=x", valueFrom: {} }], resources: { limits: { cpu: "x" } } }],
};
const badJobSpec = { backoffLimit: -1, completions: -2, managedBy: "nope", template: { metadata: { labels: { "-": "-" } }, spec: badPod } };
const objects: K8sObject[] = [
  { apiVersion: "v1", kind: "Secret", metadata: { name: "Bad_Name", labels: { "a/b/c": "-x" } }, data: { "a b": "!!" } },
  { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "ok", annotations: { "-bad": "x" } }, data: { "..": "x" } },
  // Other kinds that carry what a Job or a CronJob would: no rule may read it.
  { apiVersion: "v1", kind: "Secret", metadata: { name: "s" }, spec: badJobSpec },
  { apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: badPod },
  { apiVersion: "batch/v1", kind: "job", metadata: { name: "lower-case-kind" }, spec: badJobSpec },
  {
    apiVersion: "batch/v1",
    metadata: { name: "no-kind" },
    spec: { jobTemplate: { spec: badJobSpec }, startingDeadlineSeconds: -1 },
  } as unknown as K8sObject,
  { apiVersion: "v1", kind: 7, metadata: { name: "n" }, spec: badJobSpec } as unknown as K8sObject,
];

function everyRule(obj: K8sObject): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of RULES) rule.check(toTarget(obj), { kubeVersion, minor: 31 }, out);
  return out;
}

describe("checkRules on objects other than Jobs and CronJobs", () => {
  it.each(objects.map((obj) => [JSON.stringify(obj.kind), obj]))("kind %s: the same findings as every rule", (_, obj) => {
    expect(checkRules(obj, { kubeVersion })).toEqual(everyRule(obj));
  });

  it("still reports the metadata and data problems", () => {
    expect(checkRules(objects[0]!, { kubeVersion }).map((d) => d.code)).toEqual(
      expect.arrayContaining(["name/invalid", "label/invalid-key", "label/invalid-value"]),
    );
  });
});
