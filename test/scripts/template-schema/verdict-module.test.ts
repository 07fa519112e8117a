// The verdict generator (scripts/template-schema/verdict-module.ts): on small schemas built to hit
// ajv's subtle cases it gives ajv's verdict, and any keyword or form it does not handle stops it.
// (test/validate/template-verdict.test.ts compares the committed module on real templates.)
import { Ajv } from "ajv";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { generateVerdictModule } from "../../../scripts/template-schema/verdict-module.js";

type Schema = Record<string, unknown>;
type GeneratorInput = Parameters<typeof generateVerdictModule>[0];

/** A root schema with `T` at the top, as the layer-one schema is laid out. */
const rooted = (definitions: Record<string, unknown>): Schema => ({ $ref: "#/definitions/T", definitions });

const dir = mkdtempSync(join(tmpdir(), "verdict-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let modules = 0;
async function verdictOf(schema: Schema): Promise<(data: unknown) => boolean> {
  const file = join(dir, `v${modules++}.mjs`);
  writeFileSync(file, generateVerdictModule(schema as GeneratorInput, "verdict").code);
  return ((await import(pathToFileURL(file).href)) as { verdict: (data: unknown) => boolean }).verdict;
}

// ajv as validator-module.ts configures it.
function ajvOf(schema: Schema): (data: unknown) => boolean {
  const ajv = new Ajv({ allErrors: true, ownProperties: false, strict: true, strictTypes: false, strictRequired: false, messages: false });
  return ajv.compile(schema) as (data: unknown) => boolean;
}

const inherited = Object.create({ extra: 1 }) as Schema;
inherited.a = 1;
const bare = Object.assign(Object.create(null) as Schema, { a: 1 });
const VALUES: unknown[] = [
  undefined,
  null,
  0,
  1,
  1.0,
  1.5,
  -1,
  2 ** 53,
  NaN,
  Infinity,
  -Infinity,
  "",
  "a",
  "ab",
  "😀",
  "A",
  "x://y",
  true,
  false,
  [],
  [1],
  ["a", "b"],
  [1, "a"],
  {},
  { a: 1 },
  { a: 0 },
  { a: -1 },
  { a: 1.5 },
  { a: "x" },
  { a: undefined },
  { a: 1, b: 2 },
  { b: "x" },
  { kind: "A", a: 1 },
  { kind: "B", a: 1 },
  { kind: "B", b: 1 },
  { kind: "A" },
  { kind: undefined, a: 1 },
  { requests: 1 },
  { cpu: 1 },
  { x: { a: 1 } },
  { x: [] },
  inherited,
  bare,
];

const SCHEMAS: [string, Schema][] = [
  ["integer and number", rooted({ T: { type: "object", properties: { a: { type: "integer", minimum: 0 }, b: { type: "number" } } } })],
  ["one-character strings (u flag)", rooted({ T: { type: "string", pattern: "^.$" } })],
  ["a pattern beside a union", rooted({ T: { anyOf: [{ type: "string" }, { type: "number" }, { type: "object" }], pattern: "^a" } })],
  [
    "union branches",
    rooted({
      T: {
        anyOf: [
          { type: "integer" },
          { type: "object", properties: { a: { type: "string" } }, required: ["a"], additionalProperties: false },
        ],
      },
    }),
  ],
  ["allOf and not", rooted({ T: { allOf: [{ type: "string" }, { not: { const: "" } }] } })],
  ["enum and const without a type", rooted({ T: { anyOf: [{ enum: ["a", 1, null] }, { const: true }] } })],
  [
    "if/then/else on an object's own fields",
    rooted({
      T: {
        type: "object",
        additionalProperties: false,
        required: ["kind"],
        properties: { kind: { enum: ["A", "B"] }, a: { type: "integer" }, b: { type: "integer" } },
        if: { properties: { kind: { const: "B" } } },
        then: { required: ["b"], properties: { a: false } },
        else: { properties: { b: false } },
      },
    }),
  ],
  ["if/then on the whole value", rooted({ T: { if: { type: "string" }, then: { pattern: "^a" }, else: { type: "integer" } } })],
  [
    "a map with propertyNames and minProperties",
    rooted({
      T: {
        type: "object",
        minProperties: 1,
        propertyNames: { not: { enum: ["requests", "limits"] } },
        additionalProperties: { type: "number" },
      },
    }),
  ],
  [
    "a list of definitions",
    rooted({ T: { type: "array", items: { $ref: "#/definitions/O" } }, O: { type: "object", properties: { a: { type: "integer" } } } }),
  ],
  ["an object that allows unknown fields", rooted({ T: { type: "object", properties: { a: { type: "integer" } }, required: ["a"] } })],
  [
    "nested objects",
    rooted({
      T: { type: "object", properties: { x: { $ref: "#/definitions/O" } } },
      O: { type: "object", additionalProperties: false, properties: { a: { type: "integer" } } },
    }),
  ],
  [
    "more fields than the key-length dispatch threshold",
    rooted({
      T: {
        type: "object",
        additionalProperties: false,
        properties: Object.fromEntries(
          ["a", "b", "kind", "cpu", "ab", "abc", "abcd", "x", "requests", "limits", "y"].map((k) => [k, { type: ["integer", "string"] }]),
        ),
      },
    }),
  ],
];

describe("generateVerdictModule", () => {
  it.each(SCHEMAS)("gives ajv's verdict: %s", async (_, schema) => {
    const ours = await verdictOf(schema);
    const theirs = ajvOf(schema);
    for (const [i, value] of VALUES.entries()) expect(ours(value), `value ${i}: ${String(JSON.stringify(value))}`).toBe(theirs(value));
  });

  const object = (field: unknown, extra: Schema = {}) => rooted({ T: { type: "object", properties: { x: field }, ...extra } });
  it.each([
    ["maximum", object({ type: "integer", maximum: 3 })],
    ["oneOf", object({ oneOf: [{ type: "string" }, { type: "integer" }] })],
    ["format", object({ type: "string", format: "date" })],
    ["patternProperties", object({ type: "object", patternProperties: { "^a": {} } })],
    ["a tuple of items", object({ type: "array", items: [{ type: "string" }] })],
    ["minLength", object({ type: "string", minLength: 1 })],
    ["dependencies", object({}, { dependencies: { x: ["y"] } })],
    ["$ref beside other keywords", object({ $ref: "#/definitions/T", type: "object" })],
    ["a $ref to nowhere", object({ $ref: "#/definitions/Missing" })],
    ["an unknown type", object({ type: "date" })],
    ["minimum on a string", object({ type: "string", minimum: 1 })],
    ["an enum of objects", object({ enum: [{ a: 1 }] })],
    ["required that is not a property", object({ type: "integer" }, { required: ["y"] })],
    ["a property every object inherits", rooted({ T: { type: "object", properties: { constructor: { type: "string" } } } })],
    ["object keywords without type: object", object({ properties: { a: {} } })],
    ["an invalid pattern", object({ type: "string", pattern: "(" })],
  ])("refuses %s", (_, schema) => {
    expect(() => generateVerdictModule(schema as GeneratorInput)).toThrow(/verdict-module/);
  });
});
