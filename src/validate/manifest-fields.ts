// Navigation of the generated field table (src/k8s/generated/fields.ts): which OpenAPI
// definition an object in a manifest is, and which versions know a field. The validators only say
// "unknown field"; this table says why.
import { DEFINITIONS, FIELD_VERSIONS, ROOT_DEFINITIONS } from "../k8s/generated/fields.js";
import { compareKubeVersions, type KubeVersion } from "../k8s/versions.js";
import type { Path } from "../diagnostic.js";

/** The definition of the object at `path` inside a manifest of `kind`, if the path leads to one. */
export function definitionAt(kind: string, path: Path): string | undefined {
  let def = own(ROOT_DEFINITIONS, kind);
  for (let i = 0; def !== undefined && i < path.length; i++) {
    const shape = own(own(DEFINITIONS, def), String(path[i]));
    if (shape === undefined) return undefined;
    if (shape.startsWith("[]") || shape.startsWith("{}")) {
      i++; // the list index or map key
      if (i >= path.length) return undefined; // the list or map itself is not an object definition
      def = shape.slice(2) || undefined;
    } else def = shape || undefined;
  }
  return def;
}

/** The versions that have `def.field`: all bundled ones unless the table lists a subset. */
export function versionsWithField(def: string, field: string): readonly string[] | "all" | undefined {
  if (own(own(DEFINITIONS, def), field) === undefined) return undefined;
  return own(FIELD_VERSIONS, `${def}.${field}`) ?? "all";
}

/** The fields of `def` that `version` knows, for did-you-mean suggestions. */
export function fieldsIn(def: string, version: KubeVersion): readonly string[] {
  const cacheKey = `${version} ${def}`;
  let fields = fieldsCache.get(cacheKey);
  if (fields === undefined) {
    fields = Object.keys(own(DEFINITIONS, def) ?? {}).filter((field) => {
      const versions = versionsWithField(def, field);
      return versions === "all" || (versions?.includes(version) ?? false);
    });
    fieldsCache.set(cacheKey, fields);
  }
  return fields;
}

const fieldsCache = new Map<string, string[]>();

export type FieldAvailability = { added: string } | { removedAfter: string };

/** Why `version` does not know `def.field`: added later, or removed. Undefined if no version has it. */
export function fieldAvailability(def: string, field: string, version: KubeVersion): FieldAvailability | undefined {
  const versions = versionsWithField(def, field);
  if (versions === undefined || versions === "all") return undefined;
  const later = versions.find((v) => compareKubeVersions(v, version) > 0);
  if (later) return { added: later };
  const earlier = versions.filter((v) => compareKubeVersions(v, version) < 0).pop();
  return earlier ? { removedAfter: earlier } : undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `table[key]` for the table's own keys only: manifests may carry keys such as "constructor". */
function own<T>(table: Record<string, T> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
