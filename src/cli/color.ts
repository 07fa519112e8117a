import type { CliIO } from "./io.js";

export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const plain: Palette = { red: (s) => s, yellow: (s) => s, cyan: (s) => s, dim: (s) => s, bold: (s) => s };

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const ansi: Palette = { red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), dim: wrap(2, 22), bold: wrap(1, 22) };

/** Colour only on a terminal, never with a non-empty NO_COLOR or TERM=dumb. */
export function palette(io: Pick<CliIO, "env" | "stderrIsTTY">): Palette {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "";
  return io.stderrIsTTY && !noColor && io.env.TERM !== "dumb" ? ansi : plain;
}
