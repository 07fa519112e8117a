import {
  Composer,
  Lexer,
  Parser,
  type Document,
  type DocumentOptions,
  type LineCounter,
  type ParseOptions,
  type SchemaOptions,
  type CST,
} from "yaml";
import type { LoadProblem } from "./diagnostics.js";
import { MAX_DEPTH } from "./plain-data.js";

/**
 * Lexical tokens (keys, values, punctuation) one document may have. A template has a few hundred;
 * the yaml package needs about 1 KB of memory per node, so this keeps one pathological document
 * (`[x, x, x, ...]` for megabytes) near 250 MB and a few seconds instead of gigabytes and a crash.
 */
export const MAX_DOCUMENT_TOKENS = 250_000;

/** The documents, and the directive lines (`%YAML 1.2`, `%TAG ...`) kubectl would refuse, for yaml.ts to report. */
export type ParseOutcome =
  { docs: Document.Parsed[]; directives: { offset: number; source: string }[] } | { problem: LoadProblem; offset: number };

type Token = CST.Token;
type Options = ParseOptions & DocumentOptions & SchemaOptions;

/**
 * `parseAllDocuments`, with the lexer's output counted on its way to the parser: a document with
 * too many tokens or flow collections nested too deep (`[[[[...`, which the parser handles in
 * quadratic time) is refused before it is built. One pass over the input, nothing parsed twice.
 */
export function parseDocuments(text: string, lines: LineCounter, options: Options): ParseOutcome {
  const parser = new Parser(lines.addNewLine);
  const composer = new Composer(options);
  let refused: { problem: LoadProblem; offset: number } | undefined;
  const directives: { offset: number; source: string }[] = [];
  // kubectl cuts the stream at its `---` lines and reads the first document of each piece: a
  // directive first in its piece is read alone and refused, one after a document's `...` is never
  // read. The parser's tokens go on to the composer; the directives kubectl refuses are noted.
  let pieceHasContent = false;
  function* noted(tokens: Generator<Token>) {
    for (const token of tokens) {
      if (token.type === "document") pieceHasContent = token.value !== undefined;
      else if (token.type === "directive" && !pieceHasContent) directives.push({ offset: token.offset, source: token.source });
      yield token;
    }
  }

  function* tokens() {
    lines.addNewLine(0);
    let count = 0;
    let depth = 0;
    let atScalar = false;
    for (const lexeme of new Lexer().lex(text)) {
      // After the scalar marker comes the scalar's own source: `[` or `---` there is text.
      if (atScalar) atScalar = false;
      else if (lexeme === "\x1f") {
        atScalar = true;
        yield* noted(parser.next(lexeme));
        continue; // a marker, not source: not counted
      } else if (lexeme === "---") count = 0;
      else if (lexeme === "[" || lexeme === "{") depth++;
      else if (lexeme === "]" || lexeme === "}") depth = Math.max(0, depth - 1);
      if (++count > MAX_DOCUMENT_TOKENS) {
        refused = {
          offset: parser.offset,
          problem: {
            code: "load/too-many-values",
            message: `this document is too big to read safely (more than ${MAX_DOCUMENT_TOKENS} keys, values and punctuation marks)`,
            hint: "templates are small; split the data into several documents or files, or check that this is the file you meant",
          },
        };
        return;
      }
      if (depth > MAX_DEPTH) {
        refused = {
          offset: parser.offset,
          problem: {
            code: "load/too-deep",
            message: `lists and mappings are nested more than ${MAX_DEPTH} levels deep`,
            hint: "no template field nests this deep; check for unclosed [ or {",
          },
        };
        return;
      }
      yield* noted(parser.next(lexeme));
    }
    yield* noted(parser.end());
  }

  const docs: Document.Parsed[] = [];
  // Every parse error is an Error, and capturing a stack for each of the 100,000 errors of a
  // garbage input costs seconds. Nobody reads those stacks; parsing is synchronous, so this is safe.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const doc of composer.compose(tokens())) {
      if (refused) break;
      docs.push(doc as Document.Parsed);
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return refused ?? { docs, directives };
}
