// GitOps annotations and content-named Jobs (INTEGRATIONS.md §5), in the pure compiler and through
// the whole template check.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkTemplate } from "../../src/check/check-template.js";
import { compileTemplate } from "../../src/compile/index.js";
import { sha256Hex } from "../../src/compile/sha256.js";
import { compileOk, cronTemplate, jobTemplate, type Obj } from "./helpers.js";

const main = (r: { manifests: unknown[] }) => r.manifests[r.manifests.length - 1] as Obj;

describe("gitops", () => {
  it.each([
    ["argocd-hook", { "argocd.argoproj.io/hook": "Sync", "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation" }],
    ["argocd-replace", { "argocd.argoproj.io/sync-options": "Replace=true" }],
    ["flux", { "kustomize.toolkit.fluxcd.io/force": "Enabled" }],
  ] as const)("%s annotates the Job (template field or project option) and nothing else", (mode, annotations) => {
    for (const result of [
      compileOk(jobTemplate({ gitops: mode, secrets: { s: { type: "opaque", data: { a: "b" } } } })),
      compileOk(jobTemplate(), { gitops: mode }),
    ]) {
      expect(main(result).metadata.annotations).toEqual(annotations);
      expect(main(result).spec.template.metadata.annotations).toBeUndefined();
      for (const other of result.manifests.slice(0, -1)) expect((other as Obj).metadata.annotations).toBeUndefined();
    }
  });

  it("the template's own gitops and annotations win; none turns the project's mode off", () => {
    const own = compileOk(jobTemplate({ gitops: "flux" }), { gitops: "argocd-hook" });
    expect(main(own).metadata.annotations).toEqual({ "kustomize.toolkit.fluxcd.io/force": "Enabled" });
    const preSync = compileOk(jobTemplate({ annotations: { "argocd.argoproj.io/hook": "PreSync", team: "a" } }), { gitops: "argocd-hook" });
    expect(main(preSync).metadata.annotations).toEqual({
      "argocd.argoproj.io/hook": "PreSync",
      "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",
      team: "a",
    });
    expect(main(compileOk(jobTemplate({ gitops: "none" }), { gitops: "flux" })).metadata.annotations).toBeUndefined();
  });

  it("never on a CronJob or the Jobs it starts (a CronJob is mutable; its Jobs are not the tool's)", () => {
    const cron = main(compileOk(cronTemplate(), { gitops: "argocd-hook" }));
    expect(cron.metadata.annotations).toBeUndefined();
    expect(cron.spec.jobTemplate.metadata.annotations).toBeUndefined();
  });

  it("a ScheduledJob that sets gitops or nameSuffix is told they are Job fields", () => {
    const checked = checkTemplate({ ...cronTemplate(), gitops: "flux", nameSuffix: "hash" });
    expect(checked.diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.path])).toEqual([
      ["template/job-field", ["gitops"]],
      ["template/job-field", ["nameSuffix"]],
    ]);
  });

  it("the default output is unchanged", () => {
    expect(JSON.stringify(compileOk(jobTemplate()).manifests)).toBe(JSON.stringify(compileOk(jobTemplate({ gitops: "none" })).manifests));
  });
});

describe("nameSuffix: hash", () => {
  const files = { "/app/run.sh": { content: "echo one" } };
  const t = (overrides = {}) =>
    jobTemplate({ name: "migrate", nameSuffix: "hash", containers: { main: { image: "app:1", files } }, ...overrides });

  it("names the Job after 8 hex digits of a SHA-256 of its spec and inline files, the same every time", () => {
    const a = compileOk(t());
    const job = main(a);
    expect(job.metadata.name).toMatch(/^migrate-[0-9a-f]{8}$/);
    expect(compileOk(t()).manifests).toEqual(a.manifests);
    // The labels keep the template's name: selectors and dashboards stay stable across versions.
    expect(job.metadata.labels["app.kubernetes.io/name"]).toBe("migrate");
    // Its inline-files ConfigMap is named with it, so an older Job keeps its own files.
    const configMap = a.manifests[0] as Obj;
    expect(configMap.metadata.name).toBe(`${job.metadata.name}-files`);
    expect(job.spec.template.spec.volumes[0].configMap.name).toBe(configMap.metadata.name);
  });

  it("changes with the spec (pod labels included: they are in the immutable pod template) and an inline file, not with the Job's annotations", () => {
    const name = (overrides = {}) => main(compileOk(t(overrides))).metadata.name;
    const base = name();
    expect(name({ backoffLimit: 2 })).not.toBe(base);
    expect(name({ containers: { main: { image: "app:1", files: { "/app/run.sh": { content: "echo two" } } } } })).not.toBe(base);
    expect(name({ labels: { team: "a" } })).not.toBe(base);
    expect(name({ annotations: { note: "x" } })).toBe(base);
  });

  it("hashes what it says: sha256 of the spec with the ConfigMap's unsuffixed name, and the ConfigMap's data", () => {
    const plain = compileOk(jobTemplate({ name: "migrate", containers: { main: { image: "app:1", files } } }));
    const job = main(plain);
    const data = (plain.manifests[0] as Obj).data;
    const expected = createHash("sha256")
      .update(JSON.stringify([job.spec, data]))
      .digest("hex")
      .slice(0, 8);
    expect(main(compileOk(t())).metadata.name).toBe(`migrate-${expected}`);
  });

  it("leaves room for the suffix: 54 characters at most, one error at the name", () => {
    expect(compileTemplate(t({ name: "a".repeat(54) })).diagnostics).toEqual([]);
    const checked = checkTemplate(t({ name: "a".repeat(55) }));
    expect(checked.diagnostics.map((d) => [d.code, d.path])).toEqual([["name/too-long", ["name"]]]);
    expect(checked.diagnostics[0]!.hint).toContain("54");
  });
});

describe("sha256Hex", () => {
  it.each(["", "abc", "a".repeat(55), "a".repeat(56), "a".repeat(119), "ümlaut ✓ 🚀"])("agrees with node:crypto for %j", (text) => {
    expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });
});
