import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { brief, fakeLibrary, load } from "./helpers.js";

const names = (docs: { value: unknown }[]) => docs.map((d) => (d.value as { name: string }).name);

describe("TS/JS default exports", () => {
  it("a template object", async () => {
    const { documents, diagnostics } = await load(["ts/object.kubejobs.ts"]);
    expect(diagnostics).toEqual([]);
    expect(documents).toEqual([
      expect.objectContaining({
        kind: "template",
        file: "ts/object.kubejobs.ts",
        pathPrefix: [],
        files: {},
        value: { kind: "Job", name: "object", containers: { main: { image: "busybox" } } },
      }),
    ]);
  });

  it("a list of templates: item i gets the path prefix [i]", async () => {
    const { documents, diagnostics } = await load(["ts/array.ts"]);
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => [d.pathPrefix, (d.value as { kind: string }).kind])).toEqual([
      [[0], "Job"],
      [[1], "ScheduledJob"],
    ]);
  });

  it("a sync function receiving kubeVersion", async () => {
    const { documents } = await load(["ts/sync-fn.ts"], { kubeVersion: "1.31" });
    expect(documents[0]?.value).toMatchObject({ name: "sync", labels: { kube: "1.31" } });
    expect(documents[0]?.pathPrefix).toEqual([]);
  });

  it("an async function returning a list", async () => {
    const { documents } = await load(["ts/async-fn.ts"]);
    expect(names(documents)).toEqual(["async-a", "async-b"]);
    expect(documents.map((d) => d.pathPrefix)).toEqual([[0], [1]]);
  });

  it("a function receiving env, which cannot change the caller's env", async () => {
    const env = { TEAMS: "data,web" };
    const { documents } = await load(["ts/env-fn.ts"], { env });
    expect(names(documents)).toEqual(["report-data", "report-web"]);
    expect(env.TEAMS).toBe("data,web");
  });

  it("relative imports of the user's own modules (with .js, without extension)", async () => {
    const { documents, diagnostics } = await load(["ts/relative-import.ts"]);
    expect(diagnostics).toEqual([]);
    expect(documents[0]?.value).toMatchObject({ name: "helper-imports", containers: { main: { image: "ghcr.io/acme/base:1.0.0" } } });
  });

  it("npm packages the template imports are bundled from its node_modules", async () => {
    const { documents, diagnostics } = await load(["ts/uses-npm.ts"]);
    expect(diagnostics).toEqual([]);
    expect(names(documents)).toEqual(["npm-equal"]);
  });

  it("Node builtins by bare name and through require()", async () => {
    const { documents, diagnostics } = await load(["ts/builtins.ts"]);
    expect(diagnostics).toEqual([]);
    expect(documents[0]?.value).toMatchObject({ name: "builtins", labels: { eol: "lf" } });
  });

  it('a CommonJS template: require("kubejobs") and module.exports', async () => {
    const { documents, diagnostics } = await load(["ts/common.cjs"]);
    expect(diagnostics).toEqual([]);
    expect(names(documents)).toEqual(["common-js"]);
  });

  it("top-level await", async () => {
    const { documents } = await load(["ts/top-level-await.ts"]);
    expect(documents[0]?.value).toMatchObject({ containers: { main: { image: "busybox:tla" } } });
  });

  it("its own `const require = createRequire(import.meta.url)` next to the loader's", async () => {
    const { documents, diagnostics } = await load(["ts/own-require.ts"]);
    expect(diagnostics).toEqual([]);
    expect(documents[0]?.value).toMatchObject({ backoffLimit: 3 });
  });

  it("import.meta.url is the template's own location", async () => {
    const { documents } = await load(["ts/import-meta.ts"]);
    expect(documents[0]?.value).toMatchObject({ containers: { main: { files: { "/run.sh": { content: "#!/bin/sh\necho hello\n" } } } } });
  });

  it('`import { job } from "kubejobs"` is the library the loader is given', async () => {
    const marked = { ...fakeLibrary, job: (t: object) => ({ kind: "Job", ...t, labels: { injected: "yes" } }) };
    const { documents } = await load(["ts/object.kubejobs.ts"], {}, marked);
    expect(documents[0]?.value).toMatchObject({ labels: { injected: "yes" } });
  });

  it("a template's console output goes to stderr: stdout carries only manifests", async () => {
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const { documents } = await load(["ts/logs.ts"]);
      expect(documents).toHaveLength(1);
      expect(stdout.mock.calls.join("")).not.toContain("output");
      expect(stderr.mock.calls.join("")).toContain("debugging output from a template");
      expect(stderr.mock.calls.join("")).toContain("more output, from the default export");
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });

  it("a template may declare its own top-level `console`", async () => {
    const { documents, diagnostics } = await load(["ts/own-console.ts"]);
    expect(diagnostics).toEqual([]);
    expect(documents).toHaveLength(1);
  });

  it("loading the same file twice evaluates it twice (no stale module cache)", async () => {
    const a = await load(["ts/env-fn.ts"], { env: { TEAMS: "a" } });
    const b = await load(["ts/env-fn.ts"], { env: { TEAMS: "b" } });
    expect([names(a.documents), names(b.documents)]).toEqual([["report-a"], ["report-b"]]);
  });
});

