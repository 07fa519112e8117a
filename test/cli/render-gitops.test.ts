// GitOps from the command line: the config's gitops, --gitops over it, a template's own over both.
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { runCli } from "../helpers/cli.js";
import { scratch } from "../integrations/helpers.js";

const JOB = "kind: Job\nname: migrate\ncontainers: { main: { image: app:1 } }\n";
const CRON = 'kind: ScheduledJob\nname: nightly\nschedule: "0 3 * * *"\ntimeZone: UTC\ncontainers: { main: { image: app:1 } }\n';

function annotations(args: string[], config = "gitops: argocd-hook\n", job = JOB) {
  const dir = scratch({ "kubejobs.config.yaml": config, "a.kubejobs.yaml": job, "b.kubejobs.yaml": CRON });
  const r = runCli(["render", "a.kubejobs.yaml", "b.kubejobs.yaml", ...args], { cwd: dir });
  expect(r.status, r.stderr).toBe(0);
  return parseAllDocuments(r.stdout).map((d) => d.toJS().metadata.annotations);
}

describe("render and gitops", () => {
  it("the config's mode annotates Jobs, never CronJobs", () => {
    expect(annotations([])).toEqual([
      { "argocd.argoproj.io/hook": "Sync", "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation" },
      undefined,
    ]);
  });

  it("--gitops overrides the config; --gitops none turns it off", () => {
    expect(annotations(["--gitops", "flux"])[0]).toEqual({ "kustomize.toolkit.fluxcd.io/force": "Enabled" });
    expect(annotations(["--gitops", "none"])[0]).toBeUndefined();
  });

  it("a template's own gitops wins over both", () => {
    expect(annotations(["--gitops", "flux"], "gitops: flux\n", `${JOB}gitops: argocd-replace\n`)[0]).toEqual({
      "argocd.argoproj.io/sync-options": "Replace=true",
    });
  });

  it("a wrong --gitops is a usage error; a wrong config value a located one", () => {
    const dir = scratch({ "kubejobs.config.yaml": "gitops: argo\n", "a.kubejobs.yaml": JOB });
    const flag = runCli(["render", "a.kubejobs.yaml", "--gitops", "argo"], { cwd: dir });
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("--gitops argo");
    const config = runCli(["render", "a.kubejobs.yaml"], { cwd: dir });
    expect(config.status).toBe(1);
    expect(config.stdout).toBe("");
    expect(config.stderr).toContain("kubejobs.config.yaml:1:9: error: gitops:");
  });
});
