// GitHub workflow commands, read back the way the Actions runner parses them: `::cmd props::data`,
// one per line, properties split at ',' and '=', then unescaped (%25, %0D, %0A; %3A, %2C in properties).
import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, formatGithub } from "../../src/report/github.js";
import { formatPath } from "../../src/diagnostic.js";
import { runCli } from "../helpers/cli.js";
import { awkwardInput } from "./fixtures.js";
import { exportLineOf } from "../helpers/export-line.js";

function unescapeData(s: string): string {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
}

interface Command {
  command: string;
  properties: Record<string, string>;
  data: string;
}

function parseLine(line: string): Command {
  const m = /^::([a-z]+) ([^:]*)::(.*)$/.exec(line);
  if (m === null) throw new Error(`not a workflow command: ${line}`);
  const properties: Record<string, string> = {};
  for (const pair of m[2]!.split(",")) {
    const eq = pair.indexOf("=");
    properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: m[1]!, properties, data: unescapeData(m[3]!) };
}

describe("github workflow commands", () => {
  it("one command per finding, every value read back exactly", () => {
    const input = awkwardInput();
    const lines = formatGithub(input).split("\n").filter(Boolean);
    expect(lines).toHaveLength(input.diagnostics.length);
    const parsed = lines.map(parseLine);
    const privileged = parsed.find((c) => c.properties.title === "pss/privileged")!;
    const d = input.diagnostics[0]!;
    expect(privileged).toEqual({
      command: "error",
      properties: { file: d.file, line: "12", col: "5", endLine: "12", endColumn: "20", title: "pss/privileged" },
      data: `${formatPath(d.path)}: ${d.message}\nhint: ${d.hint}`,
    });
    expect(parsed.map((c) => c.command).sort()).toEqual(["error", "error", "error", "notice", "warning"]);
    expect(parsed.find((c) => c.properties.title === "config/invalid")!.properties.file).toBeUndefined();
  });

  it.each([
    ["100%", "100%25", "100%25"],
    ["a\r\nb", "a%0D%0Ab", "a%0D%0Ab"],
    ["x: y, z", "x: y, z", "x%3A y%2C z"],
  ])("escapes %j as data %j and as a property %j", (raw, data, property) => {
    expect(escapeData(raw)).toBe(data);
    expect(escapeProperty(raw)).toBe(property);
  });

  it("a finding about a file as a whole is put at its start; files are relative to the working directory", () => {
    const input = awkwardInput();
    const parsed = formatGithub(input).split("\n").filter(Boolean).map(parseLine);
    const latest = parsed.find((c) => c.properties.title === "image/latest-tag")!;
    expect(latest.properties).toMatchObject({ file: "jobs/x.kubejobs.ts", line: "1", col: "1" });
    const inside = formatGithub({ ...input, diagnostics: [{ ...input.diagnostics[0]!, file: "/work/project/jobs/a.yaml" }] });
    expect(parseLine(inside.trim()).properties.file).toBe("jobs/a.yaml");
  });

  it("kubejobs lint --format github puts a TS template's findings at its default export", () => {
    const file = "examples/gpu-training.kubejobs.ts";
    const exportLine = exportLineOf(file);
    expect(exportLine).toBeGreaterThan(0);
    const run = runCli(["lint", file, "--format", "github"]);
    const parsed = run.stdout.split("\n").filter(Boolean).map(parseLine);
    expect(parsed.length).toBeGreaterThan(0);
    for (const c of parsed) expect(c.properties).toMatchObject({ file, line: String(exportLine), col: "1" });
  });

  it("kubejobs lint --format github prints only commands on stdout", () => {
    const run = runCli(["lint", "examples", "--format", "github"]);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => parseLine(line)).not.toThrow();
  });
});
