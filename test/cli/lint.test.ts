// kubejobs lint as a black box: exit status, stdout only the report, stderr the text report.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LINT_RULES } from "../../src/lint/rules/index.js";
import { cleanEnv, runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "kubejobs-lint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const lint = (args: string[], input?: string) => runCli(["lint", ...args], { cwd: dir, env: cleanEnv(), ...(input ? { input } : {}) });

const MANIFEST = (extra = "", annotations = "") => `apiVersion: batch/v1
kind: Job
metadata:
  name: demo${annotations}
spec:
  ttlSecondsAfterFinished: 600
  template:
    spec:
      restartPolicy: Never${extra}
      containers:
        - name: main
          image: busybox:1.36
          resources: { requests: { cpu: 100m, memory: 64Mi }, limits: { memory: 64Mi } }
          securityContext:
            readOnlyRootFilesystem: true
`;

const TEMPLATE = `kind: Job
name: demo
cleanupAfterSeconds: 600
hostNetwork: true
containers:
  main:
    image: busybox:1.36
    resources: { cpu: 100m, memory: 64Mi }
`;

describe("kubejobs lint", () => {
  it("--help prints the usage on stdout", () => {
    const run = lint(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: kubejobs lint");
  });

  it.each([
    [["--pss", "strict", "x.yaml"], "--pss strict"],
    [["--format", "xml", "x.yaml"], "--format xml"],
    [["--fail-level", "fatal", "x.yaml"], "--fail-level fatal"],
    [[], "name at least one"],
  ])("usage error %j: exit 2, stdout empty", (args, text) => {
    const run = lint(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(text);
  });

  it("a missing file is an I/O error: exit 2", () => {
    const run = lint(["nope.yaml"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("[io/not-found]");
  });

  it("a baseline violation in a manifest is an error at its line: exit 1, stdout empty", () => {
    const f = file("host.yaml", MANIFEST("\n      hostPID: true"));
    const run = lint([f]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${f}:10:16: error: spec.template.spec.hostPID: hostPID: true shares the node's namespace with the pod`);
    expect(run.stderr).toMatch(
      /failed: 1 document linted against Kubernetes 1\.36, Pod Security Standards baseline; 1 error, 0 warnings, \d+ infos\n$/,
    );
  });

  it("a template's finding lands on the template's line and path", () => {
    const f = file("t.kubejobs.yaml", TEMPLATE);
    const run = lint([f, "--format", "json"]);
    expect(run.status).toBe(1);
    const { diagnostics } = JSON.parse(run.stdout);
    expect(diagnostics[0]).toMatchObject({
      code: "pss/host-namespaces",
      severity: "error",
      path: ["hostNetwork"],
      file: f,
      line: 4,
      column: 14,
    });
  });

  it("restricted violations are info under baseline (exit 0), errors under --pss restricted", () => {
    const f = file("plain.yaml", MANIFEST());
    const baseline = lint([f, "--format", "json"]);
    expect(baseline.status).toBe(0);
    const found = JSON.parse(baseline.stdout).diagnostics;
    expect(found.filter((d: { code: string }) => d.code.startsWith("pss/")).map((d: { severity: string }) => d.severity)).toContain("info");
    const strict = lint([f, "--pss", "restricted", "--format", "json"]);
    expect(strict.status).toBe(1);
    expect(JSON.parse(strict.stdout).summary.errors).toBeGreaterThan(0);
    expect(lint([f, "--fail-level", "info"]).status).toBe(1);
  });

  it("a document that fails validation reports its errors and is not linted", () => {
    const f = file("broken.kubejobs.yaml", `${TEMPLATE}bogus: 1\n`);
    const run = lint([f, "--format", "json"]);
    expect(run.status).toBe(1);
    const codes = JSON.parse(run.stdout).diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toEqual(["template/unknown-field"]);
  });

  it("reads stdin", () => {
    const run = lint(["-", "--format", "json"], MANIFEST("\n      hostIPC: true"));
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).diagnostics[0]).toMatchObject({ code: "pss/host-namespaces", file: "<stdin>" });
  });

  it("the ignore annotation silences a rule on a manifest; an unused id is an info at the annotation", () => {
    const annotations = `\n  annotations:\n    lint.kubejobs.dev/ignore: "pss/host-namespaces,batch/forbid-no-deadline"`;
    const f = file("ignored.yaml", MANIFEST("\n      hostPID: true", annotations));
    const run = lint([f, "--format", "json"]);
    expect(run.status).toBe(0);
    const unused = JSON.parse(run.stdout).diagnostics.filter((d: { code: string }) => d.code === "lint/unused-ignore");
    expect(unused).toEqual([
      expect.objectContaining({ severity: "info", line: 6, path: ["metadata", "annotations", "lint.kubejobs.dev/ignore"] }),
    ]);
    expect(unused[0].message).toContain("batch/forbid-no-deadline");
  });

  it("the ignore annotation works on a template through annotations", () => {
    const f = file("ignored.kubejobs.yaml", `${TEMPLATE}annotations:\n  lint.kubejobs.dev/ignore: pss/host-namespaces\n`);
    const run = lint([f, "--format", "json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).diagnostics.map((d: { code: string }) => d.code)).not.toContain("pss/host-namespaces");
  });

  it("the config file sets pss and rule levels; an unknown rule id is an error at its line", () => {
    const project = join(dir, "project");
    rmSync(project, { recursive: true, force: true });
    const sub = join(project, "jobs");
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, "job.yaml"), MANIFEST());
    writeFileSync(join(project, "kubejobs.config.yaml"), "lint:\n  pss: restricted\n  rules:\n    pss/run-as-non-root: warning\n");
    const run = runCli(["lint", "jobs/job.yaml", "--format", "json"], { cwd: project, env: cleanEnv() });
    const found = JSON.parse(run.stdout).diagnostics;
    expect(found.find((d: { code: string }) => d.code === "pss/run-as-non-root").severity).toBe("warning");
    expect(found.find((d: { code: string }) => d.code === "pss/allow-privilege-escalation").severity).toBe("error");
    // --pss on the command line wins over the config.
    const flag = runCli(["lint", "jobs/job.yaml", "--pss", "baseline", "--format", "json"], { cwd: project, env: cleanEnv() });
    expect(JSON.parse(flag.stdout).diagnostics.find((d: { code: string }) => d.code === "pss/allow-privilege-escalation").severity).toBe(
      "info",
    );

    writeFileSync(join(project, "kubejobs.config.yaml"), "lint:\n  rules:\n    pss/privileged: off\n    image/latest-tags: error\n");
    const bad = runCli(["lint", "jobs/job.yaml"], { cwd: sub, env: cleanEnv() });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain(
      `kubejobs.config.yaml:4:5: error: lint.rules["image/latest-tags"]: unknown lint rule "image/latest-tags" [config/invalid]`,
    );
    expect(bad.stderr).toContain('did you mean "image/latest-tag"?');
  });

  it("--list-rules prints the catalogue; json at this run's levels", () => {
    const text = lint(["--list-rules"]);
    expect(text.status).toBe(0);
    for (const r of LINT_RULES) expect(text.stdout).toContain(r.id);
    expect(text.stdout).toContain("PSS: privileged; kube-linter: privileged-container; Polaris: runAsPrivileged");
    const json = JSON.parse(lint(["--list-rules", "--format", "json", "--pss", "restricted"]).stdout);
    expect(json.map((r: { id: string }) => r.id)).toEqual(LINT_RULES.map((r) => r.id));
    expect(json.find((r: { id: string }) => r.id === "pss/run-as-non-root").level).toBe("error");
  });
});

describe("validate --format and --fail-level", () => {
  it("json is { diagnostics, summary }; --fail-level warning fails on a warning", () => {
    const f = file("cron.yaml", `kind: ScheduledJob\nname: c\nschedule: "0 3 * * *"\ncontainers:\n  main:\n    image: busybox:1.36\n`);
    const run = runCli(["validate", f, "--format", "json"], { cwd: dir, env: cleanEnv() });
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.summary).toEqual({ files: 1, objects: 1, skipped: 0, errors: 0, warnings: 1, infos: 0 });
    expect(out.diagnostics[0].code).toBe("schedule/no-time-zone");
    const strict = runCli(["validate", f, "--fail-level", "warning"], { cwd: dir, env: cleanEnv() });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain("invalid: 1 document checked");
  });

  it("--format github prints workflow commands on stdout", () => {
    const f = file("cron2.yaml", `kind: ScheduledJob\nname: c\nschedule: "0 3 * * *"\ncontainers:\n  main:\n    image: busybox:1.36\n`);
    const run = runCli(["validate", f, "--format", "github"], { cwd: dir, env: cleanEnv() });
    expect(run.stdout).toBe(
      `::warning file=cron2.yaml,line=1,col=1,title=schedule/no-time-zone::timeZone: not set: the CronJob runs in the time zone of kube-controller-manager, usually UTC%0Ahint: set timeZone to an IANA name such as Europe/Berlin, or to UTC to make that explicit\n`,
    );
  });
});
