// The project config (INTEGRATIONS.md §1) as every command sees it: with no paths, render,
// validate, lint and preview do the whole project; a bad config is a located error for each.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { runCli } from "../helpers/cli.js";
import { scratch } from "../integrations/helpers.js";

const JOB = "kind: Job\nname: migrate\ncontainers: { main: { image: ghcr.io/acme/migrate:2.0 } }\n";
const CRON =
  'kind: ScheduledJob\nname: nightly\nschedule: "0 3 * * *"\ntimeZone: UTC\ncontainers: { main: { image: ghcr.io/acme/report:1.4.2 } }\n';
const CONFIG = 'include: ["jobs/**/*.kubejobs.yaml"]\noutDir: deploy\nkubeVersion: "1.31"\nnamespace: batch\n';

function project(config = CONFIG) {
  return scratch({
    "kubejobs.config.yaml": config,
    "jobs/a/migrate.kubejobs.yaml": JOB,
    "jobs/nightly.kubejobs.yaml": CRON,
    "notes/other.kubejobs.yaml": "not: included\n",
  });
}

describe("commands with no paths take the project from kubejobs.config.yaml", () => {
  it("render writes the included templates to outDir, with the config's namespace", () => {
    const dir = project();
    const r = runCli(["render"], { cwd: join(dir, "jobs") }); // found from a subdirectory
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(existsSync(join(dir, "deploy/job-migrate.yaml"))).toBe(true);
    expect(existsSync(join(dir, "deploy/cronjob-nightly.yaml"))).toBe(true);
    const named = runCli(["render", "jobs/a/migrate.kubejobs.yaml"], { cwd: dir });
    expect(parseAllDocuments(named.stdout).map((d) => d.toJS().metadata.namespace)).toEqual(["batch"]);
  });

  it("validate checks the included files against the config's kubeVersion; a flag overrides it", () => {
    const dir = project();
    const r = runCli(["validate"], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("2 documents checked against Kubernetes 1.31");
    expect(runCli(["validate", "--kube-version", "1.33"], { cwd: dir }).stderr).toContain("against Kubernetes 1.33");
  });

  it("lint and preview take the included files too", () => {
    const dir = project();
    const lint = runCli(["lint", "--format", "json"], { cwd: dir });
    expect(lint.status, lint.stderr).toBe(0);
    const files = new Set(JSON.parse(lint.stdout).diagnostics.map((d: { file: string }) => d.file));
    expect([...files].every((f) => String(f).startsWith("jobs/"))).toBe(true);
    const preview = runCli(["preview", "--format", "json", "--from", "2025-03-24T00:00:00Z", "--days", "1"], { cwd: dir });
    expect(preview.status, preview.stderr).toBe(0);
    expect(preview.stdout).toContain("nightly");
  });

  it.each(["render", "validate", "lint", "preview"])("%s: a bad config is an error at its line, nothing on stdout", (command) => {
    const dir = project('include: ["jobs/**/*.kubejobs.yaml"]\nkubeVersion: 1.30\n');
    const r = runCli([command], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("kubejobs.config.yaml:2:14: error: kubeVersion:");
  });

  it.each(["render", "validate", "lint", "preview"])("%s: no paths and no config is a usage error", (command) => {
    const r = runCli([command], { cwd: scratch({}) });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("name at least one");
  });
});
