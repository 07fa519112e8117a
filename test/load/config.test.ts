import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkConfig, findConfigFile, loadConfig } from "../../src/load/config.js";
import { cleanEnv, runCli } from "../helpers/cli.js";

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "kubejobs-config-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const JOB = "kind: Job\nname: once\ncontainers:\n  main: { image: busybox:1.36 }\n";

describe("findConfigFile", () => {
  it("finds the nearest config walking up, and none outside a project", () => {
    const dir = project({ "kubejobs.config.yaml": "namespace: a\n", "jobs/deep/x.txt": "" });
    expect(findConfigFile(join(dir, "jobs/deep"))).toBe(join(dir, "kubejobs.config.yaml"));
    expect(findConfigFile(mkdtempSync(join(tmpdir(), "kubejobs-none-")))).toBeUndefined();
  });
});

describe("checkConfig", () => {
  it.each([
    [{ include: ["jobs/*.yaml"], outDir: "out", kubeVersion: "1.33", namespace: "batch", gitops: "flux" }, []],
    [{ lint: { pss: "restricted", rules: { "any/rule": "off" } } }, []],
    [{ includes: ["x"] }, [["config/unknown-field", ["includes"]]]],
    [{ kubeVersion: 1.3 }, [["config/invalid", ["kubeVersion"]]]],
    [{ kubeVersion: "1.20" }, [["config/invalid", ["kubeVersion"]]]],
    [{ kubeVersion: "latest" }, [["config/invalid", ["kubeVersion"]]]],
    [{ gitops: "argo" }, [["config/invalid", ["gitops"]]]],
    [{ include: [] }, [["config/invalid", ["include"]]]],
    [{ lint: { rules: { "a/b": "loud" } } }, [["config/invalid", ["lint", "rules", "a/b"]]]],
    [
      { namespace: "", outdir: "x" },
      [
        ["config/unknown-field", ["outdir"]],
        ["config/invalid", ["namespace"]],
      ],
    ],
  ])("%j", (value, expected) => {
    const found = checkConfig(value).map((d) => [d.code, d.path]);
    expect(found.sort()).toEqual([...expected].sort());
  });

  it.each([
    [null, []],
    [{ lint: null, include: null, kubeVersion: null }, []],
    [{ lint: { pss: null, rules: null } }, []],
    [{ lint: { rules: { "a/b": null } } }, []],
    [{ lnt: null }, [["config/unknown-field", ["lnt"]]]],
    [
      { constructor: null, lint: { toString: null } },
      [
        ["config/unknown-field", ["constructor"]],
        ["config/unknown-field", ["lint", "toString"]],
      ],
    ],
    [{ lint: [] }, [["config/invalid", ["lint"]]]],
    [{ lint: { rules: "off" } }, [["config/invalid", ["lint", "rules"]]]],
  ])("null is unset, other types are not: %j", (value, expected) => {
    expect(checkConfig(value).map((d) => [d.code, d.path])).toEqual(expected);
  });

  it("with the rule ids, an unknown id is an error with the others, its level checked too", () => {
    const value = { gitops: "argo", lint: { rules: { "image/latest-tags": "loud", "image/latest-tag": "off", "x/y": null } } };
    const found = checkConfig(value, ["image/latest-tag", "image/no-digest"]);
    expect(found.map((d) => [d.code, d.path])).toEqual([
      ["config/invalid", ["gitops"]],
      ["config/invalid", ["lint", "rules", "image/latest-tags"]],
      ["config/invalid", ["lint", "rules", "image/latest-tags"]],
      ["config/invalid", ["lint", "rules", "x/y"]],
    ]);
    expect(found[2]?.hint).toContain('"image/latest-tag"');
  });
});

describe("loadConfig", () => {
  it("places every problem at its line, with a suggestion for a misspelt field", async () => {
    const dir = project({ "kubejobs.config.yaml": "# project\nincludes: [jobs/*.yaml]\nkubeVersion: 1.30\ngitops: flux\n" });
    const loaded = await loadConfig({ cwd: dir });
    expect(loaded.config).toEqual({});
    expect(loaded.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ["config/unknown-field", 2, 1],
      ["config/invalid", 3, 14],
    ]);
    expect(loaded.diagnostics[0]?.hint).toContain('"include"');
    expect(loaded.diagnostics[1]?.hint).toContain("quote");
  });

  it("an empty or comment-only file sets nothing; null values are dropped from the settings", async () => {
    for (const text of ["", "# later\n", "---\n"]) {
      const loaded = await loadConfig({ cwd: project({ "kubejobs.config.yaml": text }) });
      expect([loaded.config, loaded.diagnostics]).toEqual([{}, []]);
    }
    const loaded = await loadConfig({
      cwd: project({ "kubejobs.config.yaml": "namespace:\nlint:\n  pss: restricted\n  rules:\n    a/b:\n" }),
    });
    expect([loaded.config, loaded.diagnostics]).toEqual([{ lint: { pss: "restricted", rules: {} } }, []]);
  });

  it("a --config file that does not exist is an I/O error", async () => {
    const loaded = await loadConfig({ cwd: tmpdir(), file: "nope/kubejobs.config.yaml" });
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(["io/not-found"]);
  });
});

