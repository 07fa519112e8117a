// Navigation of the generated field table (src/k8s/generated/fields.ts): which OpenAPI
// definition an object in a manifest is, which versions know a field, and which fields are
// alpha/beta behind a feature gate. The validators only say "unknown field"; this table says why.
import { DEFINITIONS, FIELD_STAGES, FIELD_VERSIONS, ROOT_DEFINITIONS, type FieldStage } from "../k8s/generated/fields.js";
import { compareKubeVersions, type KubeVersion } from "../k8s/versions.js";
import type { Path } from "./diagnostic.js";

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
export function fieldsIn(def: string, version: KubeVersion): string[] {
  return Object.keys(own(DEFINITIONS, def) ?? {}).filter((field) => {
    const versions = versionsWithField(def, field);
    return versions === "all" || (versions?.includes(version) ?? false);
  });
}

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

export interface GatedField {
  path: Path;
  field: string;
  stage: FieldStage;
}

/** Every alpha/beta/gated field that `obj` sets, for `version`. */
export function gatedFields(kind: string, obj: Record<string, unknown>, version: KubeVersion): GatedField[] {
  const root = own(ROOT_DEFINITIONS, kind);
  const found: GatedField[] = [];
  if (root === undefined) return found;
  const reaching = definitionsReachingGates(version);
  const visit = (value: unknown, def: string, path: Path): void => {
    if (!isPlainObject(value) || !reaching.has(def)) return;
    const props = own(DEFINITIONS, def) ?? {};
    for (const key of Object.keys(value)) {
      // status is written by controllers, not by the user: its stage texts are no advice to them.
      if (path.length === 0 && key === "status") continue;
      const shape = own(props, key);
      if (shape === undefined) continue; // unknown fields are the validator's business
      const stage = own(own(FIELD_STAGES, `${def}.${key}`), version);
      if (stage) found.push({ path: [...path, key], field: key, stage });
      const child = value[key];
      const childDef = shape.replace(/^\[\]|^\{\}/, "");
      if (childDef === "" || !reaching.has(childDef)) continue;
      if (shape.startsWith("[]")) {
        if (Array.isArray(child)) child.forEach((item, i) => visit(item, childDef, [...path, key, i]));
      } else if (shape.startsWith("{}")) {
        if (isPlainObject(child)) for (const k of Object.keys(child)) visit(child[k], childDef, [...path, key, k]);
      } else visit(child, childDef, [...path, key]);
    }
  };
  visit(obj, root, []);
  return found;
}

const reachingCache = new Map<string, Set<string>>();

/** The definitions from which some field gated in `version` can be reached: the walk skips the rest. */
function definitionsReachingGates(version: string): Set<string> {
  const cached = reachingCache.get(version);
  if (cached) return cached;
  const reaching = new Set<string>();
  for (const key of Object.keys(FIELD_STAGES)) {
    if (FIELD_STAGES[key]?.[version]) reaching.add(key.slice(0, key.lastIndexOf(".")));
  }
  // Parents of reaching definitions reach too; repeat until nothing changes (the graph is small).
  for (let changed = true; changed; ) {
    changed = false;
    for (const [def, props] of Object.entries(DEFINITIONS)) {
      if (reaching.has(def)) continue;
      if (Object.values(props).some((shape) => reaching.has(shape.replace(/^\[\]|^\{\}/, "")))) {
        reaching.add(def);
        changed = true;
      }
    }
  }
  reachingCache.set(version, reaching);
  return reaching;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `table[key]` for the table's own keys only: manifests may carry keys such as "constructor". */
function own<T>(table: Record<string, T> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
