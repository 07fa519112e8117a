// Issue 11 (QA of lint's config handling), defect 1: `lint --list-rules` prints the catalogue at
// this run's levels, so a config it cannot read is reported as `lint <files>` reports it: the same
// codes, the same exit status, and nothing on stdout. It used to exit 0 with the default levels.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, runCli } from "../helpers/cli.js";

const JOB = "kind: Job\nname: once\ncontainers:\n  main: { image: busybox:1.36 }\n";

function project(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "kubejobs-list-rules-"));
  writeFileSync(join(dir, "job.kubejobs.yaml"), JOB);
  if (config !== undefined) writeFileSync(join(dir, "kubejobs.config.yaml"), config);
  return dir;
}

const codes = (stderr: string) => [...stderr.matchAll(/ \[([a-z0-9-]+\/[a-z0-9-]+)\]$/gm)].map((m) => m[1]);

/** `lint --list-rules` and `lint job.kubejobs.yaml` with the same config flags, in `dir`. */
function both(dir: string, args: string[] = []) {
  const env = cleanEnv();
  return {
    list: runCli(["lint", "--list-rules", ...args], { cwd: dir, env }),
    files: runCli(["lint", "job.kubejobs.yaml", ...args], { cwd: dir, env }),
  };
}

describe("lint --list-rules with a config it cannot use", () => {
  it.each([
    ["a --config file that does not exist", undefined, ["--config", "/nonexistent/kubejobs.config.yaml"], 2, ["io/not-found"]],
    ["a YAML syntax error", "lint: {rules: {image/latest-tag: [\n", [], 1, ["yaml/syntax"]],
    ["an unknown rule id", "lint:\n  rules:\n    image/latest-tags: off\n    pss/privileged: off\n", [], 1, ["config/invalid"]],
    ["a bad rule level", "lint:\n  rules:\n    pss/privileged: loud\n", [], 1, ["config/invalid"]],
  ])("%s: the codes and exit status of lint <files>, stdout empty", (_, config, args, status, expected) => {
    const { list, files } = both(project(config), args);
    expect(files.status).toBe(status);
    expect(list.status).toBe(status);
    expect(list.stdout).toBe("");
    expect(codes(list.stderr)).toEqual(expected);
    expect(codes(list.stderr)).toEqual(codes(files.stderr));
  });

  it("with --format json too: the errors on stderr, no catalogue on stdout", () => {
    const run = runCli(["lint", "--list-rules", "--format", "json"], { cwd: project("lint: {pss: strict}\n"), env: cleanEnv() });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(codes(run.stderr)).toEqual(["config/invalid"]);
  });

  it("a config warning (a repeated key) is reported, and the catalogue listed with exit 0, even at --fail-level warning", () => {
    const dir = project('kubeVersion: "1.33"\nkubeVersion: "1.32"\n');
    const run = runCli(["lint", "--list-rules", "--fail-level", "warning"], { cwd: dir, env: cleanEnv() });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("image/latest-tag");
    expect(codes(run.stderr)).toEqual(["yaml/duplicate-key"]);
  });

  it("a good config still sets the levels listed", () => {
    const run = runCli(["lint", "--list-rules", "--format", "json"], {
      cwd: project("lint:\n  rules:\n    pss/privileged: warning\n"),
      env: cleanEnv(),
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const levels = new Map(JSON.parse(run.stdout).map((r: { id: string; level: string }) => [r.id, r.level]));
    expect(levels.get("pss/privileged")).toBe("warning");
  });
});
