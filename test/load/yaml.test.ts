import { describe, expect, it } from "vitest";
import { brief, load } from "./helpers.js";

describe("YAML documents", () => {
  it("loads a template with its file and an empty path prefix", async () => {
    const { documents, diagnostics } = await load(["yaml/job.yaml"]);
    expect(diagnostics).toEqual([]);
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ kind: "template", file: "yaml/job.yaml", pathPrefix: [], files: {} });
    expect(documents[0]?.value).toMatchObject({ kind: "Job", name: "db-migrate", backoffLimit: 1 });
  });

  it("splits multi-document files, skips empty documents and tells templates from manifests", async () => {
    const { documents, diagnostics } = await load(["yaml/multi.yaml"]);
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => [d.kind, (d.value as { kind: string }).kind])).toEqual([
      ["template", "Job"],
      ["template", "ScheduledJob"],
      ["manifest", "ConfigMap"],
    ]);
  });

  it("keeps the good documents of a file when one is not a mapping", async () => {
    const result = await load(["yaml/scalar-doc.yaml"]);
    expect(result.documents.map((d) => (d.value as { name: string }).name)).toEqual(["ok"]);
    expect(brief(result)).toEqual([
      { code: "yaml/not-a-mapping", severity: "error", file: "yaml/scalar-doc.yaml", path: [], line: 5, column: 1 },
    ]);
  });

  it("reads scalars as kubectl does (YAML 1.1): yes/on are true, 0755 and 0o17 octal, timestamps and 12:30 strings", async () => {
    const { documents } = await load(["yaml/kubectl-scalars.yaml"]);
    expect(documents[0]?.value).toMatchObject({
      labels: { a: true, b: "0755", c: true, d: "2024-01-01", e: "12:30" },
      backoffLimit: 493,
      completions: 15,
      parallelism: 10,
    });
  });

  it("expands anchors into independent copies", async () => {
    const { documents, diagnostics } = await load(["yaml/anchors.yaml"]);
    expect(diagnostics).toEqual([]);
    const containers = (documents[0]?.value as { containers: Record<string, unknown> }).containers;
    expect(containers.side).toEqual(containers.main);
    expect(containers.side).not.toBe(containers.main);
  });

  it("reads unknown tags as plain data, with a warning; !!binary is decoded into a string, as kubectl does", async () => {
    const result = await load(["yaml/unknown-tag.yaml"]);
    expect(result.documents[0]?.value).toMatchObject({ containers: { main: { image: "busybox", args: ["hi"] } } });
    expect(brief(result).map((d) => [d.code, d.severity, d.line, d.column])).toEqual([["yaml/unknown-tag", "warning", 3, 30]]);
    expect(result.diagnostics.map((d) => d.message.split(":")[0])).toEqual(["unknown tag !custom"]);
  });

  it("reads JSON as YAML 1.2 (tab-indented JSON included)", async () => {
    const { documents, diagnostics } = await load(["json/job.json"]);
    expect(diagnostics).toEqual([]);
    expect(documents[0]).toMatchObject({ kind: "template", value: { name: "from-json", containers: { main: { args: ["a", "b"] } } } });
  });

  it("reads stdin as <stdin>", async () => {
    const result = await load(["-"], { readStdin: async () => "kind: Job\nname: piped\ncontainers: { main: { image: busybox } }\n" });
    expect(result.diagnostics).toEqual([]);
    expect(result.documents[0]).toMatchObject({ file: "<stdin>", value: { name: "piped" } });
  });

  it("a mapping with apiVersion is a manifest even with kind: Job", async () => {
    const result = await load(["-"], { readStdin: async () => "apiVersion: batch/v1\nkind: Job\nmetadata: { name: x }\n" });
    expect(result.documents[0]?.kind).toBe("manifest");
  });
});