describe("commands with no paths do the whole project (black box)", () => {
  const files = {
    "kubejobs.config.yaml": 'include: ["jobs/**/*.kubejobs.yaml"]\noutDir: deploy/jobs\nkubeVersion: "1.30"\nnamespace: batch\n',
    "jobs/once.kubejobs.yaml": JOB,
    "jobs/nested/twice.kubejobs.yaml": JOB.replace("once", "twice"),
    "jobs/notes.yaml": "not: a template\n",
  };

  it("validate takes the include globs and the config's version, from a subdirectory too", () => {
    const dir = project(files);
    const r = runCli(["validate"], { cwd: join(dir, "jobs/nested"), env: cleanEnv() });
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("ok: 2 documents checked against Kubernetes 1.30; 0 errors, 0 warnings\n");
    expect(r.status).toBe(0);
  });

  it("render writes the config's outDir with the config's namespace; named inputs go to stdout", () => {
    const dir = project(files);
    const all = runCli(["render"], { cwd: dir, env: cleanEnv() });
    expect([all.status, all.stdout]).toEqual([0, ""]);
    expect(readdirSync(join(dir, "deploy/jobs")).sort()).toEqual(["job-once.yaml", "job-twice.yaml", "kustomization.yaml"]);
    const one = runCli(["render", "jobs/once.kubejobs.yaml"], { cwd: dir, env: cleanEnv() });
    expect(one.status).toBe(0);
    expect(one.stdout).toContain("namespace: batch");
  });

  it("flags override the config", () => {
    const dir = project(files);
    const r = runCli(["validate", "--kube-version", "1.33"], { cwd: dir, env: cleanEnv() });
    expect(r.stderr).toContain("against Kubernetes 1.33");
  });

  it("a bad config is a located error, exit 1, nothing on stdout", () => {
    const dir = project({ ...files, "kubejobs.config.yaml": "include: [jobs/*.yaml]\ngitops: argo\n" });
    const r = runCli(["render"], { cwd: dir, env: cleanEnv() });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toMatch(/^kubejobs\.config\.yaml:2:9: error: gitops: .*\[config\/invalid\]$/);
  });

  it("an include that matches nothing says so (exit 2); no config and no paths is a usage error", () => {
    const dir = project({ "kubejobs.config.yaml": 'include: ["nothing/*.yaml"]\n' });
    const r = runCli(["validate"], { cwd: dir, env: cleanEnv() });
    expect([r.status, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain("[io/no-input]");
    const bare = runCli(["validate"], { cwd: mkdtempSync(join(tmpdir(), "kubejobs-none-")), env: cleanEnv() });
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain("name at least one file");
  });
});

describe("kubejobs schema --config", () => {
  it("prints the config schema, which accepts the documented example", async () => {
    const r = runCli(["schema", "--config"]);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$id).toBe("https://kubejobs.dev/schema/config.json");
    expect(Object.keys(schema.properties).sort()).toEqual(["gitops", "include", "kubeVersion", "lint", "namespace", "outDir"]);
    const { Ajv } = await import("ajv");
    const validate = new Ajv({ strict: true }).compile(schema);
    const example = {
      include: ["jobs/**/*.kubejobs.{yaml,ts}"],
      outDir: "deploy/jobs",
      kubeVersion: "1.33",
      namespace: "batch",
      gitops: "argocd-hook",
      lint: { pss: "restricted", rules: { "some/rule": "off" } },
    };
    expect(validate(example)).toBe(true);
    expect(validate({ ...example, gitops: "argo" })).toBe(false);
  });
});

describe("rule levels as written", () => {
  it("an unquoted off (YAML 1.1 reads false) is off", async () => {
    const dir = project({ "kubejobs.config.yaml": "lint:\n  rules:\n    pss/privileged: off\n    image/latest-tag: warning\n" });
    const loaded = await loadConfig({ cwd: dir });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.config.lint?.rules).toEqual({ "pss/privileged": "off", "image/latest-tag": "warning" });
  });
});
