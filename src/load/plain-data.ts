import type { Path } from "../diagnostic.js";
import type { LoadProblem } from "./diagnostics.js";

/** No Kubernetes object nests anywhere near this deep; deeper data would only overflow the stack later. */
export const MAX_DEPTH = 64;
/** Per template. Far above any real template, low enough that shared references cannot explode. */
export const MAX_VALUES = 1_000_000;

export interface PlainDataProblem extends LoadProblem {
  path: Path;
  /** Where to point: at the key (a forbidden key) or at the value. */
  target: "key" | "value";
}

export interface PlainDataResult {
  value: unknown;
  problems: PlainDataProblem[];
}

/**
 * Copies a loaded value into fresh plain data (objects with the ordinary prototype, arrays,
 * strings, numbers, booleans, null), so later stages never meet prototypes, getters, cycles or
 * shared references. `__proto__` keys are refused: an own `__proto__` property is harmless here,
 * but a later `out[key] = value` copy would turn it into a prototype change. `constructor` and
 * `prototype` are ordinary keys once copied as own data properties.
 */
export function toPlainData(input: unknown): PlainDataResult {
  const problems: PlainDataProblem[] = [];
  const ancestors = new Set<object>();
  let count = 0;
  let stopped = false;

  const problem = (p: PlainDataProblem): undefined => {
    problems.push(p);
    return undefined;
  };

  const copy = (value: unknown, path: Path): unknown => {
    if (stopped) return undefined;
    if (++count > MAX_VALUES) {
      stopped = true;
      return problem({
        code: "load/too-many-values",
        path: [],
        target: "value",
        message: `the template holds more than ${MAX_VALUES} values`,
        hint: "the data is probably built from shared references that multiply; build each value once",
      });
    }
    if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
    if (typeof value !== "object") return problem(notData(path, describe(value)));
    if (ancestors.has(value))
      return problem({
        code: "load/circular",
        path,
        target: "value",
        message: "this value contains itself",
        hint: "templates are trees of plain data; remove the reference back to an enclosing value",
      });
    if (path.length >= MAX_DEPTH) {
      stopped = true;
      return problem({
        code: "load/too-deep",
        path,
        target: "value",
        message: `the data is nested more than ${MAX_DEPTH} levels deep`,
        hint: "no template field nests this deep; check for runaway nesting",
      });
    }
    ancestors.add(value);
    try {
      // Inside the try: a Proxy's getPrototypeOf trap (or a revoked Proxy) throws here.
      const isArray = Array.isArray(value);
      const proto = Object.getPrototypeOf(value);
      if (!isArray && proto !== Object.prototype && proto !== null) return problem(notData(path, describe(value)));
      return isArray ? copyArray(value, path) : copyObject(value as Record<string, unknown>, path);
    } catch (e) {
      // A getter or a proxy trap of a TS template threw while we read it.
      return problem({ code: "load/ts-threw", path, target: "value", message: `reading this value threw: ${thrownMessage(e)}` });
    } finally {
      ancestors.delete(value);
    }
  };

  const copyArray = (items: unknown[], path: Path): unknown[] => {
    const out: unknown[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item === undefined) problem(notData([...path, i], "undefined"));
      else out.push(copy(item, [...path, i]));
    }
    return out;
  };

  const copyObject = (object: Record<string, unknown>, path: Path): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(object)) {
      if (key === "__proto__") {
        problem({
          code: "load/forbidden-key",
          path: [...path, key],
          target: "key",
          message: "the key `__proto__` is not allowed",
          hint: "no template field or Kubernetes name uses it; remove or rename the key",
        });
        continue;
      }
      const item = object[key];
      // An optional field set to `undefined` in TS means "not set", as in JSON.
      if (item !== undefined) out[key] = copy(item, [...path, key]);
    }
    return out;
  };

  return { value: copy(input, []), problems };
}

function notData(path: Path, what: string): PlainDataProblem {
  return {
    code: "load/not-data",
    path,
    target: "value",
    message: `this value is ${what}, not plain data`,
    hint: "templates hold strings, numbers, booleans, null, lists and objects",
  };
}

/** What a value is, in words: `a function`, `a Date`, `an instance of Foo`, `undefined`. */
export function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  switch (typeof value) {
    case "function":
      return "a function";
    case "symbol":
      return "a symbol";
    case "bigint":
      return "a bigint";
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "a boolean";
  }
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return "an object";
  const name = typeof proto?.constructor === "function" ? proto.constructor.name : "";
  if (value instanceof Promise) return "a Promise";
  return name ? `${/^[AEIOU]/.test(name) ? "an" : "a"} ${name}` : "an object with a custom prototype";
}

/** A thrown value as the user wrote it: `TypeError: x is not a function`. Never a stack. */
export function thrownMessage(e: unknown): string {
  // Reading `name`, `message` or `toString` runs template code (a getter, a proxy) that may throw too.
  try {
    if (e instanceof Error) {
      const name = String(e.name);
      const message = String(e.message);
      return name && name !== "Error" ? `${name}: ${message}` : message || name;
    }
    return String(e);
  } catch {
    return "a value that cannot be printed";
  }
}
