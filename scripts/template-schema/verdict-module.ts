// The verdict-only validator of layer 1 (src/template/generated/template-verdict.js): true exactly
// when ajv's standalone validator of the same schema (template-validator.js) says valid, and
// nothing else: no error objects, no paths. src/validate/template.ts asks it first; on false, ajv
// runs on the template and its errors are explained as before, so diagnostics are ajv's.
//
// Why it exists: in the pipeline profile ajv's template functions were ~8% of all self time
// (≈ 57 M instructions per 1,000 bench templates with the fixed-shape copy), for a question whose
// answer on valid templates is one bit. The code is written as scripts/gen-schemas-validator-code.ts
// writes the OpenAPI validators:
// - An object is read once, by its own keys: `for (const key in data)` and a `switch` on the key
//   put each field into a local; the default branch is the unknown-field check. No absent field
//   is ever looked up by name, so V8's caches stay monomorphic whatever fields a template sets.
// - A scalar is one inline test; a map or a list is a loop in its own small function.
// - Unions are `||` of the branches, in schema order; `if`/`then`/`else` on an object's own
//   fields (the merged Template's kind rules) are tests of the locals, not a second read.
//
// STYLE.md asks generators to let ajv write validator code. This one departs from that on purpose,
// for issue 14 (the in-process target), as gen-schemas-validator-code.ts does. ajv stays the
// reference: test/validate/template-verdict.test.ts runs both on every template input we have and
// on thousands of mutations of them, and test/scripts/template-schema/verdict-module.test.ts on
// small schemas built for the subtle cases; both require the same verdict.
//
// Supported: exactly the keywords the layer-one schema uses, with ajv's meaning (ajv is configured
// `ownProperties: false`, so reading the keys `for...in` yields is what ajv reads; `integer` is
// Number.isInteger, `number` a finite number; patterns are compiled with the `u` flag, as ajv
// does). Any other keyword, or a form of one that is not handled, stops the generator instead of
// being checked wrongly.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Schema = JsonObject | boolean;

const KEYWORDS = new Set([
  "$ref",
  "type",
  "properties",
  "additionalProperties",
  "required",
  "propertyNames",
  "minProperties",
  "items",
  "pattern",
  "minimum",
  "enum",
  "const",
  "anyOf",
  "allOf",
  "not",
  "if",
  "then",
  "else",
]);
// Objects with more fields than this dispatch on the key's length first.
const BY_LENGTH = 8;
// Stands for a hoisted function's name in its body until the name is chosen.
const NAME = "\u0000NAME";
const OBJECT_KEYWORDS = ["properties", "additionalProperties", "required", "propertyNames", "minProperties"];
const APPLICATORS = ["anyOf", "allOf", "not", "if"];
const TYPES = new Set(["object", "array", "string", "integer", "number", "boolean", "null"]);
const RESERVED = new Set(
  (
    "arguments await break case catch class const continue debugger default delete do else enum eval export extends false finally for " +
    "function if implements import in instanceof interface let new null package private protected public return static super switch " +
    "this throw true try typeof var void while with yield data key value isObject undefined NaN Infinity Number Array Object"
  ).split(" "),
);

