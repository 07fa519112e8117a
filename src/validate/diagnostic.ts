/** A template path or a manifest path: `['containers', 'main', 'env', 'TOKEN']`. */
export type Path = (string | number)[];

export type Severity = "error" | "warning";

/**
 * A stable rule id, `area/what`: `name/too-long`, `schedule/invalid`, `template/unknown-field`.
 * Tests assert on codes, never on wording.
 */
export type DiagnosticCode = `${string}/${string}`;

/** One problem found in a template or a manifest. Errors are values: every stage returns these. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** Where in the template (or, for plain manifests, in the manifest) the problem is. */
  path: Path;
  /** What is wrong, in the template's words. Never contains a secret value. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Attached late, by the loader: the file and, for YAML/JSON, the 1-based line and column. */
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export function error(code: DiagnosticCode, path: Path, message: string, hint?: string): Diagnostic {
  return hint === undefined ? { code, severity: "error", path, message } : { code, severity: "error", path, message, hint };
}

export function warning(code: DiagnosticCode, path: Path, message: string, hint?: string): Diagnostic {
  return hint === undefined ? { code, severity: "warning", path, message } : { code, severity: "warning", path, message, hint };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** `['containers', 'main', 'args', 0]` → `containers.main.args[0]`; keys that are not identifiers are quoted. */
export function formatPath(path: Path): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** The one error class that escapes the library API; it carries every diagnostic found. */
export class KubejobsError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const first = diagnostics.find((d) => d.severity === "error") ?? diagnostics[0];
    const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : "";
    super(first ? `${formatPath(first.path) || "(template)"}: ${first.message}${more}` : "invalid input");
    this.name = "KubejobsError";
    this.diagnostics = diagnostics;
  }
}
