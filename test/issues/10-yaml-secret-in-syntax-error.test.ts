// Issue 10, case 1 (and issue 9, "one mistake, one message"): one mis-indented line made the yaml
// package report every later token as "unexpected", quoting each one, so every literal value of
// the file (a secret's password included) reached stderr and `validate --format json`. A cascade
// now collapses to its first error, placed on the line to fix, and no message quotes the source.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { parseYaml } from "../../src/load/yaml.js";

const dir = mkdtempSync(join(tmpdir(), "kj-issue10-yaml-"));
const SECRET = "hunter2";
const FILE = "  kind: Job\nname: a\nsecrets:\n  db:\n    data:\n      password: hunter2\n";

describe("a secret next to a YAML syntax error", () => {
  it("render: one error, at the mis-indented line, and the secret value is never printed", () => {
    writeFileSync(join(dir, "t.yaml"), FILE);
    const run = runCli(["render", "t.yaml"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toContain(SECRET);
    expect(run.stderr.match(/^t\.yaml:\d+:\d+: error: /gm)).toEqual(["t.yaml:1:1: error: "]);
  });

  it("validate --format json: one diagnostic, without the secret", () => {
    writeFileSync(join(dir, "t.yaml"), FILE);
    const run = runCli(["validate", "--format", "json", "t.yaml"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain(SECRET);
    expect(run.stderr).not.toContain(SECRET);
    const diagnostics = JSON.parse(run.stdout) as { code: string; line: number }[];
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([["yaml/syntax", 1]]);
  });

  it.each([
    ["an unexpected token after a broken line", "kind: Job\nname: a\n] hunter2 hunter2\n"],
    ["an invalid escape in a double-quoted secret", 'kind: Job\nname: a\nsecrets:\n  db:\n    data:\n      password: "hun\\qter2"\n'],
    [
      "a block scalar header with extra characters",
      "kind: Job\nname: a\nsecrets:\n  db:\n    data:\n      password: |hunter2\n        x\n",
    ],
    ["a flow sequence with a stray token", "kind: Job\nname: a\nargs: [a, b] hunter2\n"],
  ])("%s: no message or hint quotes the source", (_what, text) => {
    const { diagnostics } = parseYaml(text, "t.yaml");
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(`${d.message} ${d.hint ?? ""}`).not.toContain("hunter");
  });
});

describe("one mis-indented line, one error at that line", () => {
  it.each([
    ["a key indented under a key that has a value", "kind: Job\nname: a\n  containers:\n    main: {image: x}\n", 3],
    ["the first key indented", "  kind: Job\nname: a\ncontainers:\n  main: {image: x}\n", 1],
    ["a key indented less than its siblings", "kind: Job\nname: a\ncontainers:\n  main:\n    image: x\n   args: [a]\n", 6],
    [
      "the first key of a block indented more than the rest",
      "kind: Job\nname: a\ncontainers:\n  main:\n      image: x\n    args: [a]\n",
      5,
    ],
  ])("%s", (_what, text, line) => {
    const { diagnostics } = parseYaml(text, "t.yaml");
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([["yaml/syntax", line]]);
    expect(diagnostics[0]?.hint).toMatch(/indent/i);
  });
});
