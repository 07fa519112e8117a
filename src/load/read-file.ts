import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { formatBytes } from "./diagnostics.js";
import type { SourceRange } from "./types.js";

/** Templates are a few kilobytes; anything near this size is a mistake (a log, a dump, a binary). */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

const READ_FAILURE = Symbol.for("kubejobs.load.read-failure");

export type ReadFailure =
  | { reason: "not-found" | "unreadable" | "is-directory"; detail: string }
  | { reason: "too-large"; detail: string; bytes: number }
  | { reason: "binary"; detail: string; at?: SourceRange };

export type ReadOutcome = { text: string } | { failure: ReadFailure };

/**
 * Reads a whole file as UTF-8 text, refusing (without reading it) one larger than `limitBytes`,
 * and refusing binary content. FIFOs and devices (`<(cmd)`, `/dev/stdin`) are read as streams,
 * up to the same limit.
 */
export async function readTextFile(absPath: string, limitBytes = MAX_INPUT_BYTES): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    const info = await stat(absPath);
    if (info.isDirectory()) return { failure: { reason: "is-directory", detail: "is a directory" } };
    if (info.isFile() && info.size > limitBytes) return { failure: tooLarge(info.size, limitBytes) };
    bytes = info.isFile() ? await readFile(absPath) : await readStream(absPath, limitBytes);
  } catch (e) {
    return { failure: fsFailure(e) };
  }
  // The file may have grown between stat and read, and streams have no size up front.
  if (bytes.length > limitBytes) return { failure: tooLarge(bytes.length, limitBytes) };
  return decodeText(bytes);
}

/** UTF-8 text without NUL bytes (a BOM is dropped); otherwise a `binary` failure. */
export function decodeText(bytes: Buffer): ReadOutcome {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const before = bytes.subarray(0, nul).toString("utf8");
    return { failure: { reason: "binary", detail: "contains NUL bytes: it looks like a binary file", at: position(before) } };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { failure: { reason: "binary", detail: "is not UTF-8 text" } };
  }
}

/**
 * The same checks for text that arrived as a string (a `readStdin` given by a library user or a
 * test). Invalid UTF-8 cannot be seen here: it was decoded to U+FFFD already. The CLI's and the
 * library's own readStdin (src/stdin.ts) read bytes and use `decodeText` instead.
 */
export function checkText(text: string, limitBytes = MAX_INPUT_BYTES): ReadOutcome {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > limitBytes) return { failure: tooLarge(bytes, limitBytes) };
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    return { failure: { reason: "binary", detail: "contains NUL bytes: it looks like binary data", at: position(text.slice(0, nul)) } };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function position(before: string): SourceRange {
  const lastNewline = before.lastIndexOf("\n");
  const line = before.split("\n").length;
  return { line, column: before.length - lastNewline };
}

/** `stoppedAt`: reading stopped once past the limit, so `bytes` is only how far it got. */
export function tooLarge(bytes: number, limitBytes = MAX_INPUT_BYTES, { stoppedAt = false } = {}): ReadFailure {
  const size = stoppedAt ? "is larger than" : `is ${formatBytes(bytes)}, more than`;
  return { reason: "too-large", bytes, detail: `${size} the ${formatBytes(limitBytes)} kubejobs reads` };
}

/**
 * How a `readStdin` (LoadOptions) that reads bytes reports input that is not text or too large:
 * its interface returns a string, so it rejects with this, and the loader turns `failure` into the
 * same diagnostic a file gets. Recognised by its brand, not `instanceof`: the CLI's bin and the
 * loader are separate bundles, each with its own copy of this class.
 */
export class ReadFailureError extends Error {
  readonly [READ_FAILURE]: ReadFailure;
  constructor(readonly failure: ReadFailure) {
    super(failure.detail);
    this[READ_FAILURE] = failure;
  }
}

/** The failure a `ReadFailureError` carries (from any copy of this module), or undefined. */
export function readFailureOf(e: unknown): ReadFailure | undefined {
  return typeof e === "object" && e !== null && READ_FAILURE in e ? (e as ReadFailureError)[READ_FAILURE] : undefined;
}

function fsFailure(e: unknown): ReadFailure {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return { reason: "not-found", detail: "does not exist" };
  if (code === "EACCES" || code === "EPERM") return { reason: "unreadable", detail: "cannot be read: permission denied" };
  if (code === "EISDIR") return { reason: "is-directory", detail: "is a directory" };
  return { reason: "unreadable", detail: `cannot be read (${code ?? "unknown error"})` };
}

function readStream(absPath: string, limitBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stream = createReadStream(absPath);
    stream.on("data", (chunk) => {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      chunks.push(buf);
      total += buf.length;
      // Stop reading early: one byte over the limit is enough to refuse it.
      if (total > limitBytes) stream.destroy();
    });
    stream.on("close", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}
