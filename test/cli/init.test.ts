// kubejobs init --yaml: the starter, the schema next to it, and the editor association in
// .vscode/settings.json (merged into what is there; a file with comments is left alone).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const dirs: string[] = [];
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "kj-init-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const settings = (dir: string) => JSON.parse(readFileSync(join(dir, ".vscode/settings.json"), "utf8"));
const ASSOCIATION = { "./kubejobs.schema.json": ["*.kubejobs.yaml", "*.kubejobs.yml"] };

describe("kubejobs init --yaml", () => {
  it("writes the template, the schema and the yaml.schemas association", () => {
    const dir = project();
    const run = runCli(["init", "db-migrate", "--yaml"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "wrote db-migrate.kubejobs.yaml\nwrote kubejobs.schema.json\nwrote .vscode/settings.json\nnext: kubejobs render db-migrate.kubejobs.yaml\n",
    );
    expect(settings(dir)).toEqual({ "yaml.schemas": ASSOCIATION });
    expect(readFileSync(join(dir, "kubejobs.schema.json"), "utf8")).toBe(runCli(["schema"]).stdout);
  });

  it("keeps the other settings and associations, and adds nothing twice", () => {
    const dir = project();
    mkdirSync(join(dir, ".vscode"));
    const before = { "editor.tabSize": 2, "yaml.schemas": { "https://json.schemastore.org/github-workflow.json": ".github/workflows/*" } };
    writeFileSync(join(dir, ".vscode/settings.json"), JSON.stringify(before));
    expect(runCli(["init", "a", "--yaml"], { cwd: dir }).stderr).toContain("updated .vscode/settings.json\n");
    expect(settings(dir)).toEqual({ ...before, "yaml.schemas": { ...before["yaml.schemas"], ...ASSOCIATION } });
    const again = runCli(["init", "b", "--yaml"], { cwd: dir });
    expect(again.status).toBe(0);
    expect(again.stderr).not.toContain("settings.json");
    expect(settings(dir)).toEqual({ ...before, "yaml.schemas": { ...before["yaml.schemas"], ...ASSOCIATION } });
  });

  it("leaves a settings file with comments alone and says what to add", () => {
    const dir = project();
    mkdirSync(join(dir, ".vscode"));
    const text = '{\n  // mine\n  "editor.tabSize": 2\n}\n';
    writeFileSync(join(dir, ".vscode/settings.json"), text);
    const run = runCli(["init", "a", "--yaml"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      '.vscode/settings.json: warning: not plain JSON, left as it is\n  hint: add "yaml.schemas": { "./kubejobs.schema.json": ["*.kubejobs.yaml","*.kubejobs.yml"] }\n',
    );
    expect(readFileSync(join(dir, ".vscode/settings.json"), "utf8")).toBe(text);
  });

  it("writes no editor settings for a TypeScript template (the types are the editor's help)", () => {
    const dir = project();
    expect(runCli(["init", "a"], { cwd: dir }).status).toBe(0);
    expect(existsSync(join(dir, ".vscode"))).toBe(false);
  });
});