describe("YAML errors", () => {
  it.each([
    ["yaml/duplicate-key.yaml", "yaml/duplicate-key", ["containers", "main", "image"], 6, 5],
    ["json/duplicate.json", "yaml/duplicate-key", ["name"], 4, 3],
    ["yaml/tab-indent.yaml", "yaml/tab-indent", [], 4, 1],
    ["yaml/syntax-error.yaml", "yaml/syntax", [], 5, 1],
    ["json/broken.json", "yaml/syntax", [], 3, 15],
    ["yaml/not-a-mapping.yaml", "yaml/not-a-mapping", [], 1, 1],
    ["yaml/alias-bomb.yaml", "yaml/alias-limit", [], 4, 10],
    ["yaml/unknown-anchor.yaml", "yaml/unknown-anchor", ["containers", "main"], 4, 9],
    ["yaml/recursive-alias.yaml", "load/circular", ["containers", "main", "again"], 4, 34],
    ["yaml/proto-keys.yaml", "load/forbidden-key", ["containers", "main", "env", "__proto__"], 10, 7],
  ])("%s → %s at %j, line %i column %i", async (file, code, path, line, column) => {
    const result = await load([file]);
    expect(result.documents).toEqual([]);
    expect(brief(result)[0]).toEqual({ code, severity: "error", file, path, line, column });
  });

  it.each([
    [
      "an alias key naming its anchor's key",
      "env: { &k LEVEL: info, *k : debug }",
      "yaml/duplicate-key",
      ["containers", "main", "env", "LEVEL"],
      5,
      28,
    ],
    [
      "an alias key in a block mapping",
      "env:\n      &k LEVEL: info\n      *k : debug",
      "yaml/duplicate-key",
      ["containers", "main", "env", "LEVEL"],
      7,
      7,
    ],
    ["a list as a key", "env:\n      ? [a, b]\n      : c", "yaml/complex-key", ["containers", "main", "env"], 6, 9],
    ["a mapping as a key", "env: { { a: b }: c }", "yaml/complex-key", ["containers", "main", "env"], 5, 12],
    ["an alias of a list as a key", "args: &l [a]\n    env: { *l : c }", "yaml/complex-key", ["containers", "main", "env"], 6, 12],
  ])("%s (%s) → %s at %j, line %i column %i", async (_what, yaml, code, path, line, column) => {
    const text = `kind: Job\nname: x\ncontainers:\n  main:\n    ${yaml}\n    image: busybox\n`;
    const result = await load(["-"], { readStdin: async () => text });
    expect(result.documents).toEqual([]);
    expect(brief(result)).toEqual([{ code, severity: "error", file: "<stdin>", path, line, column }]);
  });

  it("a complex key prints no raw Node warning", async () => {
    const warnings: unknown[] = [];
    const onWarning = (w: unknown) => warnings.push(w);
    process.on("warning", onWarning);
    try {
      await load(["-"], { readStdin: async () => "kind: Job\nname: x\ncontainers: { main: { image: busybox, env: { [a, b]: c } } }\n" });
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings).toEqual([]);
  });

  it("reports every tab-indented line, not just the first", async () => {
    const result = await load(["yaml/tab-indent.yaml"]);
    expect(brief(result).map((d) => d.line)).toEqual([4, 5]);
  });

  it("names the duplicated key, not its value", async () => {
    const [d] = (await load(["yaml/duplicate-key.yaml"])).diagnostics;
    expect(d?.message).toContain('"image"');
    expect(d?.message).not.toContain("alpine");
    expect(d?.hint).toBeTruthy();
  });

  it.each([["yaml/empty.yaml"], ["yaml/comments-only.yaml"]])("%s → yaml/empty", async (file) => {
    const result = await load([file]);
    expect(brief(result)).toEqual([{ code: "yaml/empty", severity: "error", file, path: [], line: undefined, column: undefined }]);
  });

  it("empty stdin → yaml/empty on <stdin>", async () => {
    const result = await load(["-"], { readStdin: async () => "\n" });
    expect(brief(result).map((d) => [d.code, d.file])).toEqual([["yaml/empty", "<stdin>"]]);
  });

  it.each([["metadata: {name: x\nspec: {}\n"], ["args: [a, b\nimage: x\n"]])("an unclosed { or [ is named as such: %j", async (text) => {
    const [d] = (await load(["-"], { readStdin: async () => text })).diagnostics;
    expect(d?.code).toBe("yaml/syntax");
    expect(d?.message).toContain("[ or {");
    expect(d?.line).toBe(2);
  });

  it("messages carry no yaml source excerpt (the renderer prints its own)", async () => {
    const [d] = (await load(["yaml/syntax-error.yaml"])).diagnostics;
    expect(d?.message).not.toContain("\n");
    expect(d?.message).not.toMatch(/at line \d+/);
  });

  it.each([['a: "x\\q"\n'], ["a: b: c\n"], ["a: 'unclosed\n"], ["a: [x\n"], ["key\nwith: x\n"], ["a: @x\n"], ["a: x\nb\n"]])(
    "a syntax error in %j says what to do",
    async (text) => {
      const result = await load(["-"], { readStdin: async () => text });
      expect(result.diagnostics.length).toBeGreaterThan(0);
      for (const d of result.diagnostics) expect([d.code, typeof d.hint]).toEqual(["yaml/syntax", "string"]);
    },
  );

  it("bounds deep nesting instead of overflowing the stack", async () => {
    const deep = `kind: Job\nname: deep\nlabels: ${"[".repeat(100)}${"]".repeat(100)}\n`;
    const result = await load(["-"], { readStdin: async () => deep });
    expect(brief(result).map((d) => [d.code, d.line])).toEqual([["load/too-deep", 3]]);
  });

  it("refuses 100,000 unclosed brackets before parsing them", async () => {
    const result = await load(["-"], { readStdin: async () => `a: ${"[".repeat(100_000)}` });
    expect(brief(result).map((d) => [d.code, d.line, d.column])).toEqual([["load/too-deep", 1, 68]]);
  });
});

