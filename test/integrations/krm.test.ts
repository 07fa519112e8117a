// The KRM function in process: the ResourceList contract (items kept, objects appended, results).
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runKrm } from "../../src/integrations/krm.js";
import { loadManifestSchemas } from "../../src/validate/manifest.js";
import { BAD_JOB, GOOD_JOB, scratch } from "./helpers.js";

const deps = (cwd: string) => ({ cwd, env: {}, prepare: loadManifestSchemas, importLibrary: () => import("../../src/library.js") });

const ITEMS = `items:
  # a comment that must survive
  - apiVersion: v1
    kind: ConfigMap
    metadata:
      name: existing
    data: {a: "yes"}
`;

function list(apiVersion: string, spec: string, items = ITEMS): string {
  return `apiVersion: ${apiVersion}
kind: ResourceList
${items}functionConfig:
  apiVersion: kubejobs.dev/v1alpha1
  kind: KubeJobs
  metadata: { name: nightly }
  spec: ${spec}
`;
}

describe("kubejobs krm", () => {
  it.each(["config.kubernetes.io/v1", "config.kubernetes.io/v1beta1", "config.kubernetes.io/v1alpha1"])(
    "%s: keeps the items as written and appends the rendered objects",
    async (apiVersion) => {
      const dir = scratch({ "jobs/report.kubejobs.yaml": GOOD_JOB });
      const run = await runKrm(list(apiVersion, "{ templates: [jobs/], namespace: reports }"), deps(dir));
      expect(run.failed).toBe(false);
      expect(run.output.startsWith(`apiVersion: ${apiVersion}\nkind: ResourceList\nitems:\n  # a comment that must survive\n`)).toBe(true);
      expect(run.output).toContain(`data: { a: "yes" }`);
      const out = parse(run.output);
      expect(out.items).toHaveLength(2);
      expect(out.items[0]).toEqual({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "existing" }, data: { a: "yes" } });
      expect(out.items[1]).toMatchObject({
        apiVersion: "batch/v1",
        kind: "Job",
        metadata: {
          name: "report",
          namespace: "reports",
          annotations: { "config.kubernetes.io/path": "job-report.yaml", "internal.config.kubernetes.io/path": "job-report.yaml" },
        },
      });
      expect(out.results).toBeUndefined();
    },
  );

  it("reports every problem as a result with field, file and resource, renders nothing, fails", async () => {
    const dir = scratch({ "jobs/report.kubejobs.yaml": BAD_JOB });
    const run = await runKrm(list("config.kubernetes.io/v1", "{ templates: [jobs/report.kubejobs.yaml] }"), deps(dir));
    expect(run.failed).toBe(true);
    const out = parse(run.output);
    expect(out.items).toHaveLength(1);
    expect(out.results).toEqual([
      expect.objectContaining({
        severity: "error",
        field: { path: "containers.main.image" },
        file: { path: "jobs/report.kubejobs.yaml", index: 0 },
        resourceRef: { apiVersion: "batch/v1", kind: "Job", name: "report" },
      }),
    ]);
    expect(out.results[0].message).toMatch(/^line 4: .*\[container\/image-required\]$/);
    expect(run.diagnostics.map((d) => d.code)).toEqual(["container/image-required"]);
  });

  it("replaces its own earlier output in place (kpt fn render feeds it back), and refuses to overwrite another's object", async () => {
    const dir = scratch({ "jobs/report.kubejobs.yaml": GOOD_JOB });
    const first = parse((await runKrm(list("config.kubernetes.io/v1", "{ templates: [jobs/] }", "items: []\n"), deps(dir))).output);
    const job = first.items[0];
    job.metadata.annotations = {
      "config.kubernetes.io/path": "elsewhere/job.yaml",
      "internal.config.kubernetes.io/path": "elsewhere/job.yaml",
    };
    job.spec.backoffLimit = 99; // the template says otherwise: rendering again puts it back
    const items = `items:\n${JSON.stringify([job]).replace(/^\[/, "  - ").replace(/\]$/, "")}\n`;
    const again = parse((await runKrm(list("config.kubernetes.io/v1", "{ templates: [jobs/] }", items), deps(dir))).output);
    expect(again.items).toHaveLength(1);
    expect(again.items[0].spec.backoffLimit).toBeUndefined();
    expect(again.items[0].metadata.annotations["config.kubernetes.io/path"]).toBe("elsewhere/job.yaml");

    const foreign = `items:\n  - { apiVersion: batch/v1, kind: Job, metadata: { name: report }, spec: {} }\n`;
    const clash = await runKrm(list("config.kubernetes.io/v1", "{ templates: [jobs/] }", foreign), deps(dir));
    expect(clash.failed).toBe(true);
    expect(clash.diagnostics.map((d) => d.code)).toEqual(["krm/clash"]);
  });

  it("takes a ConfigMap functionConfig (kpt fn eval -- templates=...)", async () => {
    const dir = scratch({ "jobs/report.kubejobs.yaml": GOOD_JOB });
    const input = `apiVersion: config.kubernetes.io/v1
kind: ResourceList
items: []
functionConfig: { apiVersion: v1, kind: ConfigMap, metadata: { name: fn }, data: { templates: "jobs/report.kubejobs.yaml", kubeVersion: "1.31" } }
`;
    const run = await runKrm(input, deps(dir));
    expect(run.failed).toBe(false);
    expect(parse(run.output).items.map((i: { kind: string }) => i.kind)).toEqual(["Job"]);
  });

  it("names every functionConfig problem at once", async () => {
    const run = await runKrm(
      list("config.kubernetes.io/v1", "{ templats: [a], kubeVersion: 1.3, gitops: argo }", "items: []\n"),
      deps("/tmp"),
    );
    expect(run.failed).toBe(true);
    expect(run.diagnostics.map((d) => [d.code, d.path.join(".")])).toEqual([
      ["krm/function-config", "functionConfig.spec.templats"],
      ["krm/function-config", "functionConfig.spec.templates"],
      ["krm/function-config", "functionConfig.spec.kubeVersion"],
      ["krm/function-config", "functionConfig.spec.gitops"],
    ]);
    expect(run.diagnostics[0]!.hint).toContain("templates");
  });

  it.each([
    ["not YAML", "a: [\n"],
    ["not a ResourceList", "apiVersion: v1\nkind: List\nitems: []\n"],
    ["no functionConfig", "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\n"],
  ])("%s: a result and a failure, never a throw", async (_what, input) => {
    const run = await runKrm(input, deps("/tmp"));
    expect(run.failed).toBe(true);
    expect(parse(run.output).results[0].severity).toBe("error");
  });
});
