// Reads the template schema (the annotation-free copy generated next to the validator) to put
// ajv's errors in context: which fields are allowed at a path, which form of a union a value is
// meant to be, and how to say what a field expects in plain words.
import type { Path } from "../diagnostic.js";
import { shapes, type SchemaShape } from "../template/generated/template-validator.js";

export type { SchemaShape };

const definitions = shapes.definitions ?? {};

/** A definition by name (`JobTemplate`, `Container`, ...). */
export function definition(name: string): SchemaShape {
  const found = definitions[name];
  if (found === undefined) throw new Error(`template schema has no definition ${name}`);
  return found;
}

/** Follows `$ref`s (only local `#/definitions/X` ones exist in this schema). */
export function resolve(shape: SchemaShape): SchemaShape {
  let at = shape;
  for (let hops = 0; at.$ref !== undefined && hops < 32; hops++) {
    const next = definitions[at.$ref.replace("#/definitions/", "")];
    if (next === undefined) break;
    at = next;
  }
  return at;
}

export function hasOwn(value: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

/** The schema of a child (field, map entry or list item), or undefined when there is none. */
export function childShape(shape: SchemaShape, key: string | number): SchemaShape | undefined {
  const at = resolve(shape);
  if (typeof key === "number") return at.items;
  if (at.properties !== undefined && hasOwn(at.properties, key)) return at.properties[key];
  return typeof at.additionalProperties === "object" ? at.additionalProperties : undefined;
}

/** The JSON type of a value as JSON Schema names it; integers count as `integer`. */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function accepts(shape: SchemaShape, type: string): boolean {
  const at = resolve(shape);
  const types = at.type;
  if (types === undefined) return type === "object" && at.properties !== undefined;
  const has = (t: string) => (typeof types === "string" ? types === t : types.includes(t));
  return has(type) || (type === "integer" && has("number"));
}

function isMap(shape: SchemaShape): boolean {
  const at = resolve(shape);
  return at.properties === undefined && typeof at.additionalProperties === "object";
}

const discriminatorCache = new WeakMap<SchemaShape, string[]>();

/** A branch's own keys: required ones no other branch requires, else property names no other branch has. */
function discriminators(branches: SchemaShape[], index: number): string[] {
  const branch = branches[index]!;
  let keys = discriminatorCache.get(branch);
  if (keys === undefined) discriminatorCache.set(branch, (keys = computeDiscriminators(branches, index)));
  return keys;
}

function computeDiscriminators(branches: SchemaShape[], index: number): string[] {
  const own = resolve(branches[index]!);
  const others = branches.filter((_, i) => i !== index).map(resolve);
  const required = (own.required ?? []).filter((k) => !others.some((o) => o.required?.includes(k)));
  if (required.length > 0) return required;
  return Object.keys(own.properties ?? {}).filter((k) => !others.some((o) => o.properties !== undefined && hasOwn(o.properties, k)));
}

export type BranchChoice =
  | { kind: "branch"; index: number }
  | { kind: "type-mismatch" }
  | { kind: "conflict"; present: string[]; all: string[] }
  | { kind: "no-form"; all: string[] };

/** Which form of a union (anyOf) a value is meant to be, judged by its type and its keys. */
export function chooseBranch(union: SchemaShape, value: unknown): BranchChoice {
  const branches = union.anyOf ?? [];
  const type = jsonType(value);
  const candidates = branches.map((b, index) => ({ b, index })).filter(({ b }) => accepts(b, type));
  if (candidates.length === 0) return { kind: "type-mismatch" };
  if (type !== "object" || candidates.length === 1) return { kind: "branch", index: candidates[0]!.index };
  const keys = new Set(Object.keys(value as object));
  const all = candidates.flatMap(({ index }) => discriminators(branches, index));
  const keyed = candidates.filter(({ index }) => discriminators(branches, index).some((k) => keys.has(k)));
  if (keyed.length === 1) return { kind: "branch", index: keyed[0]!.index };
  if (keyed.length > 1) return { kind: "conflict", present: all.filter((k) => keys.has(k)), all };
  const map = candidates.find(({ b }) => isMap(b));
  return map !== undefined ? { kind: "branch", index: map.index } : { kind: "no-form", all };
}

/** Every field name any object form of a union (or a plain object) allows. */
export function allowedFields(shape: SchemaShape): string[] {
  const at = resolve(shape);
  const names = new Set(Object.keys(at.properties ?? {}));
  for (const branch of at.anyOf ?? []) for (const name of Object.keys(resolve(branch).properties ?? {})) names.add(name);
  return [...names].sort();
}

/** A point in a template under explanation: its path, the value there, and the schema that applies. */
export interface Located {
  path: Path;
  value: unknown;
  shape: SchemaShape | undefined;
  field: string | number | undefined;
}
