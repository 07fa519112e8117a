import { isAlias, isMap, isScalar, isSeq, type Document } from "yaml";
import type { Path } from "../diagnostic.js";
import { MAX_DEPTH, type PlainDataProblem } from "./plain-data.js";

export interface StructureProblem extends PlainDataProblem {
  /** The offending node's source range: start and end offsets. */
  range: [number, number];
}

/**
 * Duplicate keys and runaway nesting, found in one walk over the parsed nodes. The yaml package
 * can detect duplicates itself (`uniqueKeys`), but compares each key with every other one: a
 * mapping of 100,000 keys would take minutes. A Set per mapping takes milliseconds.
 * Aliases are not followed here: the anchored node is checked where it is defined. An alias used
 * as a key is compared by its anchor's value (`{ &k LEVEL: a, *k : b }` sets LEVEL twice).
 * A list or mapping as a key (`? [a, b] : c`) is refused: JS objects have string keys only, and
 * toJS would turn it into the string "[ a, b ]" (with a raw Node warning on stderr).
 */
export function checkStructure(doc: Document.Parsed): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const walk = (node: unknown, path: Path): boolean => {
    if (!isMap(node) && !isSeq(node)) return true;
    if (path.length >= MAX_DEPTH) {
      problems.push({
        code: "load/too-deep",
        path,
        target: "value",
        range: rangeOf(node),
        message: `the data is nested more than ${MAX_DEPTH} levels deep`,
        hint: "no template field nests this deep; check the indentation",
      });
      return false;
    }
    if (isSeq(node)) return node.items.every((item, i) => walk(item, [...path, i]));
    const seen = new Set<string>();
    for (const pair of node.items) {
      const keyNode = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
      if (isMap(keyNode) || isSeq(keyNode)) {
        problems.push({
          code: "yaml/complex-key",
          path,
          target: "value",
          range: rangeOf(pair.key),
          message: `a ${isSeq(keyNode) ? "list" : "mapping"} is used as a key in this mapping`,
          hint: 'keys are names (strings); for a key that contains [ or {, quote it: "[a, b]": c',
        });
        continue;
      }
      const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
      if (key === undefined) continue;
      if (seen.has(key)) {
        problems.push({
          code: "yaml/duplicate-key",
          path: [...path, key],
          target: "key",
          range: rangeOf(pair.key),
          message: `the key ${JSON.stringify(key)} appears twice in this mapping`,
          hint: "YAML keeps only one of the two values, so kubejobs refuses to guess: remove one of them",
        });
        continue;
      }
      seen.add(key);
      if (!walk(pair.value, [...path, key])) return false;
    }
    return true;
  };
  walk(doc.contents, []);
  return problems;
}

function rangeOf(node: unknown): [number, number] {
  const range = (node as { range?: [number, number, number] | null }).range;
  return range ? [range[0], range[1]] : [0, 0];
}
