// The run-time shape check (layer 1): the template schema compiled into standalone ajv code, with
// the data src/validate/template*.ts explains errors with. It is compiled from the layer-one
// schema (scripts/gen-template-schema.ts): the published schema without what a kubejobs rule or
// layer 3 checks, so that every problem is reported once.
import { Ajv } from "ajv";
import standaloneCodeModule from "ajv/dist/standalone/index.js";
import { TEMPLATE_SCHEMA_ID } from "./schema-id.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// Keywords only editors read; the run-time validator ignores them.
export const EDITOR_KEYWORDS = [
  "patternErrorMessage",
  "errorMessage",
  "markdownDescription",
  "enumDescriptions",
  "markdownEnumDescriptions",
  "defaultSnippets",
  "doNotSuggest",
];

/** Standalone ajv code for the schema, plus the data `src/validate/template*.ts` explains errors with. */
export function generateValidatorModule(schema: JsonObject): { code: string; declarations: string } {
  // strictTypes off: `pattern` sits next to `anyOf` on EnvValue / EnvFrom on purpose (it applies to
  // the string forms only, as JSON Schema defines); every other strict check stays on.
  const ajv = new Ajv({
    allErrors: true,
    // Templates are plain data (the loader refuses __proto__ keys and non-plain objects), so own
    // and inherited properties are the same; checking ownership costs about a fifth of the time.
    ownProperties: false,
    strict: true,
    strictTypes: false,
    // The merged Template requires `schedule` in a `then` that does not list its properties.
    strictRequired: false,
    // src/validate/template.ts words every message itself.
    messages: false,
    code: { source: true, esm: true, lines: true },
  });
  for (const keyword of EDITOR_KEYWORDS) ajv.addKeyword({ keyword });
  ajv.addSchema(mergeKinds(unionsAsConditionals(withoutDocs(schema, "")) as JsonObject));
  // Only the root: each extra export compiles its own copy of what it references.
  const exports: Record<string, string> = { Template: TEMPLATE_SCHEMA_ID };
  // One validator per union branch: a failed union is explained by the branch the value's shape
  // points to, validated alone, instead of by every branch's errors at once.
  const unions = findUnions(schema);
  const branchNames: Record<string, string[]> = {};
  unions.forEach(({ pointer, count }, u) => {
    branchNames[pointer] = [];
    for (let i = 0; i < count; i++) {
      const name = `union${u}_${i}`;
      exports[name] = `${TEMPLATE_SCHEMA_ID}#${conditionalPointer(`${pointer}/anyOf/${i}`)}`;
      branchNames[pointer]!.push(name);
    }
  });
  let code = standaloneCode(ajv, exports);
  // ajv refers to a few runtime helpers with require(), which an ES module cannot call. The only one
  // a template keyword could need is ucs2length (minLength/maxLength): inline it, refuse the rest.
  code = code.replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, "codePointLength");
  const leftover = /require\([^)]*\)/.exec(code);
  if (leftover) throw new Error(`gen-template-schema: the standalone validator needs ${leftover[0]}; avoid the keyword that pulls it in`);
  if (code.includes("codePointLength")) code += "\nfunction codePointLength(s) { let n = 0; for (const _ of s) n++; return n; }";
  code = tuneForValidTemplates(code);
  const unionTable = Object.entries(branchNames).map(([pointer, names]) => `  ${JSON.stringify(pointer)}: [${names.join(", ")}],`);
  code += `\n\n// Branch validators of each union (anyOf), by the union's JSON pointer in the schema.\nexport const unionBranches = {\n${unionTable.join("\n")}\n};\n`;
  code += `\n// The schema without annotations, for explaining errors: allowed fields, union forms, titles.\nexport const shapes = JSON.parse(${JSON.stringify(JSON.stringify(stripAnnotations(schema, "")))});\n`;
  return { code, declarations: DECLARATIONS };
}

/**
 * Two rewrites of ajv's output that keep its meaning and cost less on every template, valid or
 * not (measured on the bench templates: ≈ 9.5 → 8.2 µs each). `inlineRefs: false` was tried
 * too: a smaller module, but 10% slower per template:
 * - ajv builds the `instancePath` it hands to each sub-validator eagerly, escaping each map key
 *   as a JSON pointer with two regular-expression replaces (`~` → `~0`, `/` → `~1`) even though
 *   the path is only read when there is an error. `escapeKey` runs them only for a key that has
 *   one of the two characters.
 * - For `additionalProperties: false` on an object with many properties, ajv asks
 *   `Object.prototype.hasOwnProperty.call(schema.properties, key)` for each key; a Set of the
 *   property names answers the same question faster.
 * Each pattern must match what ajv wrote: if ajv changes its output, generation fails here
 * instead of silently keeping the slow form.
 */
