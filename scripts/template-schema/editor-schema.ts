// The published template schema: the template's shape (from the TS types) plus what editors need
// to catch and explain as much as `validate` does. See scripts/gen-template-schema.ts.
import { CONTAINER_SNIPPETS, KIND_VALUES, MESSAGES, RESOURCE_NAMES, SNIPPETS, titleOf } from "./editor-help.ts";
import { EDITOR_RULES, type JsonObject } from "./editor-rules.ts";
import { k8sDefinitions, type OpenApiDefinitions } from "./k8s-definitions.ts";

type Json = JsonObject[string];

const KINDS = ["JobTemplate", "ScheduledJobTemplate"] as const;
// The order a template is read in (and completed in): what it is and its name, then the kind's own
// fields (a schedule), then the shared ones as declared.
const LEADING_FIELDS = ["kind", "name", "namespace"];

/**
 * The editor schema from the template's shape (not yet sorted), each kind's fields in TypeScript's
 * order, and the OpenAPI definitions.
 */
export function editorSchema(shape: JsonObject, fieldOrder: Record<string, string[]>, openapi: OpenApiDefinitions): JsonObject {
  const schema = structuredClone(shape);
  const definitions = schema.definitions as Record<string, JsonObject>;
  const roots = Object.keys(definitions)
    .filter((name) => name.startsWith("k8s."))
    .map((name) => name.slice("k8s.".length));
  Object.assign(definitions, k8sDefinitions(openapi, roots));

  // Help first: the rules' own subschemas (if/then) need no titles.
  addHelp(schema, definitions);
  for (const rule of EDITOR_RULES) for (const pointer of rule.at) merge(at(schema, pointer), rule.schema);
  // A key pattern is no completion: without this, editors offer a placeholder key named "property".
  walk(schema, (node) => {
    if (isObject(node.propertyNames)) node.propertyNames.doNotSuggest = true;
  });
  for (const [name, definition] of Object.entries(definitions)) if (!name.startsWith("k8s.")) exclusiveUnions(definition, definitions);
  for (const kind of KINDS) definitions[kind]!.properties = inReadingOrder(definitions[kind]!.properties as JsonObject, fieldOrder[kind]!);
  shareFields(definitions.JobTemplate!, definitions.ScheduledJobTemplate!);
  return sortKeywords(schema) as JsonObject;
}

/**
 * A ScheduledJob field written exactly as the Job's refers to it instead of repeating it: the
 * two kinds share some sixty fields, and the schema is half the size this way.
 */
function shareFields(job: JsonObject, scheduled: JsonObject): void {
  const jobFields = job.properties as JsonObject;
  const fields = scheduled.properties as JsonObject;
  for (const [name, field] of Object.entries(fields)) {
    if (name in jobFields && JSON.stringify(sortKeywords(field)) === JSON.stringify(sortKeywords(jobFields[name]!))) {
      fields[name] = { $ref: `#/definitions/JobTemplate/properties/${name}` };
    }
  }
}

function addHelp(schema: JsonObject, definitions: Record<string, JsonObject>): void {
  const kind = at(schema, "/definitions/Template/properties/kind");
  kind.enumDescriptions = KIND_VALUES;
  kind.title = "Kind";
  kind.markdownDescription = kind.description!;
  for (const [name, definition] of Object.entries(definitions)) {
    if (name.startsWith("k8s.")) continue;
    walk(
      definition,
      (node) => {
        const properties = node.properties;
        if (isObject(properties)) {
          for (const [field, property] of Object.entries(properties)) {
            if (isObject(property) && property.title === undefined) property.title = titleOf(field);
          }
        }
        if (Array.isArray(node.enum)) describeEnum(node, name);
      },
      ["propertyNames", "not"],
    );
  }
  for (const [pointer, snippets] of Object.entries(SNIPPETS)) at(schema, pointer).defaultSnippets = snippets;
  for (const kindName of KINDS) {
    at(schema, `/definitions/${kindName}/properties/containers`).defaultSnippets = CONTAINER_SNIPPETS;
    at(schema, `/definitions/${kindName}/properties/initContainers`).defaultSnippets = CONTAINER_SNIPPETS;
  }
  for (const [pointer, message] of Object.entries(MESSAGES)) at(schema, pointer).errorMessage = message;
  // Resource names to complete inside `resources` (the map still takes any valid name).
  const shorthand = definitions.ResourceShorthand!;
  shorthand.properties = resourceNames("QuantityOrRange", true);
  for (const list of ["requests", "limits"]) {
    at(schema, `/definitions/FullResources/properties/${list}`).properties = resourceNames("Quantity", false);
  }
}

function resourceNames(quantity: string, shorthand: boolean): JsonObject {
  const out: JsonObject = {};
  for (const [name, { k8s, doc, example }] of Object.entries(RESOURCE_NAMES)) {
    const key = shorthand ? name : k8s;
    const range = shorthand ? ` or a range such as \`${example}-${doubled(example)}\` (request-limit)` : "";
    const becomes = shorthand ? `Becomes \`requests.${k8s}\` and \`limits.${k8s}\`.` : "";
    const text = `${doc} A quantity such as \`${example}\`${range}. ${becomes}`.trim();
    out[key] = {
      $ref: `#/definitions/${quantity}`,
      title: titleOf(name),
      description: text,
      markdownDescription: text,
      examples: [example],
    };
  }
  return out;
}

function doubled(example: string): string {
  const m = /^(\d+)(.*)$/.exec(example);
  return m ? `${Number(m[1]) * 2}${m[2]}` : example;
}

