// Turns ajv's error objects into diagnostics in plain words, with stable codes and manifest paths.
import { FORMAT_PATTERNS } from "../k8s/generated/fields.js";
import type { KubeVersion } from "../k8s/versions.js";
import { atKey, error, type Diagnostic, type Path } from "../diagnostic.js";
import { definitionAt, fieldAvailability, fieldsIn, isPlainObject } from "./manifest-fields.js";
import { closest } from "../suggest.js";

/** The part of an ajv error object the translation needs. */
export interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export interface ErrorContext {
  kind: string;
  manifest: Record<string, unknown>;
  kubeVersion: KubeVersion;
}

export function translateAjvError(e: AjvError, ctx: ErrorContext): Diagnostic {
  const path = manifestPath(e.instancePath, ctx.manifest);
  const value = valueAt(ctx.manifest, path);
  switch (e.keyword) {
    case "additionalProperties":
      return unknownField(String(e.params.additionalProperty), path, ctx);
    case "required":
      return error(
        "schema/required",
        [...path, String(e.params.missingProperty)],
        `required field "${String(e.params.missingProperty)}" is missing`,
      );
    case "not":
    case "minItems": {
      // The generator emits these only for fields the API server requires non-empty (k8s-corrections.ts).
      const field = path[path.length - 1];
      return error(
        "schema/required",
        path,
        `${typeof field === "string" ? `"${field}"` : "this value"} must not be empty: the API server treats ${e.keyword === "minItems" ? "an empty list" : "an empty string"} as missing (Required value)`,
      );
    }
    case "type":
      return error("schema/type", path, `must be ${typeWords(String(e.params.type))}, not ${describe(value)}`);
    case "enum":
      return enumError(path, value, (e.params.allowedValues as unknown[]) ?? [], ctx);
    case "pattern":
      return formatError(path, String(e.params.pattern));
    case "minimum":
    case "maximum":
      // The generator bounds int32 fields at ±2^31 and int64 fields at ±2^63, nothing else.
      return Math.abs(Number(e.params.limit)) > 2 ** 32
        ? error("schema/range", path, "must be a 64-bit integer (at most 9223372036854775807 in size)")
        : error("schema/range", path, "must be a 32-bit integer (from -2147483648 to 2147483647)");
    default:
      return error("schema/invalid", path, `does not match the Kubernetes schema (${e.keyword})`);
  }
}

function unknownField(field: string, objectPath: Path, ctx: ErrorContext): Diagnostic {
  const path = [...objectPath, field];
  const def = definitionAt(ctx.kind, objectPath);
  const v = ctx.kubeVersion;
  const availability = def === undefined ? undefined : fieldAvailability(def, field, v);
  if (availability && "added" in availability) {
    return atKey(
      error(
        "version/field-too-new",
        path,
        `${field} is not available in Kubernetes ${v}; it was added in ${availability.added}`,
        `raise --kube-version to ${availability.added} or later if the cluster runs it, or remove ${field}`,
      ),
    );
  }
  if (availability) {
    return atKey(
      error(
        "version/field-removed",
        path,
        `${field} is not available in Kubernetes ${v}; it was removed after ${availability.removedAfter}`,
        `remove ${field} (or target --kube-version ${availability.removedAfter} if the cluster runs it)`,
      ),
    );
  }
  const suggestion = def === undefined ? undefined : closest(field, fieldsIn(def, v));
  return atKey(error("schema/unknown-field", path, `unknown field "${field}"`, suggestion ? `did you mean "${suggestion}"?` : undefined));
}

function enumError(path: Path, value: unknown, allowed: unknown[], ctx: ErrorContext): Diagnostic {
  const values = allowed.filter((a): a is string => typeof a === "string" && a !== "");
  if (path.length === 1 && path[0] === "apiVersion") {
    // apiVersion is never a secret, so the message can show it.
    const got = typeof value === "string" ? JSON.stringify(value) : describe(value);
    return error(
      "schema/api-version",
      path,
      `apiVersion of a ${ctx.kind} must be ${values.join(" or ")}, not ${got}`,
      `use apiVersion: ${values[0] ?? ""}`,
    );
  }
  const suggestion = typeof value === "string" ? closest(value, values) : undefined;
  return error("schema/enum", path, `must be one of ${values.join(", ")}`, suggestion ? `did you mean "${suggestion}"?` : undefined);
}

function formatError(path: Path, pattern: string): Diagnostic {
  if (pattern === FORMAT_PATTERNS.byte) {
    return error("schema/format", path, "must be base64-encoded", "Secret data values are base64; put plain text under stringData instead");
  }
  if (pattern === FORMAT_PATTERNS["date-time"]) {
    return error("schema/format", path, "must be an RFC 3339 date-time such as 2024-05-01T12:00:00Z");
  }
  return error("schema/format", path, `must match ${pattern}`);
}

const TYPE_WORDS: Record<string, string> = {
  array: "a list",
  boolean: "true or false",
  integer: "an integer",
  number: "a number",
  object: "an object (a mapping)",
  string: "a string",
};

/** ajv's "integer,string" → "an integer or a string"; null is left out (only timestamps accept it). */
function typeWords(types: string): string {
  return types
    .split(",")
    .filter((t) => t !== "null")
    .map((t) => TYPE_WORDS[t] ?? t)
    .join(" or ");
}

/** A short description of a value for messages; never the value itself (it may be a secret). */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a fractional number";
  if (typeof value === "boolean") return "a boolean";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  // A JS caller's `undefined` (JSON would leave the key out): "not undefined", never "not a undefined".
  if (value === undefined) return "undefined";
  return `a ${typeof value}`;
}

/** `/spec/template/spec/containers/0/image` → ['spec', 'template', 'spec', 'containers', 0, 'image']. */
export function manifestPath(instancePath: string, manifest: unknown): Path {
  if (instancePath === "") return [];
  const path: Path = [];
  let node: unknown = manifest;
  for (const raw of instancePath.slice(1).split("/")) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      const index = Number(part);
      path.push(index);
      node = node[index];
    } else {
      path.push(part);
      node = isPlainObject(node) && Object.hasOwn(node, part) ? node[part] : undefined;
    }
  }
  return path;
}

function valueAt(manifest: unknown, path: Path): unknown {
  let node: unknown = manifest;
  for (const part of path) {
    if (Array.isArray(node) && typeof part === "number") node = node[part];
    else if (isPlainObject(node) && Object.hasOwn(node, String(part))) node = node[String(part)];
    else return undefined;
  }
  return node;
}