function tuneForValidTemplates(code: string): string {
  const escape = /\b(key\d+)\.replace\(\/~\/g, "~0"\)\.replace\(\/\\\/\/g, "~1"\)/g;
  if (!escape.test(code)) throw new Error("gen-template-schema: ajv no longer escapes map keys as expected; update tuneForValidTemplates");
  code = code.replace(escape, "escapeKey($1)");
  if (/\.replace\(\/~\/g/.test(code))
    throw new Error("gen-template-schema: a key escape was left unrewritten; update tuneForValidTemplates");
  code +=
    '\nfunction escapeKey(key) { return key.includes("~") || key.includes("/") ? key.replace(/~/g, "~0").replace(/\\//g, "~1") : key; }';

  const hasOwn = /^const (func\d+) = Object\.prototype\.hasOwnProperty;?$/m.exec(code)?.[1];
  if (hasOwn === undefined)
    throw new Error("gen-template-schema: ajv no longer declares hasOwnProperty as expected; update tuneForValidTemplates");
  const schemas = new Set<string>();
  code = code.replace(
    new RegExp(`\\b${hasOwn}\\.call\\((schema\\d+)\\.properties, (key\\d+)\\)`, "g"),
    (_, schema: string, key: string) => {
      schemas.add(schema);
      return `${schema}PropertyNames.has(${key})`;
    },
  );
  if (schemas.size === 0)
    throw new Error("gen-template-schema: no additionalProperties check by hasOwnProperty found; update tuneForValidTemplates");
  for (const schema of [...schemas].sort()) code += `\nconst ${schema}PropertyNames = new Set(Object.keys(${schema}.properties));`;
  return code;
}

/**
 * The schema the run-time validator is compiled from: each `anyOf: [a, b, c]` becomes
 * `if a then true else (if b then true else (if c then true else false))`, which accepts exactly the
 * same values. ajv evaluates `if` without building error objects, while a failed anyOf branch
 * builds them (paths included) even when a later branch passes: in valid templates, every env
 * value object, probe and resources shorthand would allocate errors only to drop them. A union that
 * fails shows up as a `false schema` error at its path; the explainer then validates the branch the
 * value's shape points to with that branch's own validator (compiled from the `if`s).
 */
function unionsAsConditionals(schema: Json): Json {
  if (schema === null || typeof schema !== "object") return schema;
  if (Array.isArray(schema)) return schema.map(unionsAsConditionals);
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "anyOf" && Array.isArray(value)) continue;
    out[key] = DATA_KEYWORDS.has(key) ? value : unionsAsConditionals(value);
  }
  if (!Array.isArray(schema.anyOf)) return out;
  if ("if" in out) throw new Error("gen-template-schema: a schema with both anyOf and if; extend unionsAsConditionals");
  let chain: Json = false;
  for (const branch of [...schema.anyOf].reverse()) chain = { if: unionsAsConditionals(branch), then: true, else: chain };
  return { ...out, ...(chain as JsonObject) };
}

/**
 * The schema the verdict (verdict-module.ts) is generated from: what ajv compiles, with the unions
 * left as anyOf (unionsAsConditionals only spares ajv's error objects; a verdict builds none).
 */
export function verdictSchema(schema: JsonObject): JsonObject {
  return mergeKinds(withoutDocs(schema, "") as JsonObject);
}

/**
 * The run-time Template: one object schema holding the fields of both kinds, with `schedule`
 * required for a ScheduledJob, the ScheduledJob-only fields set to `false` for a Job and the
 * Job-only ones (`gitops`, `nameSuffix`) to `false` for a ScheduledJob. It accepts
 * exactly what the editor schema's `kind` discriminator accepts, but the ~60 shared fields are
 * compiled once instead of once per kind, which halves the code V8 compiles on first use. Checked
 * here: if the two kinds ever share a field with different schemas, generation fails.
 */
function mergeKinds(schema: JsonObject): JsonObject {
  const definitions = schema.definitions as JsonObject;
  const job = definitions.JobTemplate as JsonObject;
  const scheduled = definitions.ScheduledJobTemplate as JsonObject;
  const jobFields = job.properties as JsonObject;
  const scheduledFields = scheduled.properties as JsonObject;
  const bare = (field: Json) => JSON.stringify(stripAnnotations(field, "/x"));
  for (const name of Object.keys(jobFields)) {
    if (name === "kind" || !(name in scheduledFields)) continue;
    if (bare(jobFields[name]!) !== bare(scheduledFields[name]!)) {
      throw new Error(`gen-template-schema: Job and ScheduledJob differ in field ${name}; update mergeKinds`);
    }
  }
  const scheduledOnly = Object.keys(scheduledFields).filter((name) => !(name in jobFields));
  const jobOnly = Object.keys(jobFields).filter((name) => !(name in scheduledFields));
  const jobRequired = job.required as string[];
  const extraRequired = (scheduled.required as string[]).filter((name) => !jobRequired.includes(name));
  const template: JsonObject = {
    type: "object",
    additionalProperties: false,
    required: jobRequired,
    properties: {
      ...scheduledFields,
      ...Object.fromEntries(jobOnly.map((name) => [name, jobFields[name]!])),
      kind: { enum: ["Job", "ScheduledJob"] },
    },
    if: { properties: { kind: { const: "ScheduledJob" } } },
    then: {
      required: extraRequired,
      ...(jobOnly.length === 0 ? {} : { properties: Object.fromEntries(jobOnly.map((name) => [name, false])) }),
    },
    else: { properties: Object.fromEntries(scheduledOnly.map((name) => [name, false])) },
  };
  return { ...schema, definitions: { ...definitions, Template: template } };
}

