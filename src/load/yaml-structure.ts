import { isAlias, isMap, isScalar, isSeq, type Alias, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import type { Path } from "../diagnostic.js";
import { MAX_DEPTH, MAX_VALUES, type PlainDataProblem } from "./plain-data.js";
import { goKeyString, INT_FORMAT, resolvePlain } from "./yaml-scalars.js";

export interface StructureProblem extends PlainDataProblem {
  /** The offending node's source range: start and end offsets. */
  range: [number, number];
}

export interface YamlStructure {
  /** The document as plain data (fresh objects and arrays), as kubectl would send it as JSON. */
  value: unknown;
  /** Errors: the document cannot be read (kubectl refuses it too, or it is not data). */
  problems: StructureProblem[];
  /** Keys written twice in one mapping: kubectl keeps the last; an error in templates. */
  duplicates: StructureProblem[];
}

/**
 * Nodes that aliases may expand to in one document: far beyond any `&defaults`, and a
 * "billion laughs" document stops after a few milliseconds.
 */
export const MAX_ALIAS_NODES = 100_000;

type AnyNode = Node | Pair | null | undefined;

/**
 * A parsed document as kubectl reads it (sigs.k8s.io/yaml over go-yaml v2), in one walk over the
 * nodes: scalars as yaml-scalars.ts resolves them; keys written as JSON keys (`y:` is "true", a
 * float key by Go's formatting); `<<` merges applied in order, later keys winning (go-yaml: a merge
 * overwrites the keys before it, the keys after it overwrite the merge, and earlier maps in a
 * `<<: [*a, *b]` list win); aliases expanded into independent copies.
 *
 * Refused, as kubectl refuses them: `.inf` and `.nan` (JSON has no such numbers), a null key, a
 * list or mapping as a key, a `<<` of something other than mappings, an undefined or recursive
 * alias. Refused to keep later stages safe: `__proto__` keys, nesting past MAX_DEPTH, more than
 * MAX_VALUES values, aliases expanding to more than MAX_ALIAS_NODES nodes.
 * Duplicate keys are found with a Set per mapping (the yaml package's `uniqueKeys` is quadratic).
 */
export function yamlStructure(doc: Document.Parsed): YamlStructure {
  const problems: StructureProblem[] = [];
  const duplicates: StructureProblem[] = [];
  const anchors = new Map<string, Node>();
  const resolved = new Map<Alias, Node | undefined>();
  const open = new Set<Node>();
  let firstAlias: [number, number] | undefined;
  let values = 0;
  let expanded = 0;
  let stopped = false;

  const stop = (p: StructureProblem): undefined => {
    problems.push(p);
    stopped = true;
    return undefined;
  };

  /** The node an alias names (anchors are recorded in document order as the walk meets them). */
  const target = (alias: Alias, path: Path, expanding: boolean): Node | undefined => {
    firstAlias ??= rangeOf(alias);
    // An alias means the anchor defined last before it, even when an expansion meets it later.
    let node = resolved.get(alias);
    if (node === undefined && !resolved.has(alias)) {
      node = anchors.get(alias.source);
      resolved.set(alias, node);
    }
    if (node === undefined) {
      if (!expanding)
        problems.push({
          code: "yaml/unknown-anchor",
          path,
          target: "value",
          range: rangeOf(alias),
          message: `the alias *${alias.source} refers to an anchor that is not defined before it`,
          hint: "define `&name` on a value above the `*name` that uses it",
        });
      return undefined;
    }
    if (open.has(node)) {
      problems.push({
        code: "load/circular",
        path,
        target: "value",
        range: rangeOf(alias),
        message: `the alias *${alias.source} is inside the value it refers to`,
        hint: "an anchored value cannot contain itself; remove the alias or move it out",
      });
      return undefined;
    }
    return node;
  };

  const convert = (node: AnyNode, path: Path, expanding: boolean): unknown => {
    if (stopped || node === null || node === undefined) return null;
    if (isAlias(node)) {
      const anchored = target(node, path, expanding);
      return anchored === undefined ? null : convert(anchored, path, true);
    }
    if (!expanding && (node as Node).anchor) anchors.set((node as Node).anchor as string, node as Node);
    if (expanding && ++expanded > MAX_ALIAS_NODES) return stop(aliasLimit(firstAlias ?? rangeOf(node)));
    if (++values > MAX_VALUES)
      return stop({
        code: "load/too-many-values",
        path: [],
        target: "value",
        range: rangeOf(node),
        message: `the document holds more than ${MAX_VALUES} values`,
        hint: "split the data into several documents or files",
      });
    if (isScalar(node)) {
      const value = node.value;
      if (typeof value === "number" && !Number.isFinite(value)) {
        if (!expanding)
          problems.push({
            code: "yaml/not-json",
            path,
            target: "value",
            range: rangeOf(node),
            message: `${node.source} is ${Number.isNaN(value) ? "not a number" : "infinite"}, which JSON cannot carry: kubectl refuses the file`,
            hint: 'write a finite number, or quote the value to make it a string: ".inf"',
          });
        return null;
      }
      return value;
    }
    if (!isMap(node) && !isSeq(node)) return null;
    if (path.length >= MAX_DEPTH)
      return stop({
        code: "load/too-deep",
        path,
        target: "value",
        range: rangeOf(node),
        message: `the data is nested more than ${MAX_DEPTH} levels deep`,
        hint: "no Kubernetes object or template field nests this deep; check the indentation",
      });
    open.add(node);
    try {
      if (isSeq(node)) return node.items.map((item, i) => convert(item as AnyNode, [...path, i], expanding));
      const out: Record<string, unknown> = {};
      fill(node, out, path, expanding);
      return out;
    } finally {
      open.delete(node);
    }
  };

  /** Sets the pairs of `map` on `out`, in order: later keys overwrite earlier ones, as in go-yaml. */
  const fill = (map: YAMLMap, out: Record<string, unknown>, path: Path, expanding: boolean): void => {
    const seen = new Set<string>();
    for (const pair of map.items) {
      if (stopped) return;
      if (isMergeKey(pair.key)) {
        merge(pair.value as AnyNode, out, path, expanding);
        continue;
      }
      const key = keyOf(pair, path, expanding);
      if (key === undefined) continue;
      if (seen.has(key) && !expanding)
        duplicates.push({
          code: "yaml/duplicate-key",
          path: [...path, key],
          target: "key",
          range: rangeOf(pair.key as AnyNode),
          message: `the key ${JSON.stringify(key)} appears twice in this mapping`,
          hint: "YAML keeps only the last of the two values (kubectl sends that one); remove one of them",
        });
      seen.add(key);
      out[key] = convert(pair.value as AnyNode, [...path, key], expanding);
    }
  };

  /** `<<: *defaults` or `<<: [*a, *b]`: the mappings' pairs, the first mapping of a list winning. */
  const merge = (value: AnyNode, out: Record<string, unknown>, path: Path, expanding: boolean): void => {
    if (isSeq(value) && !expanding && value.anchor) anchors.set(value.anchor, value);
    const sources: [YAMLMap, boolean][] = [];
    for (const item of isSeq(value) ? (value.items as AnyNode[]) : [value]) {
      let node: AnyNode = item;
      let viaAlias = expanding;
      if (isAlias(item)) {
        node = target(item, path, expanding);
        viaAlias = true;
        if (node === undefined) continue;
      }
      if (!isMap(node)) {
        // go-yaml takes no alias of a list here either, only a list written in place.
        if (!expanding)
          problems.push({
            code: "yaml/bad-merge",
            path,
            target: "value",
            range: rangeOf(item),
            message: `a merge key (<<) takes a mapping or a list of mappings, not ${isSeq(node) ? "a list" : "a single value"} here`,
            hint: "write `<<: *anchor` with an anchored mapping, or `<<: [*a, *b]`",
          });
        continue;
      }
      if (!viaAlias && node.anchor) anchors.set(node.anchor, node);
      sources.push([node, viaAlias]);
    }
    // go-yaml applies a list from its last mapping to its first, so the first one wins.
    for (const [source, viaAlias] of sources.reverse()) {
      if (stopped) return;
      if (open.has(source)) {
        problems.push({
          code: "load/circular",
          path,
          target: "value",
          range: rangeOf(value),
          message: "a merge key (<<) merges a mapping into itself",
          hint: "an anchored mapping cannot merge itself; remove the merge",
        });
        continue;
      }
      if (viaAlias && ++expanded > MAX_ALIAS_NODES) {
        stop(aliasLimit(firstAlias ?? rangeOf(source)));
        return;
      }
      open.add(source);
      fill(source, out, path, viaAlias);
      open.delete(source);
    }
  };

  /** A pair's key as the JSON key kubectl sends, or undefined (reported) when it has none. */
  const keyOf = (pair: Pair, path: Path, expanding: boolean): string | undefined => {
    let node = pair.key as AnyNode;
    if (isAlias(node)) node = target(node, path, expanding);
    else if (node && !expanding && (node as Node).anchor) anchors.set((node as Node).anchor as string, node as Node);
    const report = (p: Omit<StructureProblem, "path" | "target" | "range">, at: AnyNode = pair.key as AnyNode): undefined => {
      if (!expanding) problems.push({ ...p, path, target: "value", range: rangeOf(at) });
      return undefined;
    };
    if (isMap(node) || isSeq(node))
      return report({
        code: "yaml/complex-key",
        message: `a ${isSeq(node) ? "list" : "mapping"} is used as a key in this mapping`,
        hint: 'keys are names (strings); for a key that contains [ or {, quote it: "[a, b]": c',
      });
    if (!isScalar(node)) return undefined;
    const exact = node.format === INT_FORMAT ? exactInt(node.source) : undefined;
    const key = goKeyString(node.value, exact);
    if (key === undefined)
      return report({
        code: "yaml/not-json",
        message:
          node.value === null
            ? "a key is null (empty or ~), which JSON cannot carry: kubectl refuses the file"
            : `the key ${node.source} is too large a number for a JSON key: kubectl refuses the file`,
        hint: 'quote the key to make it a string: "~": value',
      });
    if (key === "__proto__") {
      if (!expanding)
        problems.push({
          code: "load/forbidden-key",
          path: [...path, key],
          target: "key",
          range: rangeOf(pair.key as AnyNode),
          message: "the key `__proto__` is not allowed",
          hint: "no template field or Kubernetes name uses it; remove or rename the key",
        });
      return undefined;
    }
    return key;
  };

  const value = convert(doc.contents as AnyNode, [], false);
  return { value, problems, duplicates };
}

function aliasLimit(range: [number, number]): StructureProblem {
  return {
    code: "yaml/alias-limit",
    path: [],
    target: "value",
    range,
    message: "aliases in this document expand to too much data",
    hint: 'this guards against "billion laughs" documents; write the repeated values out or use fewer aliases',
  };
}

/** A plain, untagged `<<` key (a quoted "<<" is an ordinary key). */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && key.type === "PLAIN" && !key.tag && key.source === "<<";
}

function exactInt(source: unknown): bigint | undefined {
  if (typeof source !== "string") return undefined;
  const r = resolvePlain(source);
  return r.kind === "int" ? r.exact : undefined;
}

function rangeOf(node: AnyNode): [number, number] {
  const range = (node as { range?: [number, number, number] | null } | null | undefined)?.range;
  return range ? [range[0], range[1]] : [0, 0];
}
