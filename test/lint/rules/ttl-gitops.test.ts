import { describe, expect, it } from "vitest";
import { lintDocuments } from "../../../src/check/lint-documents.js";
import { loadInputs } from "../../../src/load/index.js";
import { LIBRARY } from "../../helpers/library.js";
import { lintRules } from "../../../src/api.js";

async function codes(text: string, gitops?: "argocd-hook" | "flux") {
  const loaded = await loadInputs(["-"], { kubeVersion: "1.36", env: {}, cwd: process.cwd(), readStdin: async () => text }, LIBRARY);
  const linted = lintDocuments(loaded.documents, { kubeVersion: "1.36", ...(gitops === undefined ? {} : { gitops }) });
  return linted.diagnostics.filter((d) => d.code === "batch/ttl-gitops").map((d) => [d.path.join("."), d.line]);
}

const TEMPLATE = "kind: Job\nname: migrate\ncleanupAfterSeconds: 600\ncontainers: { main: { image: ghcr.io/acme/migrate:2.0.0 } }\n";
const MANIFEST = (annotations: string) =>
  [
    "apiVersion: batch/v1",
    "kind: Job",
    `metadata: { name: migrate, ${annotations} }`,
    "spec:",
    "  ttlSecondsAfterFinished: 600",
    "  template:",
    "    spec:",
    "      restartPolicy: Never",
    "      containers: [{ name: main, image: ghcr.io/acme/migrate:2.0.0 }]",
  ].join("\n");

describe("batch/ttl-gitops", () => {
  it("is silent without GitOps, and on a template rendered with the project's gitops (kubejobs adds the annotations)", async () => {
    expect(await codes(TEMPLATE)).toEqual([]);
    expect(await codes(TEMPLATE, "argocd-hook")).toEqual([]);
  });

  it("fires on a plain manifest synced by Argo CD (its tracking annotation), at the TTL's line", async () => {
    expect(await codes(MANIFEST('annotations: { argocd.argoproj.io/tracking-id: "app:batch/Job:ns/migrate" }'))).toEqual([
      ["spec.ttlSecondsAfterFinished", 5],
    ]);
  });

  it("tells a plain manifest to write the annotations in, a template to set gitops", async () => {
    const hints = async (text: string) => {
      const loaded = await loadInputs(["-"], { kubeVersion: "1.36", env: {}, cwd: process.cwd(), readStdin: async () => text }, LIBRARY);
      return lintDocuments(loaded.documents, { kubeVersion: "1.36", gitops: "flux" })
        .diagnostics.filter((d) => d.code === "batch/ttl-gitops")
        .map((d) => d.hint);
    };
    const [manifest] = await hints(MANIFEST("labels: { team: a }"));
    expect(manifest).toContain("kustomize.toolkit.fluxcd.io/force: Enabled");
    expect(manifest).not.toContain("--gitops");
    const rule = lintRules().find((r) => r.id === "batch/ttl-gitops")!;
    expect(rule.hint).toContain("--gitops");
  });

  it("is silent once the Job carries one of the annotations", async () => {
    expect(await codes(MANIFEST("annotations: { argocd.argoproj.io/hook: Sync }"), "argocd-hook")).toEqual([]);
    expect(await codes(MANIFEST('annotations: { argocd.argoproj.io/sync-options: "Prune=false,Replace=true" }'))).toEqual([]);
    expect(await codes(MANIFEST("annotations: { kustomize.toolkit.fluxcd.io/force: Enabled }"), "flux")).toEqual([]);
  });
});
