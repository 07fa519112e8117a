// Navigation of the generated field table (src/k8s/generated/fields.ts): which OpenAPI
// definition an object in a manifest is, which versions know a field, and which fields are
// alpha/beta behind a feature gate. The validators only say "unknown field"; this table says why.
import { DEFINITIONS, FIELD_STAGES, FIELD_VERSIONS, ROOT_DEFINITIONS, type FieldStage } from "../k8s/generated/fields.js";
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

export interface GatedField {
  path: Path;
  field: string;
  stage: FieldStage;
}

/** Per definition, only the properties worth visiting: gated ones and those leading to one. */
type WalkPlan = Map<string, { key: string; stage?: FieldStage; child?: string; shape: "object" | "list" | "map" }[]>;

/** Every alpha/beta/gated field that `obj` sets, for `version`. */
export function gatedFields(kind: string, obj: Record<string, unknown>, version: KubeVersion): GatedField[] {
  const root = own(ROOT_DEFINITIONS, kind);
  const found: GatedField[] = [];
  if (root === undefined) return found;
  const plan = walkPlan(version);
  const path: Path = []; // one stack for the walk; copied only when a gated field is found
  const visit = (value: unknown, def: string): void => {
    const steps = plan.get(def);
    if (steps === undefined || !isPlainObject(value)) return;
    for (const { key, stage, child, shape } of steps) {
      if (!Object.hasOwn(value, key)) continue;
      // status is written by controllers, not by the user: its stage texts are no advice to them.
      if (path.length === 0 && key === "status") continue;
      const next = value[key];
      path.push(key);
      if (stage) found.push({ path: [...path], field: key, stage });
      if (child !== undefined) {
        if (shape === "list") {
          if (Array.isArray(next)) next.forEach((item, i) => (path.push(i), visit(item, child), path.pop()));
        } else if (shape === "map") {
          if (isPlainObject(next)) for (const k of Object.keys(next)) (path.push(k), visit(next[k], child), path.pop());
        } else visit(next, child);
      }
      path.pop();
    }
  };
  visit(obj, root);
  return found;
}

const plans = new Map<string, WalkPlan>();
let parentsOf: Map<string, string[]> | undefined;

/** The walk for one version: from each definition, the properties that are or lead to gated fields. */
function walkPlan(version: string): WalkPlan {
  const cached = plans.get(version);
  if (cached) return cached;
  // The definitions holding a gated field, then every definition that leads to one: one pass
  // over the graph's reversed edges (a fixed point over all definitions costs milliseconds cold).
  parentsOf ??= definitionParents();
  const reaching = new Set<string>();
  const queue: string[] = [];
  for (const key of Object.keys(FIELD_STAGES)) {
    if (own(FIELD_STAGES[key], version)) queue.push(key.slice(0, key.lastIndexOf(".")));
  }
  while (queue.length > 0) {
    const def = queue.pop() as string;
    if (reaching.has(def)) continue;
    reaching.add(def);
    for (const parent of parentsOf.get(def) ?? []) if (!reaching.has(parent)) queue.push(parent);
  }
  const plan: WalkPlan = new Map();
  for (const def of reaching) {
    const steps = [];
    for (const [key, shape] of Object.entries(own(DEFINITIONS, def) ?? {})) {
      const stage = own(own(FIELD_STAGES, `${def}.${key}`), version);
      const child = childOf(shape);
      const leads = child !== "" && reaching.has(child);
      if (!stage && !leads) continue;
      steps.push({
        key,
        ...(stage ? { stage } : {}),
        ...(leads ? { child } : {}),
        shape: shape.startsWith("[]") ? ("list" as const) : shape.startsWith("{}") ? ("map" as const) : ("object" as const),
      });
    }
    plan.set(def, steps);
  }
  plans.set(version, plan);
  return plan;
}

/** For each definition, the definitions with a property of it (as object, list item or map value). */
function definitionParents(): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  for (const def of Object.keys(DEFINITIONS)) {
    const props = DEFINITIONS[def] as Record<string, string>;
    for (const key in props) {
      const child = childOf(props[key] as string);
      if (child === "") continue;
      const list = parents.get(child);
      if (list === undefined) parents.set(child, [def]);
      else if (list[list.length - 1] !== def) list.push(def);
    }
  }
  return parents;
}

/** The definition a property's shape refers to ("" for a scalar or a list of scalars). */
function childOf(shape: string): string {
  return shape.startsWith("[]") || shape.startsWith("{}") ? shape.slice(2) : shape;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `table[key]` for the table's own keys only: manifests may carry keys such as "constructor". */
function own<T>(table: Record<string, T> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
