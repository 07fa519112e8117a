// action.yml: valid against SchemaStore's published schema for action metadata (vendored in
// fixtures/schemastore, see its README), and its steps' run: commands run as the runner would
// run them (inputs substituted, GITHUB_PATH honoured) in a scratch workspace.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, runCli } from "../helpers/cli.js";
import { BAD_JOB, GOOD_JOB, scratch, skipReason } from "./helpers.js";

interface Step {
  name: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
}
const ACTION = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
};
const hasReportFormats = runCli(["validate", "--format", "github", "--help"]).status === 0 && runCli(["lint", "--help"]).status === 0;
if (!hasReportFormats) skipReason("the action's validate and lint runs", "this build has no --format github / lint yet");

/** A tarball of this build, as `version:` may name one (the default, kubejobs@<own version>, is on npm only). */
let tarball: string | undefined;
function packed(): string {
  if (tarball !== undefined) return tarball;
  const dir = scratch({}, "kubejobs-pack-");
  const r = spawnSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  tarball = join(dir, r.stdout.trim().split("\n").pop()!);
  return tarball;
}

/** `${{ inputs.x }}` and `${{ github.action_path }}` as the runner expands them. */
function expand(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*(inputs|github)\.([\w-]+)\s*\}\}/g, (_, scope: string, name: string) =>
    scope === "inputs" ? (inputs[name] ?? ACTION.inputs[name]?.default ?? "") : name === "action_path" ? ROOT : "",
  );
}

/** Runs every step in order, like a composite action on a runner; stops at the first failure. */
function runAction(workspace: string, given: Record<string, string>) {
  const inputs = Object.fromEntries(Object.entries(ACTION.inputs).map(([k, v]) => [k, given[k] ?? v.default ?? ""]));
  const runner = scratch({}, "kubejobs-runner-");
  const githubPath = join(runner, "github_path");
  writeFileSync(githubPath, "");
  let stdout = "";
  let stderr = "";
  for (const step of ACTION.runs.steps) {
    const added = readFileSync(githubPath, "utf8")
      .split("\n")
      .filter((l) => l !== "");
    const env: Record<string, string> = {
      // The machine's environment (npm's registry and certificates), as a runner has its own.
      ...(process.env as Record<string, string>),
      PATH: [...added.reverse(), process.env.PATH ?? ""].join(":"),
      NO_COLOR: "1",
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_PATH: githubPath,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: join(runner, "tmp"),
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, inputs)])),
    };
    mkdirSync(env.RUNNER_TEMP!, { recursive: true });
    expect(step.shell).toBe("bash");
    // GitHub runs `bash --noprofile --norc -eo pipefail {0}` for shell: bash.
    const script = join(runner, "step.sh");
    writeFileSync(script, expand(step.run!, inputs));
    const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], { cwd: workspace, env, encoding: "utf8" });
    stdout += r.stdout;
    stderr += r.stderr;
    if (r.status !== 0) return { status: r.status, stdout, stderr, step: step.name };
  }
  return { status: 0, stdout, stderr, step: undefined };
}

describe("action.yml", () => {
  it("is valid action metadata by SchemaStore's schema", () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures/schemastore/github-action.json"), "utf8"));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(ACTION), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The schema has teeth: a composite step without shell fails it.
    const broken = structuredClone(ACTION);
    delete broken.runs.steps[0]!.shell;
    expect(validate(broken)).toBe(false);
  });

  it("has the inputs of the spec, lint by default, and is a composite action", () => {
    expect(Object.keys(ACTION.inputs)).toEqual(["command", "paths", "kube-version", "fail-level", "sarif-file", "version"]);
    expect(ACTION.inputs.command!.default).toBe("lint");
    expect(ACTION.runs.using).toBe("composite");
  });

  it("by default installs the action's own version of kubejobs from npm", () => {
    const install = ACTION.runs.steps[0]!.run!;
    expect(install).toContain(`require(process.argv[1]).version' "$GITHUB_ACTION_PATH/package.json"`);
    expect(install).toContain('spec="kubejobs@$version"');
  });

  describe("its steps, run", { timeout: 120_000 }, () => {
    const project = () =>
      scratch({
        "kubejobs.config.yaml": 'include: ["jobs/**/*.kubejobs.yaml"]\noutDir: deploy\nkubeVersion: "1.33"\n',
        "jobs/report.kubejobs.yaml": GOOD_JOB,
      });

    it("render-check: passes on current output, fails with the diff on stale output", () => {
      const dir = project();
      expect(runCli(["render"], { cwd: dir }).status).toBe(0);
      const pass = runAction(dir, { command: "render-check", version: packed() });
      expect(pass.status, pass.stderr).toBe(0);
      expect(pass.stderr).toContain("deploy is up to date");
      writeFileSync(join(dir, "jobs/report.kubejobs.yaml"), GOOD_JOB.replace("report:1.4.2", "report:2.0.0"));
      const fail = runAction(dir, { command: "render-check", version: packed() });
      expect(fail.status).toBe(1);
      expect(fail.step).toBe("Run kubejobs ${{ inputs.command }}");
      expect(fail.stderr).toMatch(/\n\+\s+image: ghcr\.io\/acme\/report:2\.0\.0\n/);
    });

    it("an unknown command is a workflow error", () => {
      const r = runAction(project(), { command: "deploy", version: packed() });
      expect(r.status).toBe(2);
      expect(r.stdout).toContain("::error title=kubejobs action::command must be validate, lint or render-check, not 'deploy'");
    });

    it.skipIf(!hasReportFormats).each(["validate", "lint"])(
      "%s: GitHub annotations on stdout, a SARIF file, the exit status from fail-level",
      (command) => {
        const dir = project();
        writeFileSync(join(dir, "jobs/bad.kubejobs.yaml"), BAD_JOB);
        const r = runAction(dir, {
          command,
          paths: "jobs/bad.kubejobs.yaml\njobs/report.kubejobs.yaml",
          "sarif-file": "out/kubejobs.sarif",
          version: packed(),
        });
        expect(r.status).toBe(1);
        expect(r.stdout).toMatch(/^::error file=jobs\/bad\.kubejobs\.yaml,line=4/m);
        const sarif = JSON.parse(readFileSync(join(dir, "out/kubejobs.sarif"), "utf8"));
        expect(sarif.version).toBe("2.1.0");
        expect(JSON.stringify(sarif)).toContain("container/image-required");
        const clean = runAction(dir, { command, paths: "jobs/report.kubejobs.yaml", version: packed() });
        expect(clean.status, clean.stdout + clean.stderr).toBe(0);
      },
    );
  });
});
