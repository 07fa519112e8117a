import type { Diagnostic, Path } from "../diagnostic.js";
import { checkTemplateShape } from "../validate/template.js";

export interface PrunedTemplate {
  /** A copy of the template without the fields that have shape errors: well-formed, so it compiles. */
  template: Record<string, unknown>;
  /** The template paths taken out (or stood in for): their problems are already reported. */
  pruned: Path[];
}

/** Shape errors cascade (a field taken out may leave its parent incomplete); a few rounds settle any template. */
const MAX_ROUNDS = 8;

/**
 * One shape error must not hide the problems of the well-formed fields: the template is checked
 * without the fields in error. A field that cannot be left out (a required one) gets a neutral
 * stand-in. Returns undefined when nothing useful is left to check (the template is not a map).
 */
export function pruneTemplate(value: unknown, shapeErrors: readonly Diagnostic[]): PrunedTemplate | undefined {
  if (!isMap(value)) return undefined;
  let template: Record<string, unknown>;
  try {
    template = copy(value) as Record<string, unknown>;
  } catch (e) {
    if (e === TOO_DEEP) return undefined;
    throw e;
  }
  // A wrong kind is reported; the rest is checked as the kind its fields point to.
  if (template.kind !== "Job" && template.kind !== "ScheduledJob") template.kind = "schedule" in template ? "ScheduledJob" : "Job";
  const pruned: Path[] = [];
  let errors = shapeErrors.filter((d) => d.severity === "error" && d.path[0] !== "kind");
  for (let round = 0; errors.length > 0; round++) {
    if (round === MAX_ROUNDS) return undefined;
    for (const e of errors) {
      const path = removable(template, e.path);
      if (path === undefined) return undefined;
      const standIn = standInFor(path);
      if (standIn === undefined) remove(template, path);
      else set(template, path, standIn);
      if (!pruned.some((p) => isWithin(path, p))) pruned.push(path);
    }
    errors = checkTemplateShape(template).filter((d) => d.severity === "error");
  }
  return { template, pruned };
}

/** Whether `path` is `prefix` or below it. */
export function isWithin(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => part === path[i]);
}

/**
 * The path to take out for an error at `path`: the field itself when it exists in a map; its
 * parent when it is missing (a required field: the parent is incomplete) unless it has a
 * stand-in; the whole list when it is inside one (taking out an item would renumber the rest).
 */
function removable(template: Record<string, unknown>, path: Path): Path | undefined {
  let at = [...path];
  if (!exists(template, at) && standInFor(at) === undefined) at = at.slice(0, -1);
  while (at.length > 0 && !isMap(valueAt(template, at.slice(0, -1)))) at = at.slice(0, -1);
  while (at.length > 0 && !exists(template, at) && standInFor(at) === undefined) at = at.slice(0, -1);
  return at.length === 0 ? undefined : at;
}

/**
 * Stand-ins for the fields no manifest can be built without. Their values are never reported
 * (everything at a pruned path is already reported), so any well-formed value does.
 */
function standInFor(path: Path): unknown {
  if (path.length === 1 && path[0] === "name") return "pruned";
  if (path.length === 1 && path[0] === "schedule") return "0 0 1 1 *";
  if (path.length === 1 && path[0] === "containers") return { pruned: { image: "pruned" } };
  if (path.length === 3 && (path[0] === "containers" || path[0] === "initContainers") && path[2] === "image") return "pruned";
  return undefined;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const part of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

function exists(root: unknown, path: Path): boolean {
  const parent = valueAt(root, path.slice(0, -1));
  return typeof parent === "object" && parent !== null && Object.hasOwn(parent, path[path.length - 1]!);
}

function remove(root: Record<string, unknown>, path: Path): void {
  const parent = valueAt(root, path.slice(0, -1));
  if (isMap(parent)) delete parent[path[path.length - 1] as string];
  // The last container taken out leaves an empty map, refused by the next round, which stands in for it.
}

function set(root: Record<string, unknown>, path: Path, value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1));
  if (isMap(parent)) parent[path[path.length - 1] as string] = value;
}

/** Deeper than any template the loader lets through (64 levels); a library caller's cycle stops here. */
const MAX_DEPTH = 100;

/** A structural copy, so pruning never touches the caller's object; undefined for data too deep (or cyclic) to be a template. */
function copy(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw TOO_DEEP;
  if (Array.isArray(value)) return value.map((item) => copy(item, depth + 1));
  if (isMap(value)) {
    const out: Record<string, unknown> = {};
    // defineProperty: an own `__proto__` key stays a key instead of setting the prototype.
    for (const key of Object.keys(value))
      Object.defineProperty(out, key, { value: copy(value[key], depth + 1), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

const TOO_DEEP = Symbol("too deep");
