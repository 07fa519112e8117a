// Which single line of a YAML document that does not parse is mis-indented: the line whose
// re-indentation makes the document parse while changing least of the structure the other lines'
// indentation shows. Each try re-parses the document, so the tries are bounded.
import { LineCounter, visit } from "yaml";
import { parseDocuments } from "./yaml-parse.js";

export type ParseOptions = Parameters<typeof parseDocuments>[2];

/**
 * Documents larger than this are not repaired (only the first error is reported), and the tries
 * stop after about PARSE_BUDGET_BYTES parsed in all, within MIN_PARSES..MAX_PARSES tries.
 */
const MAX_REPAIR_BYTES = 64 * 1024;
const PARSE_BUDGET_BYTES = 256 * 1024;
const MIN_PARSES = 16;
const MAX_PARSES = 100;
/** Lines before the first error that are tried first (and the line after it). */
const LINES_BEFORE = 8;

export interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of its first non-space character. */
  content: number;
  end: number;
  /** Just past its last non-space character. */
  contentEnd: number;
  indent: number;
  /** 1-based, in the whole file. */
  number: number;
}

export interface Misindented {
  line: Line;
  indent: number;
  /** Another line at that indentation (1-based), to show the way; undefined when there is none. */
  like: number | undefined;
  /** The line above already has a value: nothing may nest under it. */
  underValue: number | undefined;
}

/** The one line whose re-indentation makes the document in [rangeStart, docEnd) parse, or undefined. */
export function misindentedLine(
  rangeStart: number,
  docEnd: number,
  errorLine: number,
  text: string,
  lines: LineCounter,
  options: ParseOptions,
): Misindented | undefined {
  if (docEnd - rangeStart > MAX_REPAIR_BYTES) return undefined;
  const all = linesOf(text, rangeStart, docEnd, lines);
  const docStart = all[0]?.start ?? rangeStart; // from the start of its first line: its indentation counts
  const content = structureLines(text, all);
  const movable = content.filter((l) => l.number <= errorLine + 1 && startsNode(text, l));
  const step = usualStep(content);
  const budget = { parses: Math.max(MIN_PARSES, Math.min(MAX_PARSES, Math.floor(PARSE_BUDGET_BYTES / (docEnd - docStart + 1)))) };

  // The lines just before the error first; all the lines before it when none of those will do.
  const near = movable
    .filter((l) => l.number >= errorLine - LINES_BEFORE)
    .sort((a, b) => Math.abs(a.number - errorLine) - Math.abs(b.number - errorLine));
  const fixes = repairs(near, content, text, docStart, docEnd, errorLine, step, budget, options);
  if (fixes.length === 0 && near.length < movable.length) {
    const far = movable.filter((l) => l.number < errorLine - LINES_BEFORE).reverse();
    fixes.push(...repairs(far, content, text, docStart, docEnd, errorLine, step, budget, options));
  }
  const order = (a: number[], b: number[]) => a.reduce((d, x, i) => d || x - b[i]!, 0);
  fixes.sort((a, b) => order(a.rank, b.rank));
  return fixes[0]?.fix;
}

function repairs(
  candidates: Line[],
  content: Line[],
  text: string,
  docStart: number,
  docEnd: number,
  errorLine: number,
  step: number,
  budget: { parses: number },
  options: ParseOptions,
): { fix: Misindented; rank: number[] }[] {
  const fixes: { fix: Misindented; rank: number[] }[] = [];
  for (const line of candidates) {
    const at = content.indexOf(line);
    const above = content[at - 1];
    for (const indent of plausibleIndents(content, at, step)) {
      if (budget.parses-- <= 0) return fixes;
      const repaired = text.slice(docStart, line.start) + " ".repeat(indent) + text.slice(line.content, docEnd);
      if (!parsesWithNodeOn(repaired, line.start - docStart, indent, options)) continue;
      // Most likely: the move that changes least of the structure the indentation shows (which
      // line each line belongs to), then one that lines up with its siblings, a usual step in.
      const parent = content.slice(0, at).findLast((l) => l.indent < indent);
      const { changed, irregular } = structureAfterMove(text, content, at, indent, step);
      const before = content.slice(0, at).findLast((l) => l.indent <= indent);
      const after = content.slice(at + 1).find((l) => l.indent <= indent);
      const siblings = (before?.indent === indent ? 1 : 0) + (after?.indent === indent ? 1 : 0);
      const regular = parent === undefined ? indent === 0 : indent - parent.indent === step;
      const below = content[at + 1];
      // Out of line with both neighbours, which agree with each other: the likeliest culprit.
      const island = above !== undefined && below !== undefined && above.indent === below.indent && indent === above.indent;
      const like = before?.indent === indent ? before : after?.indent === indent ? after : undefined;
      const underValue =
        indent < line.indent && above !== undefined && above.indent < line.indent && hasValue(text, above) ? above.number : undefined;
      fixes.push({
        fix: { line, indent, like: like?.number, underValue },
        rank: [
          changed + irregular,
          island ? 0 : 1,
          Math.abs(indent - line.indent) > step ? 1 : 0,
          regular ? 0 : 1,
          2 - siblings,
          Math.abs(line.number - errorLine),
          Math.abs(indent - line.indent),
        ],
      });
    }
  }
  return fixes;
}

/**
 * Where line `at` could belong: at an enclosing line's indentation or one usual step inside it,
 * or at the next line's; nearest to where it is first.
 */
function plausibleIndents(content: Line[], at: number, step: number): number[] {
  const line = content[at]!;
  const out = new Set<number>([0]);
  let limit = Infinity;
  for (let i = at - 1; i >= 0 && limit > 0; i--) {
    const l = content[i]!;
    if (l.indent >= limit) continue;
    limit = l.indent;
    out.add(l.indent).add(l.indent + step);
  }
  const next = content[at + 1];
  if (next !== undefined) out.add(next.indent);
  out.delete(line.indent);
  return [...out].sort((a, b) => Math.abs(a - line.indent) - Math.abs(b - line.indent) || a - b);
}

