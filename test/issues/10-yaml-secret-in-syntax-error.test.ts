// Issue 10, case 1 (and issue 9, "one mistake, one message"): one mis-indented line made the yaml
// package report every later token as "unexpected", quoting each one, so every literal value of
// the file (a secret's password included) reached stderr and `validate --format json`. A cascade
// now collapses to its first error, placed on the line to fix, and no message quotes the source.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli.js";
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
    expect(run.stderr.match(/^t\.yaml:\d+:\d+: error: /gm)).toEqual(["t.yaml:1:3: error: "]);
  });

  it("validate --format json: one diagnostic, without the secret", () => {
    writeFileSync(join(dir, "t.yaml"), FILE);
    const run = runCli(["validate", "--format", "json", "t.yaml"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain(SECRET);
    expect(run.stderr).not.toContain(SECRET);
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { code: string; line: number }[] };
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

describe("the examples with one line mis-indented (issue 9: one mistake, one message)", () => {
  const README = readFileSync(join(ROOT, "README.md"), "utf8");
  const sources: [string, string][] = [
    // The README's template blocks (its other YAML, workflow and tool configs, is not ours to place).
    ...[...README.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m, i): [string, string] => [`README.md yaml block ${i + 1}`, m[1]!])
      .filter(([, text]) => /^kind: (?:Job|ScheduledJob)$/m.test(text) && !/^apiVersion:/m.test(text)),
    ["examples/nightly-report.kubejobs.yaml", readFileSync(join(ROOT, "examples/nightly-report.kubejobs.yaml"), "utf8")],
    ["examples/indexed-shards.kubejobs.yaml", readFileSync(join(ROOT, "examples/indexed-shards.kubejobs.yaml"), "utf8")],
  ];

  it.each(sources)("%s: every line moved 2 spaces either way that breaks the YAML gives one error, at that line", (_name, text) => {
    const lines = text.split("\n");
    let broken = 0;
    for (const [i, line] of lines.entries()) {
      if (line.trim() === "" || line.trim().startsWith("#")) continue;
      const indent = line.length - line.trimStart().length;
      for (const delta of [2, -2]) {
        if (indent + delta < 0) continue;
        const moved = lines.map((l, j) => (j === i ? " ".repeat(indent + delta) + l.trimStart() : l)).join("\n");
        const errors = parseYaml(moved, "t.yaml").diagnostics.filter((d) => d.severity === "error");
        if (errors.length === 0) continue; // still YAML, with another meaning: the template checks report it
        broken++;
        expect(
          errors.map((d) => [d.code, d.line]),
          `line ${i + 1} moved ${delta}`,
        ).toEqual([["yaml/syntax", i + 1]]);
      }
    }
    expect(broken).toBeGreaterThan(0);
  });
});
