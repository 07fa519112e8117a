/**
 * A small YAML emitter for manifest data: plain objects, arrays, strings, finite numbers,
 * booleans and null. It exists because the `yaml` package's `stringify` costs ~170 µs per CronJob
 * (PRODUCT §5) and is a parser we would otherwise load just to write; this one does not import it.
 *
 * Output style (what `kubectl apply -f -` reads and a reviewer reads):
 * - 2-space indentation; block mappings; block sequences indented under their key
 *   (`containers:\n  - name: x\n    image: y`), as the `yaml` package writes them by default;
 *   a mapping or sequence inside a sequence starts on the `- ` line.
 * - `{}` and `[]` for empty objects and arrays (an object whose properties are all `undefined`
 *   is empty).
 * - Keys in the object's own order (`Object.keys`: note JS puts integer-like keys such as "8080"
 *   first, whatever the insertion order). Properties whose value is `undefined` are left out.
 * - Strings plain when safe for YAML 1.2 and 1.1 parsers alike, multi-line text as block literals
 *   when that round-trips exactly, otherwise double-quoted (see `yaml-string.ts`).
 * - Numbers in JS's shortest form (`-0` as `0`); booleans `true`/`false`; `null` as `null`.
 *
 * A value that cannot be manifest data is a bug in the caller, so it throws `YamlEmitError`:
 * NaN and infinities, `undefined` in an array or as the document, functions, symbols, bigints,
 * class instances (Date, Map, ...), circular references, and nesting deeper than `MAX_DEPTH`.
 * Recursion is bounded by that depth instead of being made iterative: manifests are a dozen
 * levels deep, and the bound also turns a cycle into an error without tracking visited objects
 * on the hot path.
 */
import { formatPath, type Path } from "../diagnostic.js";
import { keyHead, keyText, numberText, stringText, valueLine } from "./yaml-string.js";

/** How many objects and arrays deep a value may nest (the document is level 1); far beyond any manifest. */
export const MAX_DEPTH = 1000;

/** A value that is not manifest data reached the emitter: a bug in the code that built it. */
export class YamlEmitError extends Error {
  /** Where in the value; for "nested too deep", only the first levels. */
  readonly path: Path;
  constructor(message: string, path: Path) {
    super(`cannot write YAML at ${formatPath(path) || "(document)"}: ${message}`);
    this.name = "YamlEmitError";
    this.path = path;
  }
}

/** One YAML document, without a `---` line, ending with a newline. */
export function toYaml(value: unknown): string {
  return new Emitter().document(value);
}

/**
 * A stream of documents for `kubectl apply -f -`: each document after the first is preceded by
 * a `---` line (`a: 1\n---\nb: 2\n`). No documents give the empty string.
 */
export function toYamlStream(documents: readonly unknown[]): string {
  let out = "";
  for (let i = 0; i < documents.length; i++) {
    if (i > 0) out += "---\n";
    out += toYaml(documents[i]);
  }
  return out;
}

const INDENT_STEP = "  ";
/** `INDENTS[d]`: where the entries of a collection nested `d` levels deep start; grown on demand. */
const INDENTS: string[] = [""];

function indentAt(depth: number): string {
  while (INDENTS.length <= depth) INDENTS.push(INDENTS[INDENTS.length - 1] + INDENT_STEP);
  return INDENTS[depth]!;
}

/** `LINES[d]`: a line break, then the indentation of depth `d`. */
const LINES: string[] = ["\n"];

function lineAt(depth: number): string {
  while (LINES.length <= depth) LINES.push(`\n${indentAt(LINES.length)}`);
  return LINES[depth]!;
}