/**
 * What moving line `at` to `indent` does to the structure the indentation shows: how many other
 * lines then belong to a different line (only lines that belonged to a line opening a block
 * count: one under `key: value` was misplaced already), and how many lines are then not one usual
 * step inside the line they belong to.
 */
function structureAfterMove(
  text: string,
  content: Line[],
  at: number,
  indent: number,
  step: number,
): { changed: number; irregular: number } {
  let changed = 0;
  let irregular = 0;
  const stackBefore: Line[] = [];
  const stackAfter: { line: Line; indent: number }[] = [];
  content.forEach((l, i) => {
    const moved = i === at ? indent : l.indent;
    while (stackBefore.length > 0 && stackBefore[stackBefore.length - 1]!.indent >= l.indent) stackBefore.pop();
    while (stackAfter.length > 0 && stackAfter[stackAfter.length - 1]!.indent >= moved) stackAfter.pop();
    const was = stackBefore[stackBefore.length - 1];
    const now = stackAfter[stackAfter.length - 1];
    if (i !== at && was !== now?.line && (was === undefined || opensBlock(text, was))) changed++;
    if (now === undefined ? moved !== 0 : moved - now.indent !== step) irregular++;
    // `key:` with nothing nested under it (null): valid, but in a template rarely meant.
    const next = content[i + 1];
    if (
      opensBlock(text, l) &&
      !text.slice(l.content, l.end).startsWith("-") &&
      (next === undefined || (i + 1 === at ? indent : next.indent) <= moved)
    )
      irregular++;
    stackBefore.push(l);
    stackAfter.push({ line: l, indent: moved });
  });
  return { changed, irregular };
}

/** `key:` with nothing after it, or a list item: lines that more indented lines may belong to. */
function opensBlock(text: string, l: Line): boolean {
  const rest = text
    .slice(l.content, l.end)
    .replace(/\s+#.*$/, "")
    .trimEnd();
  return rest.startsWith("-") || rest.endsWith(":");
}

/**
 * The lines that carry structure: not blank, not comments or markers, not the text of a `|` or
 * `>` block (its lines are indented past its key, whatever they say).
 */
function structureLines(text: string, all: Line[]): Line[] {
  const out: Line[] = [];
  let blockOf: number | undefined;
  for (const l of all) {
    if (!isContent(text, l)) continue;
    if (blockOf !== undefined && l.indent > blockOf) continue;
    blockOf = /(?:^|[:\s-])[|>][0-9+-]*\s*(?:#.*)?$/.test(text.slice(l.content, l.end)) ? l.indent : undefined;
    out.push(l);
  }
  return out;
}

function linesOf(text: string, from: number, to: number, lines: LineCounter): Line[] {
  const out: Line[] = [];
  let start = text.lastIndexOf("\n", from - 1) + 1;
  while (start < to) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    let content = start;
    while (content < end && text[content] === " ") content++;
    let contentEnd = end;
    while (contentEnd > content && /\s/.test(text[contentEnd - 1]!)) contentEnd--;
    out.push({ start, content, end, contentEnd, indent: content - start, number: lines.linePos(start).line });
    start = end + 1;
  }
  return out;
}

/** Not blank, not a comment, not a document marker. */
function isContent(text: string, l: Line): boolean {
  const rest = text.slice(l.content, l.end).trimEnd();
  return rest !== "" && !rest.startsWith("#") && !/^(?:---|\.\.\.)(?:\s|$)/.test(rest) && !rest.startsWith("%") && !rest.startsWith("\t");
}

/** A line that starts a key (`key:`) or a list item (`-`): the lines an indentation mistake moves. */
function startsNode(text: string, l: Line): boolean {
  const rest = text.slice(l.content, l.end);
  return (
    /^-(?:\s|$)/.test(rest) || /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{},&*!|>%@`-][^#]*?|-[^\s#][^#]*?)\s*:(?:\s|$)/.test(rest)
  );
}

/** `key: value` (something after the `:` that is not a comment or a block scalar marker). */
function hasValue(text: string, l: Line): boolean {
  const match = /:\s+(\S)/.exec(text.slice(l.content, l.end));
  return match !== null && match[1] !== "#" && match[1] !== "|" && match[1] !== ">";
}

/** The indentation step the document uses most (2 when it cannot tell). */
function usualStep(content: Line[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < content.length; i++) {
    const step = content[i]!.indent - content[i - 1]!.indent;
    if (step > 0) counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  let best = 2;
  let bestCount = 0;
  for (const [step, count] of counts) if (count > bestCount || (count === bestCount && step < best)) [best, bestCount] = [step, count];
  return best;
}

/**
 * Whether the repaired document parses without errors and some node starts on the moved line: a
 * line that merely joins the plain scalar above it (`name: a` / `  b`) is not the fix.
 */
function parsesWithNodeOn(source: string, lineStart: number, indent: number, options: ParseOptions): boolean {
  const parsed = parseDocuments(source, new LineCounter(), options);
  if ("problem" in parsed || parsed.docs.length !== 1) return false;
  const doc = parsed.docs[0]!;
  if (doc.errors.length > 0) return false;
  const from = lineStart + indent;
  const newline = source.indexOf("\n", from);
  const to = newline === -1 ? source.length : newline;
  let found = false;
  visit(doc, (_, node) => {
    const range = (node as { range?: [number, number, number] | null } | null)?.range; // a pair may lack a key or value
    if (range && range[0] >= from && range[0] < to) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}
