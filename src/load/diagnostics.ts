import { error, warning, type Diagnostic, type Path, type Severity } from "../diagnostic.js";
import type { LoadCode } from "./codes.js";
import type { SourceRange } from "./types.js";

export interface LoadProblem {
  code: LoadCode;
  message: string;
  hint?: string;
  path?: Path;
  severity?: Severity;
}

/** A loader diagnostic: always names the file; carries a position when there is one. */
export function loadDiagnostic(file: string, problem: LoadProblem, at?: SourceRange): Diagnostic {
  const make = problem.severity === "warning" ? warning : error;
  const d: Diagnostic = { ...make(problem.code, problem.path ?? [], problem.message, problem.hint), file };
  return at ? withRange(d, at) : d;
}

export function withRange(d: Diagnostic, at: SourceRange): Diagnostic {
  const out: Diagnostic = { ...d, line: at.line, column: at.column };
  if (at.endLine !== undefined) out.endLine = at.endLine;
  if (at.endColumn !== undefined) out.endColumn = at.endColumn;
  return out;
}

/** The 1-based line and column of a character offset, for inputs without a YAML document. */
export function positionOf(text: string, offset: number): SourceRange {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Sizes in messages: `10 MiB`, `50.0 MiB`, `812 KiB`. */
export function formatBytes(bytes: number): string {
  const mib = bytes / 1024 / 1024;
  if (mib >= 1) return Number.isInteger(mib) ? `${mib} MiB` : `${mib.toFixed(1)} MiB`;
  return `${Math.ceil(bytes / 1024)} KiB`;
}
