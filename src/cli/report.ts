import { formatPath, type Diagnostic } from "../validate/diagnostic.js";
import { palette } from "./color.js";
import type { CliIO } from "./io.js";

/**
 * Prints diagnostics to stderr: `FILE:LINE:COL: error: PATH: MESSAGE` and an indented `hint:` line
 * (PRODUCT §3). With `json`, one JSON array on stdout instead, for CI.
 */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], io: CliIO, format: "text" | "json" = "text"): void {
  if (format === "json") {
    io.stdout(JSON.stringify(diagnostics, null, 2) + "\n");
    return;
  }
  const c = palette(io);
  let out = "";
  for (const d of diagnostics) {
    const where = d.file === undefined ? "" : d.line === undefined ? `${d.file}: ` : `${d.file}:${d.line}:${d.column ?? 1}: `;
    const severity = d.severity === "error" ? c.red("error") : c.yellow("warning");
    const path = formatPath(d.path);
    out += `${where}${severity}: ${path === "" ? "" : `${c.bold(path)}: `}${d.message} ${c.dim(`[${d.code}]`)}\n`;
    if (d.hint !== undefined) out += `  ${c.cyan("hint")}: ${d.hint}\n`;
  }
  io.stderr(out);
}

/** One line summing up, e.g. `2 errors, 1 warning`. */
export function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? "" : "s"}`;
  return `${n(errors, "error")}, ${n(warnings, "warning")}`;
}
