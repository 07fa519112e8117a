import { isMap, isScalar, isSeq, visit, type Document, type LineCounter, type YAMLError } from "yaml";
import type { Diagnostic, Path, Severity } from "../validate/diagnostic.js";
import type { LoadCode } from "./codes.js";
import { loadDiagnostic, type LoadProblem } from "./diagnostics.js";
import { thrownMessage } from "./plain-data.js";
import type { SourceRange } from "./types.js";

/** The yaml package's error codes that get their own diagnostic code; the rest are `yaml/syntax`. */
const CODES: Partial<Record<string, LoadCode>> = {
  DUPLICATE_KEY: "yaml/duplicate-key",
  TAB_AS_INDENT: "yaml/tab-indent",
  BAD_ALIAS: "yaml/unknown-anchor",
  TAG_RESOLVE_FAILED: "yaml/unknown-tag",
};

const HINTS: Partial<Record<LoadCode, string>> = {
  "yaml/duplicate-key": "YAML keeps only one of the two values, so kubejobs refuses to guess: remove one of them",
  "yaml/tab-indent": "YAML indents with spaces only; replace the tabs with spaces",
  "yaml/unknown-tag": "kubejobs reads YAML 1.2 core data; remove the tag",
};

export function yamlErrorDiagnostic(err: YAMLError, doc: Document.Parsed, file: string, severity: Severity): Diagnostic {
  const code = CODES[err.code] ?? "yaml/syntax";
  const problem: LoadProblem = { code, message: firstLine(err.message), severity };
  const hint = HINTS[code];
  if (hint) problem.hint = hint;
  if (code === "yaml/duplicate-key") {
    // The error points at the second key; name it and give its template path.
    const path = keyPathAt(doc.contents, err.pos[0], []);
    const key = path?.[path.length - 1];
    if (path && key !== undefined) Object.assign(problem, { path, message: `the key ${JSON.stringify(String(key))} appears twice in this mapping` });
  }
  const [start, end] = err.linePos ?? [];
  if (!start) return loadDiagnostic(file, problem);
  const at: SourceRange = { line: start.line, column: start.col };
  if (end) Object.assign(at, { endLine: end.line, endColumn: end.col });
  return loadDiagnostic(file, problem, at);
}

/**
 * `toJS` throws for two alias problems that the parser leaves to it: too many expansions (a
 * billion-laughs document) and an alias whose anchor is not defined before it.
 */
export function aliasProblem(doc: Document.Parsed, lines: LineCounter, e: unknown): { problem: LoadProblem; at?: SourceRange } {
  const message = thrownMessage(e);
  if (/alias count/i.test(message)) {
    return {
      problem: {
        code: "yaml/alias-limit",
        message: "aliases in this document expand to too much data",
        hint: "this guards against \"billion laughs\" documents; write the repeated values out or use fewer aliases",
      },
      at: firstAlias(doc, lines, () => true),
    };
  }
  if (/unresolved alias/i.test(message)) {
    const defined = new Set<string>();
    const at = firstAlias(doc, lines, (source) => !defined.has(source), defined);
    return {
      problem: {
        code: "yaml/unknown-anchor",
        message: "an alias refers to an anchor that is not defined before it",
        hint: "define `&name` on a value above the `*name` that uses it",
      },
      at,
    };
  }
  return { problem: { code: "yaml/syntax", message } };
}

/** The position of the first alias (in document order) that `matches`, recording anchors on the way. */
function firstAlias(doc: Document.Parsed, lines: LineCounter, matches: (source: string) => boolean, anchors?: Set<string>): SourceRange | undefined {
  let at: SourceRange | undefined;
  visit(doc, {
    Node(_, node) {
      if (node.anchor) anchors?.add(node.anchor);
    },
    Alias(_, node) {
      if (!matches(node.source) || !node.range) return undefined;
      const start = lines.linePos(node.range[0]);
      const end = lines.linePos(node.range[1]);
      at = { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
      return visit.BREAK;
    },
  });
  return at;
}

/** yaml's messages end with ` at line 3, column 5:` and a source excerpt; we print our own. */
function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}

/** The path of the mapping key that starts at `offset`; aliases are not followed (they repeat nodes). */
function keyPathAt(node: unknown, offset: number, path: Path): Path | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) return [...path, key];
      const found = keyPathAt(pair.value, offset, [...path, key]);
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      const found = keyPathAt(item, offset, [...path, i]);
      if (found) return found;
    }
  }
  return undefined;
}
