import { describe, expect, it } from "vitest";
import { checkDocuments } from "../../src/check/check-documents.js";
import { isOtherKind } from "../../src/check/other-kind.js";
import { loadInputs } from "../../src/load/index.js";
import { runCli } from "../helpers/cli.js";
import { LIBRARY } from "../helpers/library.js";

describe("isOtherKind", () => {
  it.each([
    [{ apiVersion: "v1", kind: "ServiceAccount" }, true],
    [{ apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole" }, true],
    [{ apiVersion: "apps/v1", kind: "Deployment" }, true],
    [{ apiVersion: "v1", kind: "Namespace" }, true],
    // ours, or near misses of ours: checked, and refused with a suggestion
    [{ apiVersion: "batch/v1", kind: "Job" }, false],
    [{ apiVersion: "batch/v1beta1", kind: "CronJob" }, false],
    [{ apiVersion: "batch/v1", kind: "Cronjob" }, false],
    [{ apiVersion: "v1", kind: "Secrets" }, false],
    [{ apiVersion: "v1", kind: "configmap" }, false],
    [{ apiVersion: "v1", kind: "Deployment" }, false],
    [{ apiVersion: "example.com/v1", kind: "Backup" }, true],
    [{ apiVersion: "v1", kind: "Secret" }, false],
    // without apiVersion or kind there is nothing to pass over: the schema says what is missing
    [{ kind: "ServiceAccount" }, false],
    [{ apiVersion: "v1" }, false],
    [null, false],
    [[], false],
  ])("%j -> %s", (value, other) => {
    expect(isOtherKind(value)).toBe(other);
  });
});

describe("validate passes over other kinds", () => {
  const text = [
    "apiVersion: v1",
    "kind: ServiceAccount",
    "metadata: { name: runner }",
    "---",
    "apiVersion: batch/v1",
    "kind: Job",
    "metadata: { name: once }",
    "spec:",
    "  template:",
    "    spec:",
    "      restartPolicy: Never",
    "      containers: [{ name: main, image: busybox }]",
    "---",
    "apiVersion: rbac.authorization.k8s.io/v1",
    "kind: Role",
    "metadata: { name: reader }",
    "rules: []",
  ].join("\n");

  it("reports them as skipped, with their line and name, and no diagnostic", async () => {
    const loaded = await loadInputs(["-"], { kubeVersion: "1.36", env: {}, cwd: process.cwd(), readStdin: async () => text }, LIBRARY);
    const checked = checkDocuments(loaded.documents, "validate", { kubeVersion: "1.36" });
    expect(checked.diagnostics).toEqual([]);
    expect(checked.skipped).toEqual([
      { file: "<stdin>", line: 1, kind: "ServiceAccount", name: "runner" },
      { file: "<stdin>", line: 14, kind: "Role", name: "reader" },
    ]);
    expect(checked.manifests.map((m) => m.kind)).toEqual(["Job"]);
  });
});

describe("kubejobs validate and render on other kinds (black box)", () => {
  it("validate: exit 0, nothing on stdout, the skipped count in the summary", () => {
    const r = runCli(["validate", "test/check/fixtures/deployment.yaml", "test/check/fixtures/custom-resource.yaml"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "ok: 0 documents checked against Kubernetes 1.36, 2 skipped (kinds kubejobs does not check: Deployment, Frobnicator); 0 errors, 0 warnings\n",
    );
  });

  it("render: a manifest named on the command line is not a template", () => {
    const r = runCli(["render", "test/check/fixtures/deployment.yaml"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("[render/not-a-template]");
  });
});
