import { formatPath, type Diagnostic } from "../diagnostic.js";
import { countSeverities } from "./model.js";
import { inReadingOrder } from "./reading-order.js";

/** Colour functions (the CLI passes ANSI ones on a terminal, identity otherwise). */
export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const PLAIN: Palette = { red: (s) => s, yellow: (s) => s, cyan: (s) => s, dim: (s) => s, bold: (s) => s };

/** `FILE:LINE:COL: error: PATH: MESSAGE [code]` and an indented `hint:` line per diagnostic (PRODUCT §3). */
export function formatText(diagnostics: readonly Diagnostic[], c: Palette = PLAIN): string {
  let out = "";
  for (const d of inReadingOrder(diagnostics)) {
    const where = d.file === undefined ? "" : d.line === undefined ? `${d.file}: ` : `${d.file}:${d.line}:${d.column ?? 1}: `;
    const severity = d.severity === "error" ? c.red("error") : d.severity === "warning" ? c.yellow("warning") : c.cyan("info");
    const path = formatPath(d.path);
    out += `${where}${severity}: ${path === "" ? "" : `${c.bold(path)}: `}${d.message} ${c.dim(`[${d.code}]`)}\n`;
    if (d.hint !== undefined) out += `  ${c.cyan("hint")}: ${d.hint}\n`;
  }
  return out;
}

/** One line summing up, e.g. `2 errors, 1 warning` (and `, 3 infos` when there are any). */
export function summarize(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings, infos } = countSeverities(diagnostics);
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? "" : "s"}`;
  return `${n(errors, "error")}, ${n(warnings, "warning")}${infos > 0 ? `, ${n(infos, "info")}` : ""}`;
}
