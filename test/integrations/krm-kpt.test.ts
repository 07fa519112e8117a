// The KRM function under the real kpt (/usr/bin/kpt here; Debian-based images carry it as
// google-cloud-cli-kpt, which Debian itself does not): kpt fn eval --exec over a directory, and a
// Kptfile pipeline under kpt fn render, each once rendering and once failing with the diagnostic.
// Also kubectl's built-in kustomize, which cannot run exec functions at all.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { ROOT } from "../helpers/cli.js";
import { BAD_JOB, GOOD_JOB, scratch, skipReason, which } from "./helpers.js";

const KRM = join(ROOT, "dist/krm.js");
const kpt = which("kpt");
const kubectl = which("kubectl");
if (kpt === undefined)
  skipReason("kpt", "kpt is not installed (Debian has no kpt package; Google's apt repository carries google-cloud-cli-kpt)");
if (kubectl === undefined) skipReason("kubectl kustomize", "kubectl is not installed (not in Debian's archive)");

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env: { PATH: process.env.PATH ?? "", HOME: cwd, NO_COLOR: "1" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PACKAGE = {
  "pkg/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: existing\ndata: {a: b}\n",
  // kpt reads every YAML file of a package as a resource: a template (no apiVersion) must be out of its sight.
  "pkg/.krmignore": "*.kubejobs.yaml\n*.kubejobs.ts\n",
};

const objects = (text: string) =>
  parseAllDocuments(text).map((d) => d.toJS() as { kind: string; metadata: { name: string; namespace?: string } });

describe.skipIf(kpt === undefined)("kpt fn eval --exec", () => {
  const fnConfig =
    "apiVersion: kubejobs.dev/v1alpha1\nkind: KubeJobs\nmetadata: { name: nightly }\nspec: { templates: [pkg/jobs/report.kubejobs.yaml], namespace: reports }\n";

  it("renders the templates into the package, leaving its other files alone", () => {
    const dir = scratch({ ...PACKAGE, "pkg/jobs/report.kubejobs.yaml": GOOD_JOB, "fn.yaml": fnConfig });
    const r = run(kpt!, ["fn", "eval", "pkg", "--exec", KRM, "--fn-config", "fn.yaml"], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("[PASS]");
    expect(readFileSync(join(dir, "pkg/cm.yaml"), "utf8")).toBe(PACKAGE["pkg/cm.yaml"]);
    const [job] = objects(readFileSync(join(dir, "pkg/job-report.yaml"), "utf8"));
    expect(job).toMatchObject({ kind: "Job", metadata: { name: "report", namespace: "reports" } });
    // Once more: the same package, not a second copy.
    const before = readFileSync(join(dir, "pkg/job-report.yaml"), "utf8");
    expect(run(kpt!, ["fn", "eval", "pkg", "--exec", KRM, "--fn-config", "fn.yaml"], dir).status).toBe(0);
    expect(readFileSync(join(dir, "pkg/job-report.yaml"), "utf8")).toBe(before);
    expect(readdirSync(join(dir, "pkg")).sort()).toEqual([".krmignore", "cm.yaml", "job-report.yaml", "jobs"]);
  });

  it("fails on an invalid template with the diagnostic on stderr, and writes nothing", () => {
    const dir = scratch({ ...PACKAGE, "pkg/jobs/report.kubejobs.yaml": BAD_JOB, "fn.yaml": fnConfig });
    const r = run(kpt!, ["fn", "eval", "pkg", "--exec", KRM, "--fn-config", "fn.yaml"], dir);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("[FAIL]");
    // kpt prints the function's results (resource, field, message) and its stderr.
    expect(r.stderr).toContain("[error] batch/v1/Job/reports/report containers.main.image: line 4:");
    expect(r.stderr).toContain("pkg/jobs/report.kubejobs.yaml:4:");
    expect(r.stderr).toContain("[container/image-required]");
    expect(existsSync(join(dir, "pkg/job-report.yaml"))).toBe(false);
  });
});

describe.skipIf(kpt === undefined)("kpt fn render with a Kptfile pipeline step exec:", () => {
  const kptfile = `apiVersion: kpt.dev/v1\nkind: Kptfile\nmetadata:\n  name: pkg\npipeline:\n  mutators:\n    - exec: ${KRM}\n      configPath: kubejobs-fn.yaml\n`;
  // Relative to the functionConfig's file: kpt says where it is.
  const fnConfig =
    'apiVersion: kubejobs.dev/v1alpha1\nkind: KubeJobs\nmetadata:\n  name: nightly\n  annotations:\n    config.kubernetes.io/local-config: "true"\nspec: { templates: [jobs/], kubeVersion: "1.33" }\n';

  it("renders, and rendering again changes nothing", () => {
    const dir = scratch({
      ...PACKAGE,
      "pkg/Kptfile": kptfile,
      "pkg/kubejobs-fn.yaml": fnConfig,
      "pkg/jobs/report.kubejobs.yaml": GOOD_JOB,
    });
    const r = run(kpt!, ["fn", "render", "pkg", "--allow-exec"], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("Successfully executed 1 function(s)");
    const text = readFileSync(join(dir, "pkg/job-report.yaml"), "utf8");
    expect(objects(text)[0]).toMatchObject({ kind: "Job", metadata: { name: "report" } });
    expect(run(kpt!, ["fn", "render", "pkg", "--allow-exec"], dir).status).toBe(0);
    expect(readFileSync(join(dir, "pkg/job-report.yaml"), "utf8")).toBe(text);
  });

  it("fails with the diagnostic on stderr", () => {
    const dir = scratch({ ...PACKAGE, "pkg/Kptfile": kptfile, "pkg/kubejobs-fn.yaml": fnConfig, "pkg/jobs/report.kubejobs.yaml": BAD_JOB });
    const r = run(kpt!, ["fn", "render", "pkg", "--allow-exec"], dir);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("containers.main.image: line 4:");
    expect(r.stderr).toContain("jobs/report.kubejobs.yaml:4:");
    expect(existsSync(join(dir, "pkg/job-report.yaml"))).toBe(false);
  });
});

describe.skipIf(kubectl === undefined)("kubectl's built-in kustomize", () => {
  it("has no --enable-exec, and with --enable-alpha-plugins alone drops an exec generator without a word", () => {
    const dir = scratch({
      "kustomization.yaml": "generators:\n  - kubejobs.yaml\n",
      "kubejobs.yaml": `apiVersion: kubejobs.dev/v1alpha1\nkind: KubeJobs\nmetadata:\n  name: nightly\n  annotations:\n    config.kubernetes.io/function: |\n      exec: { path: ${KRM} }\nspec: { templates: [report.kubejobs.yaml] }\n`,
      "report.kubejobs.yaml": GOOD_JOB,
    });
    const exec = run(kubectl!, ["kustomize", "--enable-alpha-plugins", "--enable-exec", "."], dir);
    expect(exec.status).not.toBe(0);
    expect(exec.stderr).toContain("unknown flag: --enable-exec");
    const alpha = run(kubectl!, ["kustomize", "--enable-alpha-plugins", "."], dir);
    expect(alpha.status).toBe(0);
    expect(alpha.stdout).toBe("");
  });
});