describe("TS/JS errors", () => {
  it.each([
    ["ts/unresolved.ts", "load/unresolved-import", [], 3, 25],
    ["ts/unresolved-package.ts", "load/unresolved-import", [], 2, 21],
    ["ts/unknown-library-export.ts", "load/unresolved-import", [], 2, 10],
    ["ts/throws.ts", "load/ts-threw", [], 2, 7],
    ["ts/fn-throws.ts", "load/ts-threw", [], 3, 9],
    ["ts/no-default.ts", "load/bad-export", [], undefined, undefined],
    ["ts/number-default.ts", "load/bad-export", [], 2, 1],
    ["ts/plain-object.ts", "load/bad-export", [], 2, 1],
    ["ts/not-data.ts", "load/not-data", ["containers", "main", "args", 0], 4, 1],
    ["ts/cycle.ts", "load/circular", ["labels", "self"], 6, 1],
    ["ts/proto-key.ts", "load/forbidden-key", ["labels", "__proto__"], 4, 1],
  ])("%s → %s", async (file, code, path, line, column) => {
    const result = await load([file]);
    expect(result.documents).toEqual([]);
    expect(brief(result)[0]).toEqual({ code, severity: "error", file, path, line, column });
  });

  it("names the unresolved import", async () => {
    const [d] = (await load(["ts/unresolved-package.ts"])).diagnostics;
    expect(d?.message).toContain('"left-pad-is-not-installed"');
    expect(d?.hint).toContain("npm install left-pad-is-not-installed");
  });

  it("shows what the module threw: the message, never a stack", async () => {
    const [d] = (await load(["ts/throws.ts"])).diagnostics;
    expect(d?.message).toContain("TEAM is not set");
    expect(d?.message).not.toMatch(/\bat .*:\d+:\d+/);
    const [e] = (await load(["ts/fn-throws.ts"])).diagnostics;
    expect(e?.message).toContain("TypeError: cannot read teams");
  });

  describe("where template code threw, through a source map made only then", () => {
    const dir = mkdtempSync(join(tmpdir(), "kubejobs-load-throw-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, "lib"));
    const header = "// @ts-nocheck -- fixture\n";
    writeFileSync(
      join(dir, "lib", "teams.ts"),
      `${header}export function teams(): string[] {\n  const raw: any = undefined;\n  return raw.split(",");\n}\n`,
    );
    writeFileSync(
      join(dir, "calls-helper.ts"),
      `${header}import { teams } from "./lib/teams";\nexport default () => teams().map((t) => ({ kind: "Job", name: t, containers: { main: { image: "x" } } }));\n`,
    );
    writeFileSync(join(dir, "property.ts"), `${header}const config: any = {};\n\nexport default config.jobs.nightly;\n`);
    writeFileSync(join(dir, "string.ts"), `${header}throw "not an Error";\n`);
    const loadIn = async (file: string) => (await load([join(dir, file)], { cwd: dir })).diagnostics;

    it("a TypeError at the line and column of the property read", async () => {
      expect(brief({ documents: [], diagnostics: await loadIn("property.ts") })).toEqual([
        { code: "load/ts-threw", severity: "error", file: join(dir, "property.ts"), path: [], line: 4, column: 28 },
      ]);
    });

    it("a throw in an imported file: the template's line that called it, and that file's line in the message", async () => {
      const [d] = await loadIn("calls-helper.ts");
      expect([d?.code, d?.line, d?.column]).toEqual(["load/ts-threw", 3, 22]);
      expect(d?.message).toContain("(at lib/teams.ts:4:14)");
    });

    it("a thrown value that is not an Error has no stack: the file alone", async () => {
      const [d] = await loadIn("string.ts");
      expect([d?.code, d?.line, d?.message]).toEqual(["load/ts-threw", undefined, "the template module threw: not an Error"]);
    });
  });

  it("says what was exported instead of a template", async () => {
    const messages = await Promise.all(
      ["ts/no-default.ts", "ts/number-default.ts", "ts/plain-object.ts"].map(async (f) => (await load([f])).diagnostics[0]?.message),
    );
    expect(messages[0]).toContain("`nightly`, `weekly`");
    expect(messages[1]).toContain("a number");
    expect(messages[2]).toContain("without `kind`");
  });

  it("reports each bad list item at its index and keeps the good ones", async () => {
    const result = await load(["ts/bad-item.ts"]);
    expect(names(result.documents)).toEqual(["good"]);
    expect(brief(result).map((d) => [d.code, d.path])).toEqual([["load/bad-export", [1]]]);
  });

  it("an empty list is a warning", async () => {
    const result = await load(["ts/empty-array.ts"]);
    expect(brief(result).map((d) => [d.code, d.severity])).toEqual([["load/empty-export", "warning"]]);
  });

  it("reports every value that is not plain data, and drops undefined optional fields", async () => {
    const result = await load(["ts/not-data.ts"]);
    expect(brief(result).map((d) => [d.code, d.path])).toEqual([
      ["load/not-data", ["containers", "main", "args", 0]],
      ["load/not-data", ["containers", "main", "env", "WHEN"]],
    ]);
    expect(result.diagnostics[1]?.message).toContain("a Date");
  });

  it("never prints environment values", async () => {
    const result = await load(["ts/secret-env.ts"], { env: { DB_PASSWORD: "hunter2-do-not-print" } });
    expect(brief(result).map((d) => d.code)).toEqual(["load/ts-threw"]);
    expect(JSON.stringify(result.diagnostics)).not.toContain("hunter2");
  });
});

describe("TS syntax errors, with positions from esbuild", () => {
  const dir = mkdtempSync(join(tmpdir(), "kubejobs-load-ts-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "lib"));
  writeFileSync(
    join(dir, "syntax.ts"),
    'import { job } from "kubejobs";\n\nconst retries: number = ;\nexport default job({ name: "x", containers: {} });\n',
  );
  writeFileSync(join(dir, "unicode.ts"), 'const größe = "ü"; const x: number = ;\n');
  writeFileSync(join(dir, "lib", "broken.ts"), "export const a = {;\n");
  writeFileSync(join(dir, "uses-broken.ts"), 'import { a } from "./lib/broken.js";\nexport default a;\n');

  it("file:line:col of the error, in the user's terms", async () => {
    const result = await load(["syntax.ts"], { cwd: dir });
    expect(brief(result)).toEqual([{ code: "load/ts-syntax", severity: "error", file: "syntax.ts", path: [], line: 3, column: 25 }]);
    expect(result.diagnostics[0]?.message).toMatch(/Unexpected ";"/);
  });

  it("columns count characters, not UTF-8 bytes", async () => {
    const result = await load(["unicode.ts"], { cwd: dir });
    expect(brief(result)[0]).toMatchObject({ line: 1, column: 38 });
  });

  it("an error in an imported module names that module", async () => {
    const result = await load(["uses-broken.ts"], { cwd: dir });
    expect(brief(result)[0]).toMatchObject({ code: "load/ts-syntax", file: join("lib", "broken.ts"), line: 1, column: 19 });
  });

  it("an absolute path is reported as given", async () => {
    const result = await load([join(dir, "syntax.ts")]);
    expect(result.diagnostics[0]?.file).toBe(join(dir, "syntax.ts"));
  });
});
