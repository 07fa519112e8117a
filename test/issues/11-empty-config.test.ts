// Issue 11 (QA of lint's config handling), defect 3: every key of kubejobs.config.yaml is optional
// (INTEGRATIONS.md §1), so an empty or comment-only file sets nothing, and a key with no value
// (YAML null) is unset, as Kubernetes reads null. It used to break every command (yaml/empty, or
// "must be a mapping, not null"). A list or a string where a mapping belongs is still an error.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, runCli } from "../helpers/cli.js";

const JOB = "kind: Job\nname: once\ncontainers:\n  main: { image: busybox:1.36 }\n";

function project(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), "kubejobs-empty-config-"));
  writeFileSync(join(dir, "job.kubejobs.yaml"), JOB);
  writeFileSync(join(dir, "kubejobs.config.yaml"), config);
  return dir;
}

const run = (dir: string, args: string[]) => runCli(args, { cwd: dir, env: cleanEnv() });

interface Rule {
  id: string;
  level: string;
}
const levels = (stdout: string) => new Map((JSON.parse(stdout) as Rule[]).map((r) => [r.id, r.level]));

describe("a config that sets nothing", () => {
  const defaults = levels(run(project(""), ["lint", "--list-rules", "--format", "json"]).stdout);

  it.each([
    ["an empty file", ""],
    ["a comment-only file", "# settings come later\n\n# more\n"],
    ["a lone ---", "---\n"],
    ["lint: with no value", "lint:\n"],
    ["rules: with no value", "lint:\n  rules:\n"],
    ["pss: and a rule level with no value", "lint:\n  pss:\n  rules:\n    pss/privileged:\n"],
    ["every key null", "include:\noutDir:\nkubeVersion:\nnamespace:\ngitops:\nlint:\n"],
  ])("%s: every command runs with the defaults", (_, config) => {
    const dir = project(config);
    for (const command of ["render", "validate", "lint", "preview"]) {
      const r = run(dir, [command, "job.kubejobs.yaml", ...(command === "preview" ? ["--format", "json"] : [])]);
      expect([command, r.status, r.stderr.match(/\[[a-z-]+\/[a-z-]+\]$/gm)?.filter((c) => /yaml\/|config\//.test(c)) ?? []]).toEqual([
        command,
        0,
        [],
      ]);
    }
    const listed = run(dir, ["lint", "--list-rules", "--format", "json"]);
    expect(listed.status).toBe(0);
    expect(levels(listed.stdout)).toEqual(defaults);
  });

  it("render with no paths and a null include still asks for paths (exit 2)", () => {
    const r = run(project("include:\n"), ["render"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
  });

  it("a null next to real settings leaves them in force", () => {
    const dir = project("lint:\n  pss: restricted\n  rules:\n    pss/privileged:\n    image/latest-tag: off\n");
    const listed = levels(run(dir, ["lint", "--list-rules", "--format", "json"]).stdout);
    expect(listed.get("image/latest-tag")).toBe("off");
    expect(listed.get("pss/privileged")).toBe("error");
    expect(listed.get("pss/run-as-non-root")).toBe("error"); // restricted
  });
});

describe("still refused", () => {
  it.each([
    ["lint as a list", "lint: []\n", "config/invalid", ["lint"]],
    ["lint as a string", "lint: strict\n", "config/invalid", ["lint"]],
    ["rules as a list", "lint:\n  rules: [image/latest-tag]\n", "config/invalid", ["lint", "rules"]],
    ["include as a string", "include: jobs/*.yaml\n", "config/invalid", ["include"]],
    ["an unknown key with no value", "lint:\n  rule:\n", "config/unknown-field", ["lint", "rule"]],
    [
      "an unknown rule id with no level",
      "lint:\n  rules:\n    image/latest-tags:\n",
      "config/invalid",
      ["lint", "rules", "image/latest-tags"],
    ],
  ])("%s", (_, config, code, path) => {
    const r = run(project(config), ["lint", "job.kubejobs.yaml", "--format", "json"]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { code: string; path: unknown }) => [d.code, d.path])).toEqual([[code, path]]);
  });

  it("a document that is a list: not a mapping, with no word of templates", () => {
    const r = run(project("- lint\n"), ["lint", "job.kubejobs.yaml"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/\[yaml\/not-a-mapping\]$/m);
    expect(r.stderr).not.toMatch(/template/);
  });
});
