// Properties of the whole pipeline (PRODUCT §6, STYLE "Tests"): for any valid template,
// `checkTemplate` (all layers) finds no error, is deterministic, its YAML output reads back as
// the manifests, and the YAML and TS-style forms of the template agree; for any mutation of a
// valid template, it never throws and every failure comes with a well-formed error diagnostic.
import fc from "fast-check";
import { parse, parseAllDocuments, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { checkTemplate } from "../../src/check/check-template.js";
import { emitManifests } from "../../src/emit/emit-manifests.js";
import { parseYaml } from "../../src/load/yaml.js";
import { toPlainData } from "../../src/load/plain-data.js";
import type { Diagnostic } from "../../src/diagnostic.js";
import { applyMutations, mutation, validTemplate } from "./arbitraries.js";

const RUNS = Number(process.env.KJ_PROPERTY_RUNS ?? 500);
const CODE = /^[a-z0-9-]+\/[a-z0-9-]+$/;

const errorsOf = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${JSON.stringify(d.path)}: ${d.message}`);

describe("valid templates", () => {
  it("check without errors, deterministically, and the YAML output reads back as the manifests", () => {
    fc.assert(
      fc.property(validTemplate, (template) => {
        const first = checkTemplate(structuredClone(template));
        expect(errorsOf(first.diagnostics)).toEqual([]);
        expect(first.manifests.length).toBeGreaterThan(0);
        const second = checkTemplate(structuredClone(template));
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));

        const yaml = emitManifests(first.manifests, "yaml");
        const docs = parseAllDocuments(yaml);
        for (const d of docs) expect(d.errors).toEqual([]);
        expect(docs.map((d) => d.toJS())).toEqual(JSON.parse(JSON.stringify(first.manifests)));
        const json = JSON.parse(emitManifests(first.manifests, "json"));
        expect(json.items).toEqual(JSON.parse(JSON.stringify(first.manifests)));
      }),
      { numRuns: RUNS },
    );
  });

  it("the YAML form (through the loader) and the TS-style object give the same output", () => {
    fc.assert(
      fc.property(validTemplate, (template) => {
        const direct = checkTemplate(structuredClone(template));
        // YAML: as a user would write it, read by kubejobs' own loader. Strings are quoted: the
        // loader reads YAML as kubectl does (1.1), where a plain `0_0` or `y` is a number or a boolean.
        const parsed = parseYaml(stringify(template, { defaultStringType: "QUOTE_DOUBLE" }), "t.yaml");
        expect(parsed.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(parsed.documents).toHaveLength(1);
        const fromYaml = checkTemplate(parsed.documents[0]!.value);
        // TS: the exported object, as the TS loader copies it.
        const plain = toPlainData(JSON.parse(JSON.stringify(template)));
        expect(plain.problems).toEqual([]);
        const fromTs = checkTemplate(plain.value);
        const out = (r: typeof direct) => emitManifests(r.manifests, "yaml");
        expect(out(fromYaml)).toBe(out(direct));
        expect(out(fromTs)).toBe(out(direct));
        expect(parse(stringify(template))).toEqual(JSON.parse(JSON.stringify(template)));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("mutated templates", () => {
  it("never throw; no manifests means an error; every diagnostic is well formed", () => {
    fc.assert(
      fc.property(validTemplate, fc.array(mutation, { minLength: 1, maxLength: 3 }), (template, mutations) => {
        const value = applyMutations(template, mutations);
        let result: ReturnType<typeof checkTemplate>;
        try {
          result = checkTemplate(value);
        } catch (e) {
          throw new Error(`checkTemplate threw: ${(e as Error)?.stack ?? e}`);
        }
        const { manifests, diagnostics } = result;
        const errors = diagnostics.filter((d) => d.severity === "error");
        if (manifests.length === 0) expect(errors.length).toBeGreaterThan(0);
        else expect(errors).toEqual([]);
        for (const d of diagnostics) {
          expect(d.code).toMatch(CODE);
          expect(Array.isArray(d.path)).toBe(true);
          for (const p of d.path) expect(["string", "number"]).toContain(typeof p);
          expect(typeof d.message).toBe("string");
          expect(d.message.trim()).not.toBe("");
          expect(["error", "warning"]).toContain(d.severity);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });
});
