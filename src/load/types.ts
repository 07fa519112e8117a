import type { Diagnostic, Path } from "../diagnostic.js";

/** Why a `fromFile` could not be read: the diagnostic the compiler gives, but for its place. */
export type FileProblem = Pick<Diagnostic, "code" | "message" | "hint">;

/** A 1-based source position of a YAML/JSON node. */
export interface SourceRange {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** One document found in the inputs: a kubejobs template or a plain Kubernetes manifest. */
export interface SourceDocument {
  /** `template` when it has `kind: Job|ScheduledJob` and no `apiVersion`; otherwise `manifest`. */
  kind: "template" | "manifest";
  value: unknown;
  /** The file as the user named it (relative paths stay relative), or `<stdin>`. */
  file: string;
  /** Prepended to diagnostic paths: e.g. `[1]` for the second template of a TS array export. */
  pathPrefix: Path;
  /**
   * Maps a path inside `value` to a source range (YAML/JSON; always undefined for TS): the value's
   * node by default, the key's with `target: "key"` (unknown fields); the nearest existing ancestor
   * when the path does not exist (a missing required field).
   */
  locate(path: Path, target?: "key" | "value"): SourceRange | undefined;
  /** Contents of `fromFile` secret sources, keyed by the path as written in the template. */
  files: Record<string, string>;
  /**
   * The `fromFile` sources that could not be read, keyed the same way, with why: the compiler
   * reports each where the template names it (the loader reports none of them itself).
   */
  unreadFiles: Record<string, FileProblem>;
  /**
   * True when the file was found by walking a directory rather than named: `render dir/` may
   * want to skip plain manifests found there (e.g. a previous `--out-dir` output) instead of
   * refusing them. Absent for named files and stdin.
   */
  foundInDirectory?: boolean;
}

export interface LoadOptions {
  kubeVersion: string;
  env: Record<string, string | undefined>;
  cwd: string;
  readStdin(): Promise<string>;
}

export interface LoadResult {
  documents: SourceDocument[];
  /**
   * Every input file loaded, as named, in input order: also those that did not parse or hold no
   * document (reports count files, and a file that failed is one). Always set by loadInputs.
   */
  files?: string[];
  /** Problems found while loading. Codes: `io/*` (exit 2), `yaml/*`, `load/*` (exit 1). */
  diagnostics: Diagnostic[];
}