/** The module's code (the caller adds its header) and its declarations. */
export function generateVerdictModule(schema: JsonObject, exportName = "templateVerdict"): { code: string; declarations: string } {
  const definitions = (schema.definitions ?? {}) as Record<string, Schema>;
  for (const key of Object.keys(schema))
    if (!["$id", "$schema", "$ref", "definitions"].includes(key)) throw unsupported("the root", `keyword ${key}`);
  if (typeof schema.$ref !== "string") throw unsupported("the root", "no $ref");

  const functions: string[] = [];
  const functionNames = new Map<string, string>(); // schema JSON (or definition) → function name
  const taken = new Set<string>(RESERVED);
  const locals = new Set<string>();
  const patterns = new Map<string, string>();

  const patternConstant = (text: string): string => {
    let name = patterns.get(text);
    if (name === undefined) {
      try {
        new RegExp(text, "u"); // an invalid pattern fails here, not at import
      } catch {
        throw unsupported("a pattern", `${JSON.stringify(text)}, which is not a valid \`u\` regular expression`);
      }
      name = `PATTERN_${patterns.size}`;
      patterns.set(text, name);
      taken.add(name);
    }
    return name;
  };

  const definitionOf = (ref: string, where: string): [string, Schema] => {
    const match = /^#\/definitions\/([^/~]+)$/.exec(ref);
    const target = match === null ? undefined : definitions[match[1]!];
    if (target === undefined) throw unsupported(where, `$ref ${ref}`);
    return [match![1]!, target];
  };

  /** A definition's function, made once; named before its body is written, so that it may recurse. */
  const hoist = (key: string, hint: string, body: (name: string) => string[]): string => {
    let name = functionNames.get(key);
    if (name !== undefined) return name;
    name = uniqueName(hint, taken);
    functionNames.set(key, name);
    functions.push(body(name).join("\n"));
    return name;
  };

  /** A function for an inline object, map or list: one per distinct body (`NAME` stands for its name). */
  const hoistBody = (hint: string, body: string[]): string => {
    const text = body.join("\n");
    let name = functionNames.get(text);
    if (name !== undefined) return name;
    name = uniqueName(hint, taken);
    functionNames.set(text, name);
    functions.push(text.replace(NAME, name));
    return name;
  };

  /** A JS expression, true when `v` (an identifier) is valid against `schema`. */
  const test = (schema: Schema, v: string, where: string): string => {
    if (schema === true) return "true";
    if (schema === false) return "false";
    assertKeywords(schema, where);
    if (schema.$ref !== undefined) {
      if (Object.keys(schema).length > 1) throw unsupported(where, "$ref beside other keywords");
      const [name, target] = definitionOf(String(schema.$ref), where);
      if (isScalar(target)) return test(target, v, name);
      return `${definitionFunctionName(name, target)}(${v})`;
    }
    const types = typeList(schema, where);
    const parts: string[] = [];
    const hasObjectKeywords = OBJECT_KEYWORDS.some((k) => schema[k] !== undefined);
    if (hasObjectKeywords && !(types.length === 1 && types[0] === "object"))
      throw unsupported(where, "object keywords without type: object");
    if (schema.items !== undefined && !(types.length === 1 && types[0] === "array")) throw unsupported(where, "items without type: array");
    if (schema.minimum !== undefined && !(types.length === 1 && (types[0] === "integer" || types[0] === "number")))
      throw unsupported(where, "minimum on a value that is not only a number");
    const values = constants(schema, where);
    // A string enum says "a string" by itself.
    const typeImplied = values !== undefined && types.length === 1 && types[0] === "string" && values.every((x) => typeof x === "string");
    if (types.length === 1 && types[0] === "object" && (hasObjectKeywords || APPLICATORS.some((k) => schema[k] !== undefined))) {
      // The object's keywords and its applicators, tested on one read of its keys.
      parts.push(
        `${hoistBody(collectionHint("mapOf", schema, schema.additionalProperties, where), objectFunction(NAME, schema, where))}(${v})`,
      );
    } else {
      if (!typeImplied && types.length > 0) parts.push(or(types.map((t) => typeTest(t, schema, v, where))));
      if (types.length === 0 && schema.pattern !== undefined)
        parts.push(`(typeof ${v} !== "string" || ${patternConstant(String(schema.pattern))}.test(${v}))`);
      parts.push(...applicatorTests(schema, v, where));
    }
    if (values !== undefined) parts.push(or(values.map((x) => `${v} === ${JSON.stringify(x)}`)));
    return and(parts);
  };

  const typeTest = (type: string, schema: JsonObject, v: string, where: string): string => {
    switch (type) {
      case "object":
        return `isObject(${v})`;
      case "array":
        if (schema.items === undefined) return `Array.isArray(${v})`;
        return `${hoistBody(collectionHint("listOf", schema, schema.items, where), listFunction(NAME, asSchema(schema.items, where), where))}(${v})`;
      case "string":
        return schema.pattern === undefined
          ? `typeof ${v} === "string"`
          : `typeof ${v} === "string" && ${patternConstant(String(schema.pattern))}.test(${v})`;
      case "integer":
      case "number": {
        const is = type === "integer" ? `Number.isInteger(${v})` : `Number.isFinite(${v})`;
        return schema.minimum === undefined ? is : `${is} && ${v} >= ${Number(schema.minimum)}`;
      }
      case "boolean":
        return `typeof ${v} === "boolean"`;
      case "null":
        return `${v} === null`;
    }
    throw unsupported(where, `type ${type}`);
  };

  /** anyOf, allOf, not, if/then/else on `v`, each with `test` (sub-schemas read `v` themselves). */
  const applicatorTests = (
    schema: JsonObject,
    v: string,
    where: string,
    local?: (sub: Schema, at: string) => string | undefined,
  ): string[] => {
    const sub = (s: Schema, at: string) => local?.(s, at) ?? test(s, v, at);
    const parts: string[] = [];
    if (schema.anyOf !== undefined) parts.push(or(schemaList(schema.anyOf, `${where}.anyOf`).map((s, i) => sub(s, `${where}.anyOf.${i}`))));
    if (schema.allOf !== undefined)
      parts.push(and(schemaList(schema.allOf, `${where}.allOf`).map((s, i) => sub(s, `${where}.allOf.${i}`))));
    if (schema.not !== undefined) parts.push(negate(sub(asSchema(schema.not, where), `${where}.not`)));
    if (schema.if !== undefined) {
      const then = schema.then === undefined ? "true" : sub(asSchema(schema.then, where), `${where}.then`);
      const otherwise = schema.else === undefined ? "true" : sub(asSchema(schema.else, where), `${where}.else`);
      if (then !== "true" || otherwise !== "true")
        parts.push(`(${sub(asSchema(schema.if, where), `${where}.if`)} ? ${then} : ${otherwise})`);
    } else if (schema.then !== undefined || schema.else !== undefined) throw unsupported(where, "then/else without if");
    return parts;
  };

  /** A definition's function, named after it: an object's own, or one returning its test. */
  const definitionFunctionName = (name: string, schema: Schema): string =>
    hoist(`#${name}`, name, (fn) =>
      typeof schema === "object" &&
      schema.type === "object" &&
      (OBJECT_KEYWORDS.some((k) => schema[k] !== undefined) || APPLICATORS.some((k) => schema[k] !== undefined))
        ? [`/** #/definitions/${name} */`, ...objectFunction(fn, schema, name)]
        : [`/** #/definitions/${name} */`, `function ${fn}(data) {`, `  return ${bare(test(schema, "data", name))};`, `}`, ``],
    );

  const listFunction = (name: string, items: Schema, where: string): string[] => [
    `function ${name}(data) {`,
    `  if (!Array.isArray(data)) return false;`,
    `  for (let i = 0; i < data.length; i++) {`,
    `    const value = data[i];`,
    `    if (${bare(negate(test(items, "value", `${where}[]`)))}) return false;`,
    `  }`,
    `  return true;`,
    `}`,
    ``,
  ];

  const objectFunction = (name: string, schema: JsonObject, where: string): string[] => {
    assertKeywords(schema, where);
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    if (typeof properties !== "object" || Array.isArray(properties)) throw unsupported(where, "properties that are not a map");
    const fields = Object.keys(properties);
    const required = (schema.required ?? []) as string[];
    if (!Array.isArray(required)) throw unsupported(where, "required that is not a list");
    for (const field of required) if (!fields.includes(field)) throw unsupported(where, `required ${field}, not a property`);
    // ajv reads `data.constructor` through the prototype; `for...in` would not see it.
    for (const field of fields) if (field in Object.prototype) throw unsupported(where, `property ${field}, which every object inherits`);
    const localNames = new Set<string>(RESERVED);
    const local = new Map(fields.map((field) => [field, uniqueName(field, localNames)]));
    for (const l of local.values()) locals.add(l);
    const lines = [`function ${name}(data) {`, `  if (!isObject(data)) return false;`];
    if (schema.minProperties !== undefined) lines.push(`  if (Object.keys(data).length < ${Number(schema.minProperties)}) return false;`);
    if (fields.length > 0) lines.push(`  let ${[...local.values()].join(", ")};`);
    lines.push(`  for (const key in data) {`);
    if (schema.propertyNames !== undefined)
      lines.push(`    if (${bare(negate(test(asSchema(schema.propertyNames, where), "key", `${where}.propertyNames`)))}) return false;`);
    const extra = schema.additionalProperties;
    const extraTest = (indent: string): string[] => {
      if (extra === undefined || extra === true) return [];
      if (extra === false) return [`${indent}return false;`];
      return [
        `${indent}const value = data[key];`,
        `${indent}if (${bare(negate(test(asSchema(extra, where), "value", `${where}.*`)))}) return false;`,
      ];
    };
    if (fields.length === 0) lines.push(...extraTest("    "));
    else {
      const rest = extraTest("        ");
      if (rest.length > 1) throw unsupported(where, "additionalProperties with a schema beside properties");
      if (fields.length <= BY_LENGTH) {
        lines.push(`    switch (key) {`);
        for (const field of fields)
          lines.push(`      case ${JSON.stringify(field)}:`, `        ${local.get(field)} = data[key];`, `        break;`);
        if (rest.length > 0) lines.push(`      default:`, ...rest);
        lines.push(`    }`);
      } else {
        // A key is compared with the fields of its length only: a few, not dozens.
        const lengths = [...new Set(fields.map((f) => f.length))].sort((a, b) => a - b);
        lines.push(`    switch (key.length) {`);
        for (const length of lengths) {
          lines.push(`      case ${length}:`);
          fields
            .filter((f) => f.length === length)
            .forEach((f, i) =>
              lines.push(`        ${i === 0 ? "" : "else "}if (key === ${JSON.stringify(f)}) ${local.get(f)} = data[key];`),
            );
          if (rest.length > 0) lines.push(`        else ${rest[0]!.trimStart()}`);
          lines.push(`        break;`);
        }
        if (rest.length > 0) lines.push(`      default:`, ...rest);
        lines.push(`    }`);
      }
    }
    lines.push(`  }`);
    if (required.length > 0) lines.push(`  if (${required.map((f) => `${local.get(f)} === undefined`).join(" || ")}) return false;`);
    for (const field of fields) {
      const l = local.get(field)!;
      const check = test(properties[field]!, l, `${where}.${field}`);
      if (check === "true") continue;
      // A required field is there by now.
      const set = required.includes(field) ? "" : `${l} !== undefined && `;
      lines.push(`  if (${set === "" ? bare(negate(check)) : `${set}${negate(check)}`}) return false;`);
    }
    // Applicators whose sub-schemas only say which of this object's fields are there, and what they
    // hold, are tested on the locals; any other sub-schema reads the object again.
    const onLocals = (sub: Schema, at: string): string | undefined => {
      if (typeof sub === "boolean") return undefined;
      if (Object.keys(sub).some((k) => k !== "properties" && k !== "required")) return undefined;
      const subRequired = (sub.required ?? []) as string[];
      const subProperties = (sub.properties ?? {}) as Record<string, Schema>;
      if (![...subRequired, ...Object.keys(subProperties)].every((f) => local.has(f))) return undefined;
      const parts = subRequired.map((f) => `${local.get(f)} !== undefined`);
      for (const [field, s] of Object.entries(subProperties)) {
        const l = local.get(field)!;
        if (s === false) parts.push(`${l} === undefined`);
        else if (s !== true) parts.push(`(${l} === undefined || ${test(s, l, `${at}.${field}`)})`);
      }
      return and(parts);
    };
    const rest = applicatorTests(schema, "data", where, onLocals);
    lines.push(`  return ${bare(and(rest))};`, `}`, ``);
    return lines;
  };

  const [rootName, root] = definitionOf(schema.$ref, "the root");
  const rootFunction = definitionFunctionName(rootName, root);
  const clash = [...locals].filter((l) => taken.has(l) && !RESERVED.has(l));
  if (clash.length > 0) throw new Error(`verdict-module: a field's local shadows a function: ${clash.join(", ")}; rename in uniqueName`);

  const code = [
    `// The layer-one schema as one verdict: true exactly when template-validator.js's Template says`,
    `// valid. scripts/template-schema/verdict-module.ts explains the code.`,
    ``,
    `export function ${exportName}(data) {`,
    `  return ${rootFunction}(data);`,
    `}`,
    ``,
    `function isObject(v) {`,
    `  return typeof v === "object" && v !== null && !Array.isArray(v);`,
    `}`,
    ``,
    ...[...patterns].map(([text, name]) => `const ${name} = new RegExp(${JSON.stringify(text)}, "u");`),
    ``,
    ...functions,
  ].join("\n");
  const declarations = `/** True exactly when the template schema's standalone validator (template-validator.js) says valid. */\nexport declare function ${exportName}(data: unknown): boolean;\n`;
  return { code, declarations };

  /** A definition tested inline: a scalar, or an object or list without keywords beyond its type. */
  function isScalar(s: Schema): boolean {
    if (typeof s === "boolean") return true;
    return Object.keys(s).every((k) => ["type", "pattern", "minimum", "enum", "const"].includes(k));
  }

  /**
   * `mapOfContainer`, `listOfStrings`, `mapOfObjects`: a map or list named after what it holds, when it
   * holds one definition or one plain type and says nothing else; otherwise after where it is.
   */
  function collectionHint(prefix: string, s: JsonObject, element: Json | undefined, where: string): string {
    const hasOnly = (o: JsonObject, keys: string[]) => Object.keys(o).every((k) => keys.includes(k));
    if (!hasOnly(s, ["type", prefix === "mapOf" ? "additionalProperties" : "items"])) return hintOf(where);
    if (typeof element !== "object" || element === null || Array.isArray(element)) return hintOf(where);
    let resolved: Schema = element;
    if (typeof element.$ref === "string") {
      const [name, target] = definitionOf(element.$ref, where);
      if (!isScalar(target)) return `${prefix}${name}`;
      resolved = target;
    }
    if (typeof resolved === "object" && hasOnly(resolved, ["type"]) && typeof resolved.type === "string")
      return `${prefix}${resolved.type[0]!.toUpperCase()}${resolved.type.slice(1)}s`;
    return hintOf(where);
  }
}

