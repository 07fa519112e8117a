// Plain-words descriptions of what a schema node expects and what a value is:
// "a list of strings", "a map of container name to container", "true or false".
import { jsonType, resolve, type SchemaShape } from "./template-shapes.js";

// What the keys of a map field are, by the field's name; "name" otherwise.
const KEY_NOUNS: Record<string, string> = {
  containers: "container name",
  initContainers: "container name",
  env: "variable name",
  files: "file path",
  dirs: "mount path",
  labels: "label key",
  podLabels: "label key",
  nodeSelector: "label key",
  annotations: "annotation key",
  podAnnotations: "annotation key",
  volumes: "volume name",
  secrets: "secret name",
  data: "key",
  requests: "resource name",
  limits: "resource name",
  resources: "resource name",
  headers: "header name",
};

const PRIMITIVES: Record<string, [singular: string, plural: string]> = {
  string: ["a string", "strings"],
  number: ["a number", "numbers"],
  integer: ["a whole number", "whole numbers"],
  boolean: ["true or false", "booleans"],
  null: ["null", "nulls"],
  array: ["a list", "lists"],
  object: ["a map", "maps"],
};

/** What a value must be, e.g. "a list of strings"; `field` names the key nouns of maps. */
export function describeExpected(shape: SchemaShape, field?: string | number): string {
  const at = resolve(shape);
  if (at.anyOf !== undefined) return `${at.title !== undefined ? `${article(at.title)}: ` : ""}${describeForms(at)}`;
  if (at.enum !== undefined)
    return `one of ${listWords(
      at.enum.map((v) => String(v)),
      "or",
    )}`;
  if (at.const !== undefined) return String(at.const);
  const types = at.type === undefined ? ["object"] : [at.type].flat();
  if (types.length > 1) {
    const words = listWords(
      types.map((t) => PRIMITIVES[t]?.[0] ?? t),
      "or",
    );
    return at.title !== undefined ? `${article(at.title)} (${words})` : words;
  }
  const type = types[0]!;
  if (type === "array") return at.items !== undefined ? `a list of ${plural(at.items)}` : "a list";
  if (type !== "object") return PRIMITIVES[type]?.[0] ?? type;
  if (typeof at.additionalProperties === "object" && at.properties === undefined) {
    const key = typeof field === "string" ? (KEY_NOUNS[field] ?? "name") : "name";
    return `a map of ${key} to ${noun(at.additionalProperties)}`;
  }
  if (at.title?.startsWith("Kubernetes ")) return `an object (a ${at.title})`;
  return at.title !== undefined ? `${article(at.title)} (a map of fields)` : "a map of fields";
}

/** The forms of a union: `a string, { secret, key }, { configMap, key } or { field }`. */
export function describeForms(union: SchemaShape): string {
  const forms = (union.anyOf ?? []).map((branch) => {
    const at = resolve(branch);
    if (at.properties !== undefined) {
      const required = at.required ?? [];
      const keys = required.length > 0 ? required : Object.keys(at.properties).map((k) => `${k}?`);
      return `{ ${keys.join(", ")} }`;
    }
    return describeExpected(at);
  });
  return listWords([...new Set(forms)], "or");
}

/** "a string", "a list", "a map", "null", "true" — what a value is, never what it says. */
export function describeActual(value: unknown): string {
  const type = jsonType(value);
  if (type === "boolean") return String(value);
  // Values are described, never echoed: a misplaced one may be a secret.
  if (type === "integer") return "a number";
  if (type === "number") return "a fractional number";
  if (type === "object") return "a map";
  return PRIMITIVES[type]?.[0] ?? type;
}

/** A singular noun for map values: "container", "string", "quantity". */
function noun(shape: SchemaShape): string {
  const at = resolve(shape);
  if (at.title !== undefined) return at.title;
  const type = [at.type ?? "object"].flat()[0]!;
  return type === "object" ? "map" : type === "array" ? "list" : type;
}

function plural(shape: SchemaShape): string {
  const at = resolve(shape);
  if (at.title?.startsWith("Kubernetes ")) return `${at.title} objects`;
  if (at.title !== undefined) return `${at.title}s`;
  const type = [at.type ?? "object"].flat()[0]!;
  return PRIMITIVES[type]?.[1] ?? type;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

/** `a, b or c` */
export function listWords(words: string[], last: "and" | "or"): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${last} ${words[words.length - 1]}`;
}

/** A value quoted for a message; long ones are cut so a diagnostic stays one line. */
export function quote(value: unknown): string {
  const text = typeof value === "string" ? value : String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
