// The typical mistakes of mistakes.ts, each in its own file: yaml-language-server with the
// published schema flags the ones marked `editor: true` at the marked line and nothing else, and
// stays silent on the others; `kubejobs validate` reports every one exactly once, with the code
// the table names, at the same line. Together: the editor knows what validate knows, and validate
// says each problem once.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostic.js";
import { ROOT, runCli } from "../helpers/cli.js";
import { LanguageServer, type LspDiagnostic } from "./language-server.js";
import { markedLine, MISTAKES } from "./mistakes.js";

const SCHEMA = pathToFileURL(join(ROOT, "src/template/generated/template.schema.json")).href;
const dir = mkdtempSync(join(tmpdir(), "kj-mistakes-"));
const fileOf = (i: number) => `${String(i).padStart(2, "0")}.kubejobs.yaml`;
const rows = MISTAKES.map((m, i) => ({ ...m, file: fileOf(i), line: markedLine(m.yaml) }));

let server: LanguageServer;
const editor = new Map<string, LspDiagnostic[]>();
let validated: Diagnostic[] = [];

beforeAll(async () => {
  for (const row of rows) writeFileSync(join(dir, row.file), row.yaml);
  // What the fromFile rows read (not a template: validate passes over it).
  writeFileSync(join(dir, "secret.txt"), "s3cret\n");
  const run = runCli(["validate", ".", "--format", "json"], { cwd: dir });
  validated = (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
  server = new LanguageServer();
  await server.initialize(dir, { [SCHEMA]: ["**/*.kubejobs.yaml"] });
  for (const row of rows) editor.set(row.file, await server.open(pathToFileURL(join(dir, row.file)).href, row.yaml));
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("typical template mistakes (mistakes.ts)", () => {
  it("has at least 40 rows, each a different mistake, counted as the README says", () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((r) => r.what)).size).toBe(rows.length);
    const flagged = rows.filter((r) => r.editor === true).length;
    const readme = readFileSync(join(ROOT, "README.md"), "utf8").replace(/\s+/g, " ");
    expect(readme).toContain(`(${flagged} of the ${rows.length} typical mistakes in \`test/editor/mistakes.ts\``);
  });

  it.each(rows)("validate: $what → $code, once, at the marked line", (row) => {
    const found = validated.filter((d) => d.file === row.file && (d.severity === "error" || d.code === row.code));
    expect(found.map((d) => [d.code, d.line])).toEqual([[row.code, row.validateLine ?? row.line]]);
    expect(found[0]!.severity).toBe(row.warning ? "warning" : "error");
  });

  it.each(rows.filter((r) => r.editor === true))("editor: $what is flagged at the marked line only", (row) => {
    const diagnostics = editor.get(row.file)!;
    expect(diagnostics.length, server.log()).toBeGreaterThan(0);
    const lines = diagnostics.map((d) => d.range.start.line + 1);
    expect(lines).toContain(row.line);
    expect(lines.filter((line) => line !== row.line && !(row.editorAlso ?? []).includes(line))).toEqual([]);
  });

  it.each(rows.filter((r) => r.editor !== true))("editor: $what is left to validate ($editor)", (row) => {
    expect(editor.get(row.file)).toEqual([]);
  });
});
