// The loader: command-line inputs (files, directories, `-`) → documents with source positions.
// Thin on purpose: YAML code and esbuild are imported only when an input needs them.
import { loadInputsWith, type LoadDependencies } from "./load-inputs.js";
import type { LoadOptions, LoadResult } from "./types.js";

export type { LoadOptions, LoadResult, SourceDocument, SourceRange } from "./types.js";
export type { LoadDependencies } from "./load-inputs.js";
export { loadCodes, type LoadCode } from "./codes.js";

/**
 * Loads every input: YAML/JSON files (multi-document), TS/JS templates (bundled and run),
 * directories (walked), and `-` (stdin, YAML/JSON). Never throws for bad input: every problem
 * is a diagnostic with the file and, for YAML/JSON, the line and column. The caller passes the
 * library that `import ... from "kubejobs"` gives a TS template (`deps.importLibrary`).
 */
export function loadInputs(args: string[], opts: LoadOptions, deps: LoadDependencies): Promise<LoadResult> {
  return loadInputsWith(args, opts, deps);
}