/** `markdownEnumDescriptions` from the JSDoc's `@enumDescriptions`, and a plain copy; every enum of ours has them. */
function describeEnum(node: JsonObject, definition: string): void {
  const values = node.enum as Json[];
  const described = node.enumDescriptions;
  if (!Array.isArray(described) || described.length !== values.length) {
    throw new Error(`gen-template-schema: an enum in ${definition} (${values.join(", ")}) needs @enumDescriptions, one per value`);
  }
  node.markdownEnumDescriptions = described;
  node.enumDescriptions = plain(described as string[]);
}

function plain(texts: string[]): string[] {
  return texts.map((text) => text.replace(/`/g, ""));
}

/**
 * Puts `fragment` into `target`: in place when none of its keywords is there yet and the target
 * is not a `$ref` (draft-07 tools ignore a `$ref`'s siblings), else as one more `allOf` entry.
 */
function merge(target: JsonObject, fragment: JsonObject): void {
  const collides = Object.keys(fragment).some((key) => key in target && key !== "allOf");
  if (target.$ref !== undefined || collides) {
    const { allOf, ...rest } = fragment;
    const entries = [...(Array.isArray(allOf) ? allOf : []), ...(Object.keys(rest).length > 0 ? [rest] : [])];
    if (target.$ref !== undefined) {
      entries.unshift({ $ref: target.$ref });
      delete target.$ref;
    }
    target.allOf = [...(Array.isArray(target.allOf) ? target.allOf : []), ...entries];
    return;
  }
  for (const [key, value] of Object.entries(fragment)) {
    target[key] = key === "allOf" && Array.isArray(target.allOf) ? [...target.allOf, ...(value as Json[])] : structuredClone(value);
  }
}

/**
 * `anyOf` → `oneOf` where the forms provably exclude each other (different JSON types, or closed
 * objects each requiring a field the other does not have): the schema then says "exactly one of",
 * as the TS types do. A union whose forms may overlap (`resources: {}`) stays `anyOf`.
 */
function exclusiveUnions(node: Json, definitions: Record<string, JsonObject>): void {
  walk(node, (n) => {
    if (!Array.isArray(n.anyOf)) return;
    const forms = n.anyOf.map((form) => resolveRef(form as JsonObject, definitions));
    const exclusive = forms.every((a, i) => forms.every((b, j) => i >= j || excludes(a, b)));
    if (!exclusive) return;
    n.oneOf = n.anyOf;
    delete n.anyOf;
  });
}

function excludes(a: JsonObject, b: JsonObject): boolean {
  const typesA = typesOf(a);
  const typesB = typesOf(b);
  if (
    !typesA.some(
      (t) => typesB.includes(t) || (t === "integer" && typesB.includes("number")) || (t === "number" && typesB.includes("integer")),
    )
  )
    return true;
  if (!typesA.includes("object") || !typesB.includes("object")) return false;
  const needs = (x: JsonObject, y: JsonObject) =>
    y.additionalProperties === false &&
    ((x.required as string[] | undefined) ?? []).some((field) => !isObject(y.properties) || !(field in y.properties));
  return needs(a, b) || needs(b, a);
}

function typesOf(schema: JsonObject): string[] {
  if (schema.type === undefined) return schema.properties !== undefined ? ["object"] : ["any"];
  return [schema.type as string | string[]].flat();
}

function resolveRef(schema: JsonObject, definitions: Record<string, JsonObject>): JsonObject {
  let node = schema;
  while (typeof node.$ref === "string") node = definitions[node.$ref.replace("#/definitions/", "")] ?? {};
  return node;
}

function inReadingOrder(properties: JsonObject, declared: string[]): JsonObject {
  const order = [...LEADING_FIELDS, ...declared.filter((n) => !LEADING_FIELDS.includes(n))];
  const missing = Object.keys(properties).filter((n) => !order.includes(n));
  if (missing.length > 0) throw new Error(`gen-template-schema: no reading order for ${missing.join(", ")}`);
  return Object.fromEntries(order.filter((n) => n in properties).map((n) => [n, properties[n]!]));
}

/**
 * Keywords sorted at every level, so the output does not depend on tool versions' whims; the
 * fields of `properties` keep their order (declaration order, the template's reading order),
 * which editors use for completion lists and snippets.
 */
function sortKeywords(value: Json, parentKey = ""): Json {
  // Values of data keywords (snippet bodies, examples, defaults) keep the order they were written in.
  if (DATA_KEYWORDS.has(parentKey)) return value;
  if (Array.isArray(value)) return value.map((item) => sortKeywords(item));
  if (value === null || typeof value !== "object") return value;
  const keys = parentKey === "properties" ? Object.keys(value) : Object.keys(value).sort();
  const out: JsonObject = {};
  for (const key of keys) out[key] = sortKeywords(value[key]!, parentKey === "properties" || parentKey === "definitions" ? "" : key);
  return out;
}

const DATA_KEYWORDS = new Set(["enum", "const", "examples", "default", "defaultSnippets", "required"]);

/** Visits every schema node; `skip` names keywords whose subschemas are not values of the field (key rules, negations). */
function walk(node: Json, visit: (node: JsonObject) => void, skip: string[] = []): void {
  if (Array.isArray(node)) return node.forEach((item) => walk(item, visit, skip));
  if (!isObject(node)) return;
  visit(node);
  for (const [key, value] of Object.entries(node)) if (!DATA_KEYWORDS.has(key) && !skip.includes(key)) walk(value, visit, skip);
}

function isObject(value: Json | undefined): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function at(schema: JsonObject, pointer: string): JsonObject {
  let node: Json = schema;
  for (const part of pointer.split("/").slice(1)) {
    if (!isObject(node) || !(part in node)) throw new Error(`gen-template-schema: ${pointer} is not in the schema`);
    node = node[part]!;
  }
  if (!isObject(node)) throw new Error(`gen-template-schema: ${pointer} is not a schema`);
  return node;
}
