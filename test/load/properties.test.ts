// No input crashes the loader (PRODUCT §6): whatever the bytes, the result is documents and
// diagnostics with known codes, never a throw.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { LineCounter } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { loadCodes } from "../../src/load/codes.js";
import { misindentedLine } from "../../src/load/misindented-line.js";
import { PARSE_OPTIONS } from "../../src/load/yaml.js";
import { FIXTURES, load } from "./helpers.js";

const JOB = readFileSync(join(FIXTURES, "yaml/job.yaml"), "utf8");
const known = new Set(Object.keys(loadCodes));

async function loadsCleanly(text: string): Promise<void> {
  const result = await load(["-"], { readStdin: async () => text });
  for (const d of result.diagnostics) {
    expect(known).toContain(d.code);
    expect(d.file).toBe("<stdin>");
    if (d.line !== undefined) expect(d.line).toBeGreaterThanOrEqual(1);
  }
  for (const doc of result.documents) {
    expect(typeof doc.value).toBe("object");
    // Locating any path, existing or not, never throws.
    doc.locate(["containers", "migrate", "env", "TOKEN"]);
    doc.locate(["nope", 3, "x"], "key");
  }
}

describe("the loader never throws", () => {
  it("on arbitrary text", async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: "binary", maxLength: 200 }), loadsCleanly), { numRuns: 300 });
  });

  it("on YAML-ish text built from YAML's punctuation", async () => {
    const piece = fc.constantFrom(
      "a",
      ": ",
      "- ",
      "[",
      "]",
      "{",
      "}",
      ",",
      "\n",
      "  ",
      "\t",
      "&x ",
      "*x",
      "!t ",
      "? ",
      "|",
      ">",
      "#",
      "'",
      '"',
      "---\n",
      "__proto__",
      "kind: Job\n",
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 60 }).map((parts) => parts.join("")),
        loadsCleanly,
      ),
      { numRuns: 400 },
    );
  });

  it("on a template with random edits", async () => {
    const edit = fc.record({ at: fc.nat({ max: JOB.length }), remove: fc.nat({ max: 5 }), insert: fc.string({ maxLength: 4 }) });
    const mutated = fc
      .array(edit, { minLength: 1, maxLength: 4 })
      .map((edits) => edits.reduce((text, e) => text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove), JOB));
    await fc.assert(fc.asyncProperty(mutated, loadsCleanly), { numRuns: 300 });
  });
});

describe("codes", () => {
  it("every code in src/load is documented in loadCodes, and every documented code is used", () => {
    const dir = join(FIXTURES, "../../../src/load");
    const used = new Set<string>();
    for (const file of [
      "load-inputs.ts",
      "discover.ts",
      "yaml.ts",
      "yaml-errors.ts",
      "yaml-parse.ts",
      "yaml-structure.ts",
      "plain-data.ts",
      "ts-bundle.ts",
      "ts.ts",
      "ts-exports.ts",
      "running-files.ts",
      "config.ts",
    ]) {
      for (const m of readFileSync(join(dir, file), "utf8").matchAll(/"((?:io|yaml|load|secret|config)\/[a-z-]+)"/g)) used.add(m[1] ?? "");
    }
    expect([...used].filter((c) => !known.has(c))).toEqual([]);
    expect([...known].filter((c) => !used.has(c))).toEqual([]);
  });
});

describe("TS templates that fail outside the calls the loader awaits (issue 10, case 2)", () => {
  const root = mkdtempSync(join(tmpdir(), "kj-load-props-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const thrown = fc.constantFrom(
    `new Error("boom")`,
    `new TypeError("bad type")`,
    `"a plain string"`,
    `42`,
    `null`,
    `undefined`,
    `{ get message() { throw new Error("getter"); } }`,
    `Object.defineProperty(new Error("x"), "name", { get() { throw 1; } })`,
  );
  /** Where template code fails: each way Node would report as uncaught or unhandled. */
  const failure = fc.tuple(
    fc.constantFrom(
      (v: string) => `Promise.reject(${v});`,
      (v: string) => `setTimeout(() => { throw ${v}; });`,
      (v: string) => `setTimeout(() => { throw ${v}; }, 1);`,
      (v: string) => `setImmediate(() => { throw ${v}; });`,
      (v: string) => `queueMicrotask(() => { throw ${v}; });`,
      (v: string) => `process.nextTick(() => { throw ${v}; });`,
      (v: string) => `(async () => { await null; throw ${v}; })();`,
      (v: string) => `new Promise((_, reject) => setImmediate(() => reject(${v})));`,
    ),
    thrown,
    fc.constantFrom("module", "function"),
  );
  const JOB = `{ kind: "Job", name: "ok", containers: { main: { image: "busybox" } } }`;
  const source = (failures: [(v: string) => string, string, string][]) => {
    const inModule = failures.filter(([, , where]) => where === "module").map(([f, v]) => f(v));
    const inFunction = failures.filter(([, , where]) => where === "function").map(([f, v]) => f(v));
    return `${inModule.join("\n")}\nexport default async () => {\n${inFunction.join("\n")}\nawait new Promise((r) => setTimeout(r, 2));\nreturn ${JOB};\n};\n`;
  };

  it("are load/ts-threw on their own file, loading several files at once, and never escape", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(failure, { maxLength: 3 }), { minLength: 1, maxLength: 3 }), async (files) => {
        const names = files.map((failures) => {
          const name = `t${n++}.ts`;
          writeFileSync(join(root, name), source(failures));
          return name;
        });
        const result = await load(names, { cwd: root });
        files.forEach((failures, i) => {
          const threw = result.diagnostics.filter((d) => d.file === names[i] && d.code === "load/ts-threw");
          if (failures.length === 0) expect(threw).toEqual([]);
          else expect(threw.length).toBeGreaterThan(0);
          // The export itself was fine: the template still loads, with the failure reported.
          expect(result.documents.filter((d) => d.file === names[i])).toHaveLength(1);
        });
        for (const d of result.diagnostics) {
          expect(d.code).toBe("load/ts-threw");
          expect(d.message).not.toMatch(/data:text\/javascript|\n\s+at /);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe("the mis-indented line search never throws (it runs only on broken YAML)", () => {
  it("on a template with random edits", () => {
    const edit = fc.record({ at: fc.nat({ max: JOB.length }), remove: fc.nat({ max: 5 }), insert: fc.string({ maxLength: 4 }) });
    const mutated = fc
      .array(edit, { minLength: 1, maxLength: 4 })
      .map((edits) => edits.reduce((text, e) => text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove), JOB));
    fc.assert(
      fc.property(mutated, (text) => {
        const lines = new LineCounter();
        lines.addNewLine(0);
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
        const errorLine = 1 + ((text.length * 7) % Math.max(1, text.split("\n").length));
        misindentedLine(0, text.length, errorLine, text, lines, PARSE_OPTIONS);
      }),
      { numRuns: 1000 },
    );
  });
});
