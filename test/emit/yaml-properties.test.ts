/**
 * Round-trip properties against the `yaml` package's parser, YAML 1.2 (core schema) and 1.1, on
 * values biased towards the strings parsers misread (see `arbitraries.ts`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments, parseDocument } from "yaml";
import { toYaml, toYamlStream } from "../../src/emit/yaml.js";
import { anyString, manifestLike, roundTripped } from "./arbitraries.js";

function read(text: string, version: "1.1" | "1.2"): unknown {
  const doc = parseDocument(text, { version });
  if (doc.errors.length > 0 || doc.warnings.length > 0) {
    throw new Error(`YAML ${version} parser complains about\n${text}\n${[...doc.errors, ...doc.warnings].join("\n")}`);
  }
  return doc.toJS();
}

// Characters that must never appear raw: line breaks other than \n (YAML 1.1 reads NEL, LS and
// PS as breaks), the BOM, C0/C1 controls other than tab and \n, and lone surrogates.
const RAW_FORBIDDEN =
  /[\r\u0085\u2028\u2029\uFEFF\x00-\x08\x0B-\x1F\x7F-\x9F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("toYaml round trips (fast-check)", () => {
  it("any manifest-like value reads back identically as YAML 1.2", () => {
    fc.assert(
      fc.property(manifestLike, (value) => {
        expect(read(toYaml(value), "1.2")).toEqual(roundTripped(value));
      }),
      { numRuns: 1000 },
    );
  });

  it("any manifest-like value reads back identically as YAML 1.1 (as kubectl's go-yaml reads it)", () => {
    fc.assert(
      fc.property(manifestLike, (value) => {
        expect(read(toYaml(value), "1.1")).toEqual(roundTripped(value));
      }),
      { numRuns: 1000 },
    );
  });

  it("any string reads back identically from every position, as YAML 1.2 and 1.1", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const value = { value: s, [s]: "key", items: [s, [s], { [s]: s }], deep: { a: [{ b: { c: s } }] } };
        for (const version of ["1.2", "1.1"] as const) {
          expect(read(toYaml(value), version)).toEqual(value);
          expect(read(toYaml(s), version)).toBe(s);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("a stream reads back as the same documents", () => {
    fc.assert(
      fc.property(fc.array(manifestLike, { maxLength: 4 }), (documents) => {
        const docs = parseAllDocuments(toYamlStream(documents));
        expect(Array.isArray(docs)).toBe(true);
        if (!Array.isArray(docs)) return;
        for (const doc of docs) expect([...doc.errors, ...doc.warnings]).toEqual([]);
        expect(docs.map((doc) => doc.toJS())).toEqual(documents.map(roundTripped));
      }),
      { numRuns: 500 },
    );
  });

  it("output is clean text: one final newline, no trailing whitespace, no raw control or break characters, same bytes every time", () => {
    fc.assert(
      fc.property(manifestLike, (value) => {
        const text = toYaml(value);
        expect(text.endsWith("\n")).toBe(true);
        expect(text).not.toMatch(/[ \t]\n/);
        expect(text).not.toMatch(RAW_FORBIDDEN);
        expect(text).not.toMatch(/^\t/m); // indentation is spaces (a tab may follow, as literal text)
        expect(toYaml(value)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});
