// The wording is free to change, but these hints are promised by PRODUCT.md and STYLE.md.
import { describe, expect, it } from "vitest";
import { quantityHint } from "../../src/k8s/rules/container-resources.js";
import { checkRules } from "../../src/k8s/rules/index.js";
import type { K8sObject } from "../../src/k8s/types.js";
import { cronJob, job, main, secret } from "./fixtures.js";

describe("messages and hints", () => {
  it("cpu: 250x suggests CPU quantities", () => {
    const m = job();
    main(m).resources.requests.cpu = "250x";
    const d = checkRules(m as K8sObject, { kubeVersion: "1.36" }).find((x) => x.code === "quantity/invalid");
    expect(d?.message).toBe('"250x" is not a quantity');
    expect(d?.hint).toBe("use a Kubernetes quantity such as 250m, 1 or 1.5");
  });

  it.each([
    ["memory", "1GB", "write 1G (powers of 1000) or 1Gi (powers of 1024)"],
    ["memory", "512K", "write 512k (powers of 1000) or 512Ki (powers of 1024)"],
    ["memory", "2 GiB", "write 2Gi"],
    ["memory", "100mi", "write 100Mi"],
    ["memory", "lots", "use a Kubernetes quantity such as 512Mi, 1Gi or 1.5G"],
    ["nvidia.com/gpu", "one", "use a Kubernetes quantity such as 1, 500m or 2Gi"],
  ])("%s: %s → %s", (resource, raw, hint) => expect(quantityHint(resource, raw)).toBe(hint));

  it("a 53-character CronJob name explains the 11 characters", () => {
    const m = cronJob();
    m.metadata.name = "a".repeat(53);
    const d = checkRules(m as K8sObject, { kubeVersion: "1.36" }).find((x) => x.code === "name/too-long");
    expect(d?.message).toContain("appends 11 characters");
    expect(d?.hint).toContain("52");
  });

  it("restartPolicy Always has a hint", () => {
    const m = job();
    m.spec.template.spec.restartPolicy = "Always";
    const d = checkRules(m as K8sObject, { kubeVersion: "1.36" }).find((x) => x.code === "job/restart-policy");
    expect(d?.hint).toMatch(/Never/);
  });

  it("never puts Secret values in diagnostics", () => {
    const m = secret();
    Object.assign(m, { type: "kubernetes.io/dockerconfigjson", stringData: { ".dockerconfigjson": "{s3cr3t-value" } });
    m.data = { "bad/key": "c2VjcmV0LXZhbHVl", other: "not base64 s3cr3t" };
    const text = JSON.stringify(checkRules(m as K8sObject, { kubeVersion: "1.36" }));
    expect(text).not.toContain("s3cr3t");
    expect(text).not.toContain("c2VjcmV0LXZhbHVl");
  });

  it("reports every problem, not just the first", () => {
    const m = job();
    m.metadata.name = "Bad_Name";
    main(m).resources.requests.cpu = "250x";
    main(m).env.push({ name: "A=B", value: "x" });
    m.spec.template.spec.restartPolicy = "Always";
    const codes = checkRules(m as K8sObject, { kubeVersion: "1.36" }).map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(["name/invalid", "quantity/invalid", "env/invalid-name", "job/restart-policy"]));
  });
});
