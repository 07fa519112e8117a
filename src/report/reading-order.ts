import type { Diagnostic } from "../diagnostic.js";
import { severityRank } from "./model.js";

/**
 * File by file (in the order the files came), errors before warnings before infos, then by line
 * and column; stable otherwise. Long messages are cut (see `shortened`).
 */
export function inReadingOrder(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return sortedForReading(diagnostics).map(shortened);
}

/** The same order, the diagnostics themselves (not shortened): to order a subset as the whole is. */
export function sortedForReading(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const fileOrder = new Map<string, number>();
  for (const d of diagnostics) if (!fileOrder.has(d.file ?? "")) fileOrder.set(d.file ?? "", fileOrder.size);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        fileOrder.get(a.d.file ?? "")! - fileOrder.get(b.d.file ?? "")! ||
        severityRank(a.d.severity) - severityRank(b.d.severity) ||
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

export function shortened(d: Diagnostic): Diagnostic {
  if (d.message.length <= 120 && (d.hint === undefined || d.hint.length <= 120)) return d;
  const out = { ...d, message: shorten(d.message) };
  if (d.hint !== undefined) out.hint = shorten(d.hint);
  return out;
}
