// The editor experience, measured with the real yaml-language-server over stdio: good templates
// are clean (the examples, the starters, generated valid templates), every document of a
// multi-document file is checked when the schema is associated by file name, and completion and
// hover say what `kubejobs validate` and the README say.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli.js";
import { validTemplate } from "../properties/arbitraries.js";
import { LanguageServer, type LspCompletionItem } from "./language-server.js";

const SCHEMA = join(ROOT, "src/template/generated/template.schema.json");
const dir = mkdtempSync(join(tmpdir(), "kj-editor-"));
let server: LanguageServer;
let count = 0;

/** Opens `text` as a fresh *.kubejobs.yaml file (associated with the schema by name). */
async function open(text: string, name = `doc-${count++}.kubejobs.yaml`): Promise<{ uri: string; lines: number[] }> {
  const uri = pathToFileURL(join(dir, name)).href;
  const diagnostics = await server.open(uri, text);
  return { uri, lines: diagnostics.map((d) => d.range.start.line + 1) };
}

const labels = (items: LspCompletionItem[]) => items.map((i) => i.label);
const insert = (items: LspCompletionItem[], label: string) => items.find((i) => i.label === label)?.insertText;

beforeAll(async () => {
  server = new LanguageServer();
  await server.initialize(dir, { [pathToFileURL(SCHEMA).href]: ["**/*.kubejobs.yaml"] });
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const examples = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".kubejobs.yaml"));

describe("good templates are clean", () => {
  it("the schema is active (a bad name is flagged)", async () => {
    expect((await open("kind: Job\nname: Bad_Name\ncontainers: { main: { image: busybox } }\n")).lines).toEqual([2]);
  });

  it.each(examples)("examples/%s (through its own modeline and the examples' schema copy)", async (file) => {
    const path = join(ROOT, "examples", file);
    const diagnostics = await server.open(pathToFileURL(path).href, readFileSync(path, "utf8"));
    expect(diagnostics).toEqual([]);
  });

  it("the bench fixture", async () => {
    expect((await open(readFileSync(join(ROOT, "bench/fixtures/nightly-report.kubejobs.yaml"), "utf8"))).lines).toEqual([]);
  });

  it("40 generated valid templates, as one multi-document file", async () => {
    const templates = fc.sample(validTemplate, { numRuns: 40, seed: 15 });
    const text = templates.map((t) => stringify(t)).join("---\n");
    expect((await open(text)).lines).toEqual([]);
  });
});

