// `kubejobs preview` as a black box: the built CLI, its stdout, stderr, exit status and files.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, cleanEnv, ROOT, runCli } from "../helpers/cli.js";

const FROM = "2024-11-01T00:00:00Z";
const dir = mkdtempSync(join(tmpdir(), "kubejobs-preview-"));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const manifest = file(
  "cronjobs.yaml",
  `apiVersion: batch/v1
kind: CronJob
metadata: { name: twice, namespace: ops }
spec:
  schedule: "30 1 * * *"
  timeZone: America/New_York
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{ name: main, image: busybox }]
`,
);
const template = file(
  "report.kubejobs.yaml",
  `kind: ScheduledJob
name: report
namespace: ops
schedule: "0 3 * * *"
timeZone: Europe/Berlin
activeDeadlineSeconds: 600
concurrencyPolicy: Forbid
containers:
  main: { image: busybox, resources: { cpu: 500m, memory: 256Mi } }
`,
);
const bad = file(
  "bad.kubejobs.yaml",
  `kind: ScheduledJob
name: broken
schedule: "0 0 * * 7"
containers:
  main: { image: busybox }
`,
);
const onlySecret = file("secret.yaml", `apiVersion: v1\nkind: Secret\nmetadata: { name: s }\nstringData: { a: b }\n`);

describe("kubejobs preview", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the data as JSON: templates (compiled) and plain manifests read the same way", () => {
    const r = runCli(["preview", manifest, template, "--from", FROM, "--format", "json"]);
    expect(r.status).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.cronJobs.map((j: any) => [j.id, j.file, j.concurrencyPolicy, j.activeDeadlineSeconds])).toEqual([
      ["ops/twice", manifest, "Allow", null],
      ["ops/report", template, "Forbid", 600],
    ]);
    expect(data.cronJobs[1].requests).toEqual({ cpu: 0.5, memory: 256 * 2 ** 20, pods: 1 });
  });

  it("computes the same runs as kubejobs next for the same zone and dates (DST included)", () => {
    const preview = JSON.parse(runCli(["preview", manifest, "--from", FROM, "--format", "json"]).stdout);
    const runs = preview.cronJobs[0].runs;
    const next = JSON.parse(runCli(["next", manifest, "--from", FROM, "-n", String(runs.length), "--json"]).stdout);
    expect(runs.map((r: any) => [r.local, r.at, r.repeated ?? false])).toEqual(
      next.schedules[0].runs.map((r: any) => [r.time, r.utc, r.repeated ?? false]),
    );
    expect(runs.filter((r: any) => r.repeated)).toHaveLength(1);
  });

  it("prints the terminal view by default, without colour when piped", () => {
    const r = runCli(["preview", manifest, template, "--from", FROM]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^kubejobs preview: 2 CronJobs, 0 Jobs/);
    expect(r.stdout).toContain("2024-11-03 America/New_York 02:00 → 01:00: ops/twice runs 01:30 twice");
    expect(r.stdout).not.toContain("\u001b[");
  });

  it.skipIf(!existsSync("/usr/bin/script"))("colours the terminal view on a terminal, never with NO_COLOR", () => {
    const onTty = (env: Record<string, string>) =>
      spawnSync("/usr/bin/script", ["-qec", `${process.execPath} ${CLI} preview ${manifest} --from ${FROM}`, "/dev/null"], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? "", TERM: "xterm", ...env },
        encoding: "utf8",
      }).stdout;
    expect(onTty({})).toContain("\u001b[38;5;");
    expect(onTty({ NO_COLOR: "1" })).not.toContain("\u001b[");
  });

  it("writes one self-contained HTML page with -o FILE.html, nothing on stdout", () => {
    const out = join(dir, "week.html");
    const r = runCli(["preview", manifest, template, "--from", FROM, "-o", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    const page = readFileSync(out, "utf8");
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain("default-src 'none'");
    expect(page).toContain("ops/report");
  });

  it("--format overrides the file name; - is stdout", () => {
    const out = join(dir, "data.html");
    expect(runCli(["preview", manifest, "--from", FROM, "-o", out, "--format", "json"]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).cronJobs).toHaveLength(1);
    expect(runCli(["preview", manifest, "--from", FROM, "-o", "-", "--format", "html"]).stdout).toMatch(/^<!doctype html>/);
  });

  it("invalid input: exit 1, the usual diagnostics, nothing on stdout and no file written", () => {
    const out = join(dir, "never.html");
    const r = runCli(["preview", manifest, bad, "--from", FROM, "-o", out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${bad}:3:`);
    expect(r.stderr).toContain("[schedule/out-of-range]");
    expect(existsSync(out)).toBe(false);
  });

  it("no CronJob or Job: exit 1 with preview/no-jobs", () => {
    const r = runCli(["preview", onlySecret]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("[preview/no-jobs]");
  });

  it("usage errors exit 2; an unknown --tz exits 1", () => {
    for (const args of [["--days", "0"], ["--days", "32"], ["--format", "pdf"], ["--from", "yesterday"], []]) {
      const r = runCli(["preview", ...(args.length === 0 ? [] : [manifest, ...args])]);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
    }
    const tz = runCli(["preview", manifest, "--tz", "Mars/Olympus"]);
    expect(tz.status).toBe(1);
    expect(tz.stderr).toContain("[time-zone/unknown]");
  });

  it("reads stdin and is listed in the usage", () => {
    const r = runCli(["preview", "-", "--from", FROM, "--format", "json"], { input: readFileSync(manifest, "utf8") });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).cronJobs[0].id).toBe("ops/twice");
    expect(runCli(["--help"]).stdout).toContain("preview <file|dir|->...");
    expect(runCli(["preview", "--help"]).stdout).toContain("--format FORMAT");
  });

  it("previews the bundled examples", () => {
    const r = runCli(["preview", "examples", "--from", FROM, "--format", "json"], { env: cleanEnv() });
    expect(r.status).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.cronJobs.length).toBeGreaterThan(0);
    expect(data.jobs.length).toBeGreaterThan(0);
  });
});
