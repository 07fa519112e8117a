import { formatPath, type Diagnostic } from "../diagnostic.js";
import { palette } from "./color.js";
import type { CliIO } from "./io.js";

/**
 * Prints diagnostics to stderr: `FILE:LINE:COL: error: PATH: MESSAGE` and an indented `hint:` line
 * (PRODUCT §3). With `json`, one JSON array on stdout instead, for CI.
 */
export function reportDiagnostics(all: readonly Diagnostic[], io: CliIO, format: "text" | "json" = "text"): void {
  const diagnostics = inReadingOrder(all).map(shortened);
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

/** File by file (in the order the files came), errors before warnings, then by line and column; stable otherwise. */
function inReadingOrder(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const fileOrder = new Map<string, number>();
  for (const d of diagnostics) if (!fileOrder.has(d.file ?? "")) fileOrder.set(d.file ?? "", fileOrder.size);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        fileOrder.get(a.d.file ?? "")! - fileOrder.get(b.d.file ?? "")! ||
        rank(a.d) - rank(b.d) ||
        (a.d.line ?? 0) - (b.d.line ?? 0) ||
        (a.d.column ?? 0) - (b.d.column ?? 0) ||
        a.i - b.i,
    )
    .map(({ d }) => d);
}

const LONG_QUOTED = /"(?:[^"\\]|\\.){120,}"/g;
const MAX_TEXT = 2000;

/**
 * A 1 MB label value would be echoed whole (twice, for a name): quoted values are cut to their
 * first 100 characters, since the position already shows where the value is.
 */
function shorten(text: string): string {
  const cut = text.replace(LONG_QUOTED, (q) => `${q.slice(0, 101)}…" (${q.length - 2} characters)`);
  return cut.length > MAX_TEXT ? `${cut.slice(0, MAX_TEXT)}… (${cut.length} characters)` : cut;
}

function shortened(d: Diagnostic): Diagnostic {
  if (d.message.length <= 120 && (d.hint === undefined || d.hint.length <= 120)) return d;
  const out = { ...d, message: shorten(d.message) };
  if (d.hint !== undefined) out.hint = shorten(d.hint);
  return out;
}

function rank(d: Diagnostic): number {
  return d.severity === "error" ? 0 : 1;
}
