// The library's lint(): templates and manifests together, as the CLI lints them, from the public entry.
import { describe, expect, it } from "vitest";
import { lint, lintRules } from "../src/index.js";

const template = { kind: "Job", name: "demo", cleanupAfterSeconds: 60, hostPID: true, containers: { main: { image: "busybox:1.36" } } };
const manifest = {
  apiVersion: "batch/v1",
  kind: "Job",
  metadata: { name: "plain" },
  spec: { template: { spec: { restartPolicy: "Never", containers: [{ name: "main", image: "busybox" }] } } },
};

describe("lint()", () => {
  it("returns diagnostics with template paths for a template", () => {
    const found = lint(template);
    expect(found).toContainEqual(expect.objectContaining({ code: "pss/host-namespaces", severity: "error", path: ["hostPID"] }));
    expect(found.map((d) => d.code)).toContain("resources/no-memory-limit");
  });

  it("lints an array of templates and manifests; paths start with the index", () => {
    const found = lint([template, manifest], { pss: "restricted", rules: { "resources/no-requests": "off" } });
    expect(found).toContainEqual(
      expect.objectContaining({ code: "image/latest-tag", path: [1, "spec", "template", "spec", "containers", 0, "image"] }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ code: "pss/run-as-non-root", severity: "error", path: [0, "securityContext", "runAsNonRoot"] }),
    );
    expect(found.map((d) => d.code)).not.toContain("resources/no-requests");
  });

  it("an input with a validation error gets its errors only", () => {
    expect(lint({ ...template, bogus: true }).map((d) => d.code)).toEqual(["template/unknown-field"]);
  });

  it("lintRules() lists the catalogue", () => {
    const rules = lintRules();
    expect(rules.find((r) => r.id === "batch/forbid-no-deadline")).toMatchObject({ level: "warning" });
    expect(rules.find((r) => r.id === "pss/privileged")?.peers).toMatchObject({ pss: "privileged", kubeLinter: "privileged-container" });
  });
});