describe("__proto__, constructor and prototype keys", () => {
  it("refuse __proto__ and pollute nothing", async () => {
    await load(["yaml/proto-keys.yaml"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keep constructor and prototype as own data, and pollute nothing", async () => {
    const { documents, diagnostics } = await load(["yaml/constructor-keys.yaml"]);
    expect(diagnostics).toEqual([]);
    const labels = (documents[0]?.value as { labels: Record<string, unknown> }).labels;
    expect(Object.getPrototypeOf(labels)).toBe(Object.prototype);
    expect(Object.keys(labels)).toEqual(["constructor", "prototype"]);
    expect(labels.constructor).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("refuse __proto__ in JSON too", async () => {
    const result = await load(["-"], { readStdin: async () => '{"kind": "Job", "name": "x", "labels": {"__proto__": {"polluted": 1}}}' });
    expect(brief(result).map((d) => [d.code, d.path, d.line, d.column])).toEqual([["load/forbidden-key", ["labels", "__proto__"], 1, 41]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("duplicate keys in manifests", () => {
  it("are a warning and the last value is kept, as kubectl keeps it", async () => {
    const text = "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\ndata:\n  a: one\n  a: two\n";
    const result = await load(["-"], { readStdin: async () => text });
    expect(brief(result)).toEqual([
      { code: "yaml/duplicate-key", severity: "warning", file: "<stdin>", path: ["data", "a"], line: 6, column: 3 },
    ]);
    expect(result.documents[0]?.value).toMatchObject({ data: { a: "two" } });
  });

  it("a template still refuses them", async () => {
    const text = "kind: Job\nname: x\nname: y\ncontainers: { main: { image: busybox } }\n";
    const result = await load(["-"], { readStdin: async () => text });
    expect(result.documents).toEqual([]);
    expect(brief(result).map((d) => [d.code, d.severity])).toEqual([["yaml/duplicate-key", "error"]]);
  });
});