function hintOf(where: string): string {
  return where.replace(/\.(\w)/g, (_, c: string) => `_${c}`).replace(/[^\w$]/g, "_");
}

function typeList(schema: JsonObject, where: string): string[] {
  const type = schema.type;
  const types = type === undefined ? [] : Array.isArray(type) ? type : [type];
  for (const t of types) if (typeof t !== "string" || !TYPES.has(t)) throw unsupported(where, `type ${JSON.stringify(t)}`);
  return types as string[];
}

/** The values of `enum` or `const`; only scalars, which `===` compares as ajv's deep equality does. */
function constants(schema: JsonObject, where: string): (string | number | boolean | null)[] | undefined {
  if (schema.enum !== undefined && schema.const !== undefined) throw unsupported(where, "enum beside const");
  const values = schema.const !== undefined ? [schema.const] : schema.enum;
  if (values === undefined) return undefined;
  if (!Array.isArray(values) || values.length === 0) throw unsupported(where, "an enum that is not a list of values");
  for (const x of values)
    if (typeof x === "object" && x !== null) throw unsupported(where, "an enum or const of objects or lists");
    else if (typeof x === "number" && !Number.isFinite(x)) throw unsupported(where, "an enum of a non-finite number");
  return values as (string | number | boolean | null)[];
}

