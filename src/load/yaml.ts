import { LineCounter, isScalar, type Document } from "yaml";
import type { Diagnostic } from "../diagnostic.js";
import { loadDiagnostic, type LoadProblem } from "./diagnostics.js";
import { documentKind, isMapping } from "./document-kind.js";
import { createLocator } from "./locate.js";
import { thrownMessage } from "./plain-data.js";
import type { SourceDocument } from "./types.js";
import { rangeAt, yamlErrorDiagnostic } from "./yaml-errors.js";
import { parseDocuments } from "./yaml-parse.js";
import { goYamlTags } from "./yaml-scalars.js";
import { yamlStructure } from "./yaml-structure.js";
import { syntaxDiagnostics } from "./yaml-syntax.js";

/**
 * YAML as kubectl reads it (sigs.k8s.io/yaml over go-yaml v2, YAML 1.1 scalars: `yes` is true,
 * `0644` is octal 420), for manifests and templates alike; see yaml-scalars.ts. The failsafe
 * schema gives mappings, lists and strings; the scalar tags are ours. `resolveKnownTags: false`
 * and `merge: false`: `!!binary` and `<<` are read by our tags and yamlStructure, never as
 * Buffers, Dates, Sets or the yaml package's merge rules. Duplicate keys are found by
 * yamlStructure (`uniqueKeys` is quadratic).
 */
export const PARSE_OPTIONS = {
  version: "1.1",
  schema: "failsafe",
  customTags: goYamlTags,
  resolveKnownTags: false,
  merge: false,
  uniqueKeys: false,
  strict: true,
  // Problems are diagnostics; nothing may reach Node's process.emitWarning (a raw stderr line).
  logLevel: "error",
} as const;

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
  for (const { offset, source } of parsed.directives) {
    const range = rangeAt(lines, offset, offset + source.length);
    diagnostics.push(loadDiagnostic(file, directiveProblem(source), range));
  }
  let nonEmpty = 0;
  for (const [i, doc] of parsed.docs.entries()) {
    for (const w of doc.warnings) diagnostics.push(yamlErrorDiagnostic(w, lines, file, "warning"));
    if (isEmptyDocument(doc) && doc.errors.length === 0) continue;
    nonEmpty++;
    if (doc.errors.length > 0) {
      const end = parsed.docs[i + 1]?.range[0] ?? text.length;
      diagnostics.push(...syntaxDiagnostics(doc, end, text, lines, file, PARSE_OPTIONS));
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
  const { value, problems, duplicates } = yamlStructure(doc);
  for (const p of problems) diagnostics.push(loadDiagnostic(file, p, rangeAt(lines, p.range[0], p.range[1])));
  if (problems.length > 0) return undefined;
  if (!isMapping(value)) {
    const what = Array.isArray(value) ? "a list" : value === null ? "null" : `a ${typeof value}`;
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
  const kind = documentKind(value);
  // kubectl keeps the last of two values and says nothing; a template refuses to guess.
  const severity = kind === "template" ? "error" : "warning";
  for (const p of duplicates) diagnostics.push(loadDiagnostic(file, { ...p, severity }, rangeAt(lines, p.range[0], p.range[1])));
  if (kind === "template" && duplicates.length > 0) return undefined;
  return { kind, value, file, pathPrefix: [], locate, files: {}, unreadFiles: {} };
}

/**
 * kubectl refuses a file whose directive starts one of its pieces: it cuts the stream at its `---`
 * lines and hands go-yaml the directive alone ("did not find expected <document start>"; "found
 * incompatible YAML document" for `%YAML 1.2`); yaml-parse.ts notes only those directives.
 * kubejobs reads every file as kubectl does, templates included, so a directive could only
 * mislead (`%YAML 1.2` would not make `yes` a string).
 */
function directiveProblem(source: string): LoadProblem {
  return {
    code: "yaml/directive",
    message: `kubectl cannot read a file with a YAML directive (${source.trim()}): it reads the line apart from the document after it`,
    hint: "remove the line: manifests and templates are read as YAML 1.1, as kubectl reads them",
  };
}

/** `---` with nothing after it, or a file of comments: skipped, not an error. */
function isEmptyDocument(doc: Document.Parsed): boolean {
  const contents = doc.contents;
  if (contents === null) return true;
  return isScalar(contents) && contents.value === null && !contents.tag && !contents.anchor && contents.range[0] === contents.range[1];
}
