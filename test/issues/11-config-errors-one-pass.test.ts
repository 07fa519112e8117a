// Issue 11 (QA of lint's config handling), defect 2: every problem of the config in one pass. An
// unknown rule id was checked only after the schema, so any other config error hid it (and its
// did-you-mean).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, runCli } from "../helpers/cli.js";

const JOB = "kind: Job\nname: once\ncontainers:\n  main: { image: busybox:1.36 }\n";

interface Found {
  code: string;
  path: (string | number)[];
  line?: number;
  hint?: string;
}

function lintWith(config: string, extra: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), "kubejobs-one-pass-"));
  writeFileSync(join(dir, "job.kubejobs.yaml"), JOB);
  writeFileSync(join(dir, "kubejobs.config.yaml"), config);
  return runCli(["lint", "job.kubejobs.yaml", ...extra], { cwd: dir, env: cleanEnv() });
}

describe("config errors, all in one pass", () => {
  it("an unknown rule id next to a bad level: both, each at its line, the id with its suggestion", () => {
    const run = lintWith("lint:\n  rules:\n    image/latest-tags: error\n    resources/no-requests: loud\n", ["--format", "json"]);
    expect(run.status).toBe(1);
    const found: Found[] = JSON.parse(run.stdout).diagnostics;
    expect(found.map((d) => [d.code, d.path, d.line])).toEqual([
      ["config/invalid", ["lint", "rules", "image/latest-tags"], 3],
      ["config/invalid", ["lint", "rules", "resources/no-requests"], 4],
    ]);
    expect(found[0]!.hint).toContain('"image/latest-tag"');
  });

  it("with an unknown field and a bad version too, in the order of the file", () => {
    const run = lintWith('kubeVersion: "1.2"\nlint:\n  rules:\n    image/latest-tags: error\n  pps: restricted\n', ["--format", "json"]);
    expect(run.status).toBe(1);
    const found: Found[] = JSON.parse(run.stdout).diagnostics;
    expect(found.map((d) => [d.code, d.path, d.line])).toEqual([
      ["config/invalid", ["kubeVersion"], 1],
      ["config/invalid", ["lint", "rules", "image/latest-tags"], 4],
      ["config/unknown-field", ["lint", "pps"], 5],
    ]);
  });

  it("as text: the errors on stderr, nothing on stdout, no summary of a lint that did not run", () => {
    const run = lintWith("lint:\n  rules:\n    image/latest-tags: error\n    resources/no-requests: loud\n");
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n").filter((l) => / \[[a-z-]+\/[a-z-]+\]$/.test(l));
    expect(lines.map((l) => l.split(":").slice(0, 2).join(":"))).toEqual(["kubejobs.config.yaml:3", "kubejobs.config.yaml:4"]);
    expect(run.stderr).not.toMatch(/documents? linted/);
  });
});