// Annotations for people and editors; the run-time validator does not need them (ajv would embed
// them in the generated module as part of the schema objects it refers to).
const DOC_KEYWORDS = new Set(["description", "examples", "default", "title", "$comment", ...EDITOR_KEYWORDS]);

function withoutDocs(schema: Json, parentKey: string): Json {
  if (schema === null || typeof schema !== "object") return schema;
  if (Array.isArray(schema)) return schema.map((item) => withoutDocs(item, ""));
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    // Under `properties` / `definitions` the keys are names, not keywords.
    const isName = parentKey === "properties" || parentKey === "definitions";
    if (!isName && DOC_KEYWORDS.has(key)) continue;
    out[key] = !isName && DATA_KEYWORDS.has(key) ? value : withoutDocs(value, isName ? "" : key);
  }
  return out;
}

/** Where branch `i` of an anyOf ends up in the if/else form: `.../anyOf/2` → `.../else/else/if`. */
function conditionalPointer(pointer: string): string {
  return pointer.replace(/\/anyOf\/(\d+)/g, (_, i: string) => `${"/else".repeat(Number(i))}/if`);
}

// Keywords whose values are data, not schemas: never rewritten.
const DATA_KEYWORDS = new Set(["enum", "const", "required", "examples", "default"]);

function standaloneCode(ajv: Ajv, exports: Record<string, string>): string {
  // ajv/dist/standalone is CommonJS with `module.exports = fn` and `exports.default = fn`.
  const fn = (standaloneCodeModule as unknown as { default?: unknown }).default ?? standaloneCodeModule;
  return (fn as (ajv: Ajv, refs: Record<string, string>) => string)(ajv, exports);
}

/** Every `anyOf` in the schema, by JSON pointer, in a stable (sorted-key) order. */
function findUnions(schema: Json, pointer = ""): { pointer: string; count: number }[] {
  if (schema === null || typeof schema !== "object") return [];
  if (Array.isArray(schema)) return schema.flatMap((item, i) => findUnions(item, `${pointer}/${i}`));
  const found: { pointer: string; count: number }[] = [];
  if (Array.isArray(schema.anyOf)) found.push({ pointer, count: schema.anyOf.length });
  for (const key of Object.keys(schema)) {
    if (DATA_KEYWORDS.has(key)) continue;
    found.push(...findUnions(schema[key]!, `${pointer}/${escapePointer(key)}`));
  }
  return found;
}

// What the explainer needs; descriptions, examples and defaults stay in the JSON file only.
const SHAPE_KEYS = new Set([
  "type",
  "properties",
  "additionalProperties",
  "items",
  "required",
  "enum",
  "const",
  "anyOf",
  "allOf",
  "if",
  "then",
  "$ref",
  "definitions",
  "title",
  "pattern",
  "patternErrorMessage",
  "minimum",
  "minProperties",
]);

/** The schema minus annotations; each union is tagged with its pointer (`union`) to find its branch validators. */
function stripAnnotations(schema: Json, pointer: string): Json {
  if (schema === null || typeof schema !== "object") return schema;
  if (Array.isArray(schema)) return schema.map((item, i) => stripAnnotations(item, `${pointer}/${i}`));
  const out: JsonObject = {};
  for (const key of Object.keys(schema)) {
    if (!SHAPE_KEYS.has(key) && !pointer.endsWith("/properties") && !pointer.endsWith("/definitions")) continue;
    const value = schema[key]!;
    out[key] =
      key === "enum" || key === "const" || key === "required" ? value : stripAnnotations(value, `${pointer}/${escapePointer(key)}`);
  }
  if (Array.isArray(schema.anyOf)) out.union = pointer;
  return out;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

const DECLARATIONS = `
export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}
/** A schema node as the explainer reads it (annotations stripped; \`union\` tags an anyOf with its pointer). */
export interface SchemaShape {
  type?: string | string[];
  properties?: Record<string, SchemaShape>;
  additionalProperties?: SchemaShape | boolean;
  items?: SchemaShape;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: SchemaShape[];
  allOf?: SchemaShape[];
  if?: SchemaShape;
  then?: SchemaShape;
  $ref?: string;
  definitions?: Record<string, SchemaShape>;
  title?: string;
  pattern?: string;
  patternErrorMessage?: string;
  minimum?: number;
  minProperties?: number;
  union?: string;
}
export declare const Template: ValidateFunction;
export declare const unionBranches: Record<string, ValidateFunction[]>;
export declare const shapes: SchemaShape;
`;
