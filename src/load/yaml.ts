import { LineCounter, isScalar, type Document } from "yaml";
import type { Diagnostic } from "../diagnostic.js";
import { loadDiagnostic } from "./diagnostics.js";
import { documentKind, isMapping } from "./document-kind.js";
import { createLocator } from "./locate.js";
import { thrownMessage, toPlainData } from "./plain-data.js";
import type { SourceDocument } from "./types.js";
import { aliasProblem, rangeAt, yamlErrorDiagnostic } from "./yaml-errors.js";
import { parseDocuments } from "./yaml-parse.js";
import { checkStructure } from "./yaml-structure.js";

/**
 * YAML 1.2 core schema, as Kubernetes tooling reads it (`yes` is a string, `0755` is decimal).
 * `resolveKnownTags: false` keeps `!!binary`, `!!set` and `!!timestamp` from turning into Buffers,
 * Sets and Dates: the loader hands on plain data only. Merge keys (`<<`) stay off, as in YAML 1.2.
 * Duplicate keys are errors, found by checkStructure (`uniqueKeys` is quadratic).
 */
const PARSE_OPTIONS = {
  version: "1.2",
  schema: "core",
  resolveKnownTags: false,
  merge: false,
  uniqueKeys: false,
  strict: true,
  // Problems are diagnostics; nothing may reach Node's process.emitWarning (a raw stderr line).
  logLevel: "error",
} as const;

/** Aliases may expand to this many nodes per document: plenty for `&defaults`, far from a billion laughs. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedFile {
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
}

/**
 * Parses a YAML or JSON file (JSON is YAML 1.2, and parsing it as YAML gives positions and
 * duplicate-key errors). A document with errors is reported and dropped; the others are kept,
 * so one broken document does not hide problems in the rest.
 */
export function parseYaml(text: string, file: string): ParsedFile {
  const lines = new LineCounter();
  let parsed;
  try {
    parsed = parseDocuments(text, lines, PARSE_OPTIONS);
  } catch (e) {
    // The parser reports problems as errors, not throws; this guards against its own bugs.
    return {
      documents: [],
      diagnostics: [loadDiagnostic(file, { code: "yaml/syntax", message: `the YAML parser failed: ${thrownMessage(e)}` })],
    };
  }
  if ("problem" in parsed) return { documents: [], diagnostics: [loadDiagnostic(file, parsed.problem, rangeAt(lines, parsed.offset))] };

  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  let nonEmpty = 0;
  for (const doc of parsed.docs) {
    for (const w of doc.warnings) diagnostics.push(yamlErrorDiagnostic(w, lines, file, "warning"));
    if (isEmptyDocument(doc) && doc.errors.length === 0) continue;
    nonEmpty++;
    if (doc.errors.length > 0) {
      for (const e of doc.errors) diagnostics.push(yamlErrorDiagnostic(e, lines, file, "error"));
      continue;
    }
    const document = toSourceDocument(doc, lines, file, diagnostics);
    if (document) documents.push(document);
  }
  if (nonEmpty === 0) {
    diagnostics.push(
      loadDiagnostic(file, {
        code: "yaml/empty",
        message: "the input holds no YAML document",
        hint: "write a template (`kind: Job` or `kind: ScheduledJob`, `name`, `containers`), or leave the file out",
      }),
    );
  }
  return { documents, diagnostics };
}

function toSourceDocument(doc: Document.Parsed, lines: LineCounter, file: string, diagnostics: Diagnostic[]): SourceDocument | undefined {
  const locate = createLocator(doc, lines);
  const structure = checkStructure(doc);
  for (const p of structure) diagnostics.push(loadDiagnostic(file, p, rangeAt(lines, p.range[0], p.range[1])));
  if (structure.length > 0) return undefined;
  let js: unknown;
  try {
    js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const { problem, at } = aliasProblem(doc, lines, e);
    diagnostics.push(loadDiagnostic(file, problem, at ?? locate([])));
    return undefined;
  }
  if (!isMapping(js)) {
    const what = Array.isArray(js) ? "a list" : js === null ? "null" : `a ${typeof js}`;
    diagnostics.push(
      loadDiagnostic(
        file,
        {
          code: "yaml/not-a-mapping",
          message: `the document is ${what}, not a mapping`,
          hint: "a template is a mapping of fields: `kind: Job`, `name: ...`, `containers: ...`; separate several with `---`",
        },
        locate([]),
      ),
    );
    return undefined;
  }
  const { value, problems } = toPlainData(js);
  for (const p of problems) diagnostics.push(loadDiagnostic(file, p, locate(p.path, p.target)));
  if (problems.length > 0) return undefined;
  const mapping = value as Record<string, unknown>;
  return { kind: documentKind(mapping), value: mapping, file, pathPrefix: [], locate, files: {}, unreadFiles: {} };
}

/** `---` with nothing after it, or a file of comments: skipped, not an error. */
function isEmptyDocument(doc: Document.Parsed): boolean {
  const contents = doc.contents;
  if (contents === null) return true;
  return isScalar(contents) && contents.value === null && !contents.tag && !contents.anchor && contents.range[0] === contents.range[1];
}
