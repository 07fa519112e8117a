// Issue 11 (QA of lint's config handling), defect 4: `lint --list-rules FILE` ignored FILE; it is
// a usage error, reported like the others (args.ts: exit 2, the message and a --help hint on
// stderr, nothing on stdout).
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

describe("lint --list-rules with paths", () => {
  it.each([[["job1.yaml"]], [["-"]], [["a.yaml", "b.yaml", "--format", "json"]]])("%j is a usage error", (paths) => {
    const run = runCli(["lint", "--list-rules", ...paths]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^kubejobs lint: .*--list-rules.*\n {2}hint: run kubejobs lint --help\n$/);
    expect(run.stderr).toContain(paths[0]);
  });

  it("without paths it lists the rules", () => {
    const run = runCli(["lint", "--list-rules"]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toBe("");
  });
});
