// The published schema as any JSON Schema tool reads it (ajv, strict draft-07), against the whole
// pipeline `validate` runs: it accepts every valid template, and whatever it refuses, validate
// refuses too. The editor never raises a false alarm; how much it catches is mistakes.test.ts.
import fc from "fast-check";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { EDITOR_KEYWORDS } from "../../scripts/template-schema/validator-module.js";
import { checkTemplate } from "../../src/check/check-template.js";
import { hasErrors } from "../../src/diagnostic.js";
import { templateJsonSchema } from "../../src/template/schema.js";
import { applyMutations, mutation, validTemplate } from "../properties/arbitraries.js";

const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true });
for (const keyword of EDITOR_KEYWORDS) ajv.addKeyword({ keyword });
const editor = ajv.compile(templateJsonSchema());

const chars = (alphabet: string, maxLength: number) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((a) => a.join(""));
/** Values near the edge of what each rule-checked field takes: the editor's patterns must not be stricter than the rules. */
const edgeValue = fc.oneof(
  chars("az09-.A_", 8),
  fc.tuple(chars("az-.", 3), fc.integer({ min: 48, max: 66 })).map(([s, n]) => (s + "x".repeat(n)).slice(0, n)),
  chars("0123456789.+-eEmkKMGi", 6),
  fc.constantFrom(
    "0 3 * * *",
    "*/5 * * * *",
    "0 0 1,,15 * *",
    "+5 * * * *",
    "0 25 * * *",
    "@every 90s",
    "Europe/Berlin",
    "UTC",
    "Etc/GMT-5",
    "local",
  ),
);
const edgeFields = fc.constantFrom(
  ["name"],
  ["namespace"],
  ["schedule"],
  ["timeZone"],
  ["serviceAccount"],
  ["hostname"],
  ["labels", "team"],
  ["podLabels", "tier"],
  ["nodeSelector", "disk"],
  ["annotations", "acme.io/owner"],
);
const edgeKeys = fc.constantFrom(["labels"], ["annotations"], ["nodeSelector"], ["volumes"], ["secrets"], ["containers"]);

/**
 * Where validate is still more lenient than the API server, and the editor already says what the
 * API server says. Remove an entry when validate catches up.
 */
function knownValidateGap(candidate: Record<string, unknown>): boolean {
  // Issue 9 §1: a container or a volume named "" is refused by the API server (Required value).
  return ["containers", "volumes"].some((map) => Object.keys((candidate[map] as object | undefined) ?? {}).includes(""));
}

function withField(template: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(template);
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] = { ...((at[key] as Record<string, unknown> | undefined) ?? {}) };
  at[path[path.length - 1]!] = value;
  return copy;
}

describe("the published schema against validate", () => {
  it("compiles in ajv's strict mode (editor keywords declared)", () => {
    expect(typeof editor).toBe("function");
  });

  it("accepts every valid template", () => {
    fc.assert(
      fc.property(validTemplate, (template) => {
        expect(editor(template), JSON.stringify(editor.errors)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a template only when validate refuses it", () => {
    fc.assert(
      fc.property(validTemplate, fc.array(mutation, { minLength: 1, maxLength: 3 }), (template, mutations) => {
        const value = applyMutations(template, mutations);
        if (!editor(value)) {
          expect(hasErrors(checkTemplate(value).diagnostics), `${JSON.stringify(editor.errors?.[0])} on ${JSON.stringify(value)}`).toBe(
            true,
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it("refuses a value or a key of a rule-checked field only when validate refuses it", () => {
    fc.assert(
      fc.property(validTemplate, edgeFields, edgeValue, edgeKeys, edgeValue, (template, path, value, map, key) => {
        for (const candidate of [
          withField(template as unknown as Record<string, unknown>, path, value),
          withField(
            template as unknown as Record<string, unknown>,
            [...map, key],
            map[0] === "containers"
              ? { image: "busybox" }
              : map[0] === "volumes"
                ? { emptyDir: {} }
                : map[0] === "secrets"
                  ? { type: "opaque", data: {} }
                  : "x",
          ),
        ]) {
          if (!editor(candidate) && !knownValidateGap(candidate)) {
            expect(hasErrors(checkTemplate(candidate).diagnostics), `${JSON.stringify(editor.errors?.[0])}`).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
