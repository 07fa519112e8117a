// No input crashes the loader (PRODUCT §6): whatever the bytes, the result is documents and
// diagnostics with known codes, never a throw.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCodes } from "../../src/load/codes.js";
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