describe("what kubejobs init --yaml sets up", () => {
  it("starters the editor finds clean, and an association that checks every document of every *.kubejobs.yaml", async () => {
    const project = mkdtempSync(join(tmpdir(), "kj-init-editor-"));
    const editor = new LanguageServer();
    try {
      expect(runCli(["init", "db-migrate", "--yaml"], { cwd: project }).status).toBe(0);
      expect(runCli(["init", "nightly-report", "--schedule", "30 4 * * *", "--yaml"], { cwd: project }).status).toBe(0);
      const settings = JSON.parse(readFileSync(join(project, ".vscode/settings.json"), "utf8")) as Record<string, Record<string, string[]>>;
      await editor.initialize(project, settings["yaml.schemas"]!);
      for (const file of ["db-migrate.kubejobs.yaml", "nightly-report.kubejobs.yaml"]) {
        const path = join(project, file);
        expect(await editor.open(pathToFileURL(path).href, readFileSync(path, "utf8")), file).toEqual([]);
      }
      // A file of its own, without a modeline: the association alone covers both documents.
      const text =
        "kind: Job\nname: Bad_One\ncontainers: { main: { image: busybox } }\n---\nkind: Job\nname: Bad_Two\ncontainers: { main: { image: busybox } }\n";
      const diagnostics = await editor.open(pathToFileURL(join(project, "batch.kubejobs.yaml")).href, text);
      expect(diagnostics.map((d) => d.range.start.line + 1)).toEqual([2, 6]);
    } finally {
      await editor.close();
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe("multi-document files", () => {
  const doc = (name: string) => `kind: Job\nname: ${name}\ncontainers: { main: { image: busybox } }\n`;

  it("are checked document by document when the schema is associated by file name (what init --yaml sets up)", async () => {
    const text = [doc("good"), doc("Bad_Two"), doc("good-three"), doc("Bad_Four")].join("---\n");
    expect((await open(text)).lines).toEqual([6, 14]);
  });

  it("a modeline covers only the document it is in", async () => {
    // Outside the association: only the modeline points at the schema.
    const modeline = `# yaml-language-server: $schema=${pathToFileURL(SCHEMA).href}\n`;
    const text = `${modeline}${doc("Bad_One")}---\n${doc("Bad_Two")}`;
    const diagnostics = await server.open(pathToFileURL(join(dir, "plain.yaml")).href, text);
    expect(diagnostics.map((d) => d.range.start.line + 1)).toEqual([3]);
  });
});

describe("completion writes a template", () => {
  it("offers Job and ScheduledJob snippets in an empty file, in reading order", async () => {
    const { uri } = await open("");
    const items = await server.completion(uri, { line: 0, character: 0 });
    expect(labels(items)).toEqual(expect.arrayContaining(["Job", "ScheduledJob", "kind"]));
    expect(insert(items, "ScheduledJob")).toBe(
      "kind: ScheduledJob\nname: ${1:nightly-report}\nschedule: ${2:0 3 * * *}\ntimeZone: ${3:Europe/Berlin}\ncontainers:\n  ${4:main}:\n    image: ${5:ghcr.io/acme/app:1.0}\nconcurrencyPolicy: Forbid\ncleanupAfterSeconds: 86400",
    );
    // The server lists fields in the schema's order: what it is, its name, then the rest.
    const fields = labels(items).filter((l) => ["kind", "name", "namespace", "containers", "volumes"].includes(l));
    expect(fields).toEqual(["kind", "name", "namespace", "containers", "volumes"]);
  });

  it("offers cpu, memory and ephemeralStorage inside resources, and the three resource forms", async () => {
    const { uri } = await open("kind: Job\nname: x\ncontainers:\n  main:\n    image: busybox\n    resources:\n      cpu: 250m\n      \n");
    const items = await server.completion(uri, { line: 7, character: 6 });
    expect(labels(items)).toEqual(expect.arrayContaining(["memory", "ephemeralStorage", "request-limit", "requests and limits"]));
    expect(labels(items)).not.toContain("cpu"); // already there
    expect(insert(items, "memory")).toBe("memory: ${1:512Mi}");
  });

  it("offers a container snippet inside containers", async () => {
    const { uri } = await open("kind: Job\nname: x\ncontainers:\n  \n");
    const items = await server.completion(uri, { line: 3, character: 2 });
    expect(labels(items)).toEqual(["container"]);
    expect(insert(items, "container")).toContain("image: ${2:ghcr.io/acme/app:1.0}");
  });

  it("inserts sensible numbers, not 0", async () => {
    const { uri } = await open("kind: Job\nname: x\ncontainers: { main: { image: busybox } }\n\n");
    const items = await server.completion(uri, { line: 3, character: 0 });
    expect(insert(items, "cleanupAfterSeconds")).toBe("cleanupAfterSeconds: ${1:86400}");
    expect(insert(items, "backoffLimit")).toBe("backoffLimit: ${1:6}");
    expect(insert(items, "activeDeadlineSeconds")).toBe("activeDeadlineSeconds: ${1:3600}");
  });

  it("describes every value of an enum", async () => {
    const { uri } = await open(
      "kind: ScheduledJob\nname: x\nschedule: '@daily'\nconcurrencyPolicy: \ncontainers: { main: { image: busybox } }\n",
    );
    const items = await server.completion(uri, { line: 3, character: 19 });
    expect(labels(items)).toEqual(["Allow", "Forbid", "Replace"]);
    for (const item of items) expect(JSON.stringify(item.documentation)).toMatch(/\w{4}/);
  });
});

describe("hover says what a field becomes", () => {
  const text = [
    "kind: ScheduledJob",
    "name: nightly-report",
    'schedule: "0 3 * * *"',
    "timeZone: Europe/Berlin",
    "containers:",
    "  report:",
    "    image: busybox",
    "    env: { DB_PASSWORD: secret://db/password }",
    "    resources: { cpu: 250m-1 }",
    "cleanupAfterSeconds: 86400",
    "restartPolicy: OnFailure",
    "tolerations:",
    "  - { key: dedicated, operator: Exists }",
    "",
  ].join("\n");
  let uri = "";
  beforeAll(async () => {
    uri = (await open(text)).uri;
  });
  const hover = (line: number, character: number) => server.hover(uri, { line: line - 1, character });

  it("cleanupAfterSeconds → ttlSecondsAfterFinished", async () => {
    expect(await hover(10, 2)).toMatch(/^#### Cleanup after seconds\n[\s\S]*`ttlSecondsAfterFinished`/);
  });

  it("env values → valueFrom.secretKeyRef", async () => {
    expect(await hover(8, 6)).toMatch(/`secret:\/\/NAME\/KEY` →\s+`valueFrom\.secretKeyRef`/);
  });

  it("resources → requests and limits", async () => {
    expect(await hover(9, 6)).toMatch(/`resources\.requests` and `resources\.limits`/);
  });

  it("schedule → the CronJob's spec.schedule; enums list what each value means", async () => {
    expect(await hover(3, 2)).toMatch(/spec\.schedule/);
    expect(await hover(11, 2)).toMatch(/\* `OnFailure`: The kubelet restarts the failed container in the same pod\./);
  });

  it("pass-through Kubernetes fields show the API reference", async () => {
    expect(await hover(13, 22)).toMatch(/Operator represents a key's relationship to the value/);
  });
});
