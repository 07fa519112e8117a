// `null` in a manifest, as the API server decodes it: Go's JSON decoder turns null into the zero
// value of the field's type. For a field of an object that is the same as leaving the field out
// (a nil pointer, an empty list or map, "", 0: what an absent field decodes to as well), so it is
// dropped. A null list item or map value is kept as that zero value: `containers: [null]` is a
// container with no name and no image (refused for that), `args: [null]` is an empty argument,
// `labels: {a: null}` the label a="" (accepted). A null under a field this version does not know
// stays, so the schema reports the unknown field, as strict field validation does.
import { DEFINITIONS, ROOT_DEFINITIONS } from "../k8s/generated/fields.js";
import type { KubeVersion } from "../k8s/versions.js";
import { isPlainObject, versionsWithField } from "./manifest-fields.js";

/**
 * Lists of integers (every other list of scalars holds strings), from the bundled OpenAPI:
 * test/validate/manifest-nulls.test.ts checks the set against ../shared/k8s-openapi.
 */
export const INTEGER_LISTS: ReadonlySet<string> = new Set([
  "batch.v1.PodFailurePolicyOnExitCodesRequirement.values",
  "core.v1.ContainerRestartRuleOnExitCodes.values",
  "core.v1.PodSecurityContext.supplementalGroups",
]);

/** The zero value of a definition that is a plain value in JSON rather than an object. */
const VALUE_ZEROS: Record<string, unknown> = { "resource.Quantity": "0", "intstr.IntOrString": 0 };

/** Whether the value holds a null anywhere (most manifests do not: then nothing is copied). */
function hasNull(value: unknown): boolean {
  if (value === null) return true;
  if (Array.isArray(value)) return value.some(hasNull);
  if (isPlainObject(value)) {
    for (const key in value) if (hasNull(value[key])) return true;
  }
  return false;
}

/** `obj` with its nulls decoded as the API server decodes them; `obj` itself when it has none. */
export function decodeNulls(kind: string, obj: Record<string, unknown>, kubeVersion: KubeVersion): Record<string, unknown> {
  const root = Object.hasOwn(ROOT_DEFINITIONS, kind) ? ROOT_DEFINITIONS[kind] : undefined;
  if (root === undefined || !hasNull(obj)) return obj;
  return decodeObject(obj, root, kubeVersion);
}

function decodeObject(obj: Record<string, unknown>, def: string, v: KubeVersion): Record<string, unknown> {
  const shapes = Object.hasOwn(DEFINITIONS, def) ? DEFINITIONS[def] : undefined;
  if (shapes === undefined) return obj;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const shape = Object.hasOwn(shapes, key) ? shapes[key] : undefined;
    if (shape === undefined) {
      out[key] = value; // an unknown field: the schema's to report, null or not
      continue;
    }
    if (value === null) {
      const versions = versionsWithField(def, key);
      if (versions === "all" || versions?.includes(v)) continue; // unset
      out[key] = value;
      continue;
    }
    out[key] = decodeValue(value, shape, `${def}.${key}`, v);
  }
  return out;
}

/** A field's value by its shape: "" scalar, "Def" object, "[]Def"/"[]" list, "{}Def"/"{}" map. */
function decodeValue(value: unknown, shape: string, field: string, v: KubeVersion): unknown {
  if (shape.startsWith("[]")) {
    if (!Array.isArray(value)) return value;
    const item = shape.slice(2);
    return value.map((x) => (x === null ? zeroOf(item, INTEGER_LISTS.has(field)) : decodeValue(x, item, field, v)));
  }
  if (shape.startsWith("{}")) {
    if (!isPlainObject(value)) return value;
    const item = shape.slice(2);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = value[key] === null ? zeroOf(item, false) : decodeValue(value[key], item, field, v);
    return out;
  }
  if (shape === "" || !isPlainObject(value)) return value;
  return decodeObject(value, shape, v);
}

function zeroOf(def: string, integer: boolean): unknown {
  if (def === "") return integer ? 0 : "";
  if (Object.hasOwn(VALUE_ZEROS, def)) return VALUE_ZEROS[def];
  return {};
}
