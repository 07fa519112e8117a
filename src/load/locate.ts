import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter } from "yaml";
import type { Path } from "../diagnostic.js";
import type { SourceRange } from "./types.js";

type AnyNode = { range?: [number, number, number] | null } | null | undefined;

/**
 * `locate(path, target)` for one parsed YAML/JSON document. Nothing is computed up front: a
 * path is only walked when a diagnostic needs its position, so valid input pays nothing.
 * Ranges are 1-based; the end is exclusive (just past the node).
 */
export function createLocator(doc: Document, lines: LineCounter) {
  const rangeOf = (node: AnyNode, startOnly = false): SourceRange | undefined => {
    const range = node?.range;
    if (!range) return undefined;
    const start = lines.linePos(range[0]);
    if (startOnly) return { line: start.line, column: start.col };
    const end = lines.linePos(range[1]);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };

  // Follows `*alias` to its anchored node; a template path sees through aliases as toJS does.
  const deref = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);

  return function locate(path: Path, target: "key" | "value" = "value"): SourceRange | undefined {
    let node: unknown = doc.contents;
    // The key of the deepest pair matched so far: where a missing child is reported.
    let key: AnyNode = undefined;
    let value: AnyNode = doc.contents as AnyNode;
    for (const segment of path) {
      node = deref(node);
      if (isMap(node)) {
        // The last pair with the key: a repeated key's last value is the one kept (as kubectl does).
        const pair = node.items.findLast((p) => keyMatches(deref(p.key), segment));
        if (!pair) return rangeOf(key) ?? rangeOf(value, true);
        key = pair.key as AnyNode;
        value = pair.value as AnyNode;
        node = pair.value;
      } else if (isSeq(node)) {
        const index = typeof segment === "number" ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
        const item = node.items[index] as AnyNode;
        if (!item) return rangeOf(key) ?? rangeOf(value, true);
        // A list item has no key: its own range stands for both targets.
        key = undefined;
        value = item;
        node = item;
      } else {
        return rangeOf(key) ?? rangeOf(value, true);
      }
    }
    if (target === "key" && key) return rangeOf(key);
    // `name:` with nothing after it has no value node: point at the key.
    return rangeOf(value?.range ? value : undefined) ?? rangeOf(key) ?? rangeOf(doc.contents as AnyNode, true);
  };
}

function keyMatches(key: unknown, segment: string | number): boolean {
  // JS keys are strings: `80: http` is the number 80 in YAML and the key "80" in the value.
  return isScalar(key) && String(key.value) === String(segment);
}
