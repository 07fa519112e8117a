// The hooks of .pre-commit-hooks.yaml under the real pre-commit (Debian's package; .ci/run
// installs it): `pre-commit try-repo <this repository> <hook>` in a scratch git repository, one
// passing and one failing run per hook. pre-commit installs the repository as a Node package
// itself (npm install, npm pack, npm install -g): a clean clone must build into a working bin.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, runCli } from "../helpers/cli.js";
import { BAD_JOB, GOOD_JOB, scratch, skipReason, which } from "./helpers.js";

const preCommit = which("pre-commit");
if (preCommit === undefined) skipReason("pre-commit", "pre-commit is not installed (apt-get install pre-commit; .ci/run does)");
const hasLint = runCli(["lint", "--help"]).status === 0;
if (!hasLint) skipReason("the kubejobs-lint hook", "this build has no kubejobs lint command yet");

// One store for every run: pre-commit installs the hook environment once per revision.
const HOME = scratch({}, "kubejobs-pre-commit-home-");

function repo(files: Record<string, string>): string {
  const dir = scratch(files, "kubejobs-pre-commit-");
  const git = (...args: string[]) => spawnSync("git", args, { cwd: dir, encoding: "utf8" });
  git("init", "-q", ".");
  git("add", ".");
  git("-c", "user.email=ci@example.com", "-c", "user.name=ci", "commit", "-qm", "init");
  return dir;
}

function tryRepo(dir: string, hook: string, files: string[]) {
  const args = ["try-repo", ROOT, hook, "--verbose", ...(files.length > 0 ? ["--files", ...files] : ["--all-files"])];
  const r = spawnSync(preCommit!, args, {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, PRE_COMMIT_HOME: HOME, NO_COLOR: "1", PRE_COMMIT_COLOR: "never" },
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe(".pre-commit-hooks.yaml", () => {
  const hooks = parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Record<string, unknown>[];

  it("declares the three hooks as the spec says", () => {
    expect(hooks.map((h) => h.id)).toEqual(["kubejobs-validate", "kubejobs-lint", "kubejobs-render-check"]);
    for (const hook of hooks.slice(0, 2)) {
      expect(hook).toMatchObject({ language: "node", files: "\\.kubejobs\\.(ya?ml|ts)$" });
      expect(hook.pass_filenames).toBeUndefined(); // filenames passed: the default
    }
    expect(hooks[2]).toMatchObject({ language: "node", pass_filenames: false, entry: "kubejobs render --check" });
  });

  it("the files pattern takes templates and nothing else", () => {
    const pattern = new RegExp(hooks[0]!.files as string);
    expect(["a.kubejobs.yaml", "jobs/b.kubejobs.yml", "c.kubejobs.ts"].every((f) => pattern.test(f))).toBe(true);
    expect(["a.yaml", "kubejobs.config.yaml", "a.kubejobs.yaml.bak", "helpers.ts"].some((f) => pattern.test(f))).toBe(false);
  });
});

describe.skipIf(preCommit === undefined)("pre-commit try-repo", { timeout: 300_000 }, () => {
  it("kubejobs-validate passes on a valid template and fails on an invalid one, naming the problem", () => {
    const dir = repo({ "jobs/good.kubejobs.yaml": GOOD_JOB, "jobs/bad.kubejobs.yaml": BAD_JOB });
    const pass = tryRepo(dir, "kubejobs-validate", ["jobs/good.kubejobs.yaml"]);
    expect(pass.status, pass.output).toBe(0);
    expect(pass.output).toMatch(/kubejobs validate\.+Passed/);
    const fail = tryRepo(dir, "kubejobs-validate", ["jobs/good.kubejobs.yaml", "jobs/bad.kubejobs.yaml"]);
    expect(fail.status).toBe(1);
    expect(fail.output).toMatch(/kubejobs validate\.+Failed/);
    expect(fail.output).toContain("jobs/bad.kubejobs.yaml:4:");
    expect(fail.output).toContain("[container/image-required]");
  });

  it.skipIf(!hasLint)("kubejobs-lint passes on a clean template and fails on an invalid one", () => {
    const dir = repo({ "jobs/good.kubejobs.yaml": GOOD_JOB, "jobs/bad.kubejobs.yaml": BAD_JOB });
    const pass = tryRepo(dir, "kubejobs-lint", ["jobs/good.kubejobs.yaml"]);
    expect(pass.status, pass.output).toBe(0);
    expect(pass.output).toMatch(/kubejobs lint\.+Passed/);
    const fail = tryRepo(dir, "kubejobs-lint", ["jobs/bad.kubejobs.yaml"]);
    expect(fail.status).toBe(1);
    expect(fail.output).toMatch(/kubejobs lint\.+Failed/);
    expect(fail.output).toContain("[container/image-required]");
  });

  it("kubejobs-render-check passes when the committed output is current and fails with a diff when it is stale", () => {
    const dir = repo({
      "kubejobs.config.yaml": 'include: ["jobs/**/*.kubejobs.yaml"]\noutDir: deploy/jobs\n',
      "jobs/report.kubejobs.yaml": GOOD_JOB,
    });
    expect(runCli(["render"], { cwd: dir }).status).toBe(0);
    const pass = tryRepo(dir, "kubejobs-render-check", []);
    expect(pass.status, pass.output).toBe(0);
    expect(pass.output).toMatch(/kubejobs render --check\.+Passed/);
    writeFileSync(join(dir, "jobs/report.kubejobs.yaml"), GOOD_JOB.replace("1.4.2", "1.5.0"));
    const fail = tryRepo(dir, "kubejobs-render-check", []);
    expect(fail.status).toBe(1);
    expect(fail.output).toMatch(/kubejobs render --check\.+Failed/);
    expect(fail.output).toMatch(/\n-\s+image: ghcr\.io\/acme\/report:1\.4\.2\n\+\s+image: ghcr\.io\/acme\/report:1\.5\.0\n/);
  });
});