function assertKeywords(schema: JsonObject, where: string): void {
  for (const key of Object.keys(schema)) if (!KEYWORDS.has(key)) throw unsupported(where, `keyword ${key}`);
}

function asSchema(value: Json | undefined, where: string): Schema {
  if (typeof value === "boolean" || (typeof value === "object" && value !== null && !Array.isArray(value))) return value;
  throw unsupported(where, `a sub-schema ${JSON.stringify(value)}`);
}

function schemaList(value: Json, where: string): Schema[] {
  if (!Array.isArray(value) || value.length === 0) throw unsupported(where, "not a list of schemas");
  return value.map((s) => asSchema(s, where));
}

/** `!e`, with parentheses unless `e` is one call or already in parentheses. */
function negate(e: string): string {
  if (e.startsWith("!") && closesAtEnd(e.slice(1))) return e.slice(1);
  return /^[\w$]+\([\w$]*\)$/.test(e) || closesAtEnd(e) ? `!${e}` : `!(${e})`;
}

/** Whether `e` starts with a parenthesis that closes at its last character (string literals skipped). */
function closesAtEnd(e: string): boolean {
  if (!e.startsWith("(")) return false;
  let depth = 0;
  for (let i = 0; i < e.length; i++) {
    const c = e[i];
    if (c === '"') {
      for (i++; i < e.length && e[i] !== '"'; i++) if (e[i] === "\\") i++;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i === e.length - 1;
  }
  return false;
}

/** `e` without the parentheses around all of it, for an `if (...)`. */
function bare(e: string): string {
  return closesAtEnd(e) ? e.slice(1, -1) : e;
}

function and(parts: string[]): string {
  const kept = parts.filter((p) => p !== "true");
  if (kept.includes("false")) return "false";
  return kept.length === 0 ? "true" : kept.join(" && ");
}

function or(parts: string[]): string {
  if (parts.includes("true")) return "true";
  const kept = parts.filter((p) => p !== "false");
  return kept.length === 0 ? "false" : kept.length === 1 ? kept[0]! : `(${kept.join(" || ")})`;
}

/** A JS identifier from `hint`, not reserved and not in `taken` (which it joins). */
function uniqueName(hint: string, taken: Set<string>): string {
  let base = hint.replace(/[^\w$]/g, "_");
  if (/^\d/.test(base)) base = `_${base}`;
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}_${i}`;
  taken.add(name);
  return name;
}

function unsupported(where: string, what: string): Error {
  return new Error(`verdict-module: ${where}: ${what} (not supported: extend scripts/template-schema/verdict-module.ts)`);
}