/** Whether `for...in` would also meet properties some code added to Object.prototype (then each key is checked to be own). */
function prototypeHasEnumerables(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

class Emitter {
  private out = "";
  private readonly inherited = prototypeHasEnumerables();
  /** The containers and keys on the path to the value being written, by depth; for errors only. */
  private readonly ancestors: object[] = [];
  private readonly path: Path = [];

  document(value: unknown): string {
    if (typeof value === "object" && value !== null) {
      this.enter(value, 0, "");
      if (!this.writeCollection(value, "", 0)) this.out += Array.isArray(value) ? "[]\n" : "{}\n";
    } else {
      // A top-level block literal still needs its lines indented; two spaces, as everywhere.
      this.out += `${this.scalar(value, INDENT_STEP, 0, true)}\n`;
    }
    return this.out;
  }

  /**
   * Writes a mapping or sequence, already `enter`ed at `depth`, as block lines at that depth's
   * indentation, except that the first entry follows `first`: the same indentation, a line break
   * and it (after a key: `key:` then the entries below), or " " right after a `-` (`- name: x`,
   * `- - a`). Writes nothing and returns false when it is empty, so that the caller writes `{}` or
   * `[]` on its line instead: no second pass over the keys to find out first.
   */
  private writeCollection(value: object, first: string, depth: number): boolean {
    const indent = indentAt(depth);
    if (Array.isArray(value)) {
      const length = value.length;
      for (let i = 0; i < length; i++) {
        this.out += i === 0 ? `${first}-` : `${indent}-`;
        this.writeItem(value[i], depth + 1, i);
      }
      return length > 0;
    }
    const object = value as Record<string, unknown>; // a plain object: checked by `enter`
    let prefix = first;
    let wrote = false;
    // `for...in` rather than Object.keys: the same keys in the same order for a plain object, and
    // V8 reads `object[key]` through the object's enum cache instead of a lookup by name.
    for (const key in object) {
      const item = object[key];
      if (item === undefined || (this.inherited && !Object.hasOwn(object, key))) continue;
      // An implicit key may not exceed 1024 characters; write `? key` and `:` on the next line.
      const head = keyHead(key) ?? `? ${keyText(key)}\n${indent}:`;
      wrote = true;
      // A string entry, the commonest, is one append: each `+=` on the output is a rope node.
      if (typeof item === "string") {
        this.out += prefix + head + valueLine(item, indentAt(depth + 1));
        prefix = indent;
        continue;
      }
      this.out += prefix + head;
      prefix = indent;
      this.writeValue(item, depth + 1, key);
    }
    return wrote;
  }

  /** A mapping value, after `key:`; a nested collection goes on the following lines. */
  private writeValue(value: unknown, depth: number, key: string): void {
    if (typeof value !== "object" || value === null) {
      this.out += this.scalarLine(value, depth, key);
      return;
    }
    this.enter(value, depth, key);
    // An empty collection stays on the key's line.
    if (!this.writeCollection(value, lineAt(depth), depth)) this.out += Array.isArray(value) ? " []\n" : " {}\n";
  }

  /** A sequence item, after `-`; a nested collection starts on the same line. */
  private writeItem(value: unknown, depth: number, index: number): void {
    if (typeof value !== "object" || value === null) {
      this.out += this.scalarLine(value, depth, index);
      return;
    }
    this.enter(value, depth, index);
    if (!this.writeCollection(value, " ", depth)) this.out += Array.isArray(value) ? " []\n" : " {}\n";
  }

  /** A scalar after `key:` or `-`: a space, its text, the line break. */
  private scalarLine(value: unknown, depth: number, key: string | number): string {
    if (typeof value === "string") return valueLine(value, indentAt(depth));
    return ` ${this.scalar(value, "", depth, false, key)}\n`;
  }

  private scalar(value: unknown, contentIndent: string, depth: number, topLevel: boolean, key?: string | number): string {
    switch (typeof value) {
      case "string":
        return stringText(value, contentIndent, topLevel);
      case "number": {
        const text = numberText(value);
        if (text !== undefined) return text;
        break;
      }
      case "boolean":
        return value ? "true" : "false";
      case "object": // only null reaches here
        return "null";
    }
    this.path.length = depth;
    if (key !== undefined) this.path[depth - 1] = key;
    throw new YamlEmitError(`${describe(value)} is not manifest data`, this.path.slice(0, depth));
  }

  /**
   * Records a container on the path and checks it is an array or a plain object (a Date or a Map
   * written as `{}` would lose data silently). Past `MAX_DEPTH`, explains why the data is so deep.
   */
  private enter(value: object, depth: number, key: string | number): void {
    if (depth > 0) this.path[depth - 1] = key;
    if (!Array.isArray(value)) {
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        throw new YamlEmitError(`${describe(value)} is not manifest data`, this.path.slice(0, depth));
      }
    }
    this.ancestors[depth] = value;
    if (depth < MAX_DEPTH) return;
    // Too deep: a cycle, if some container on the path is its own ancestor; else just deep data.
    const path = this.path.slice(0, depth);
    for (let later = 1; later <= depth; later++) {
      const earlier = this.ancestors.indexOf(this.ancestors[later]!);
      if (earlier < later) {
        const target = formatPath(path.slice(0, earlier)) || "the document";
        throw new YamlEmitError(`circular reference back to ${target}`, path.slice(0, later));
      }
    }
    throw new YamlEmitError(`more than ${MAX_DEPTH} levels of nesting below`, path.slice(0, 10));
  }
}

function describe(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "object" && value !== null) return `an instance of ${value.constructor?.name ?? "an unknown class"}`;
  return `a value of type ${typeof value}`;
}
