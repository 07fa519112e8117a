// Which template files have code running. Kept apart from ts-running.ts (which imports
// node:console) so that the CLI's bin can read it for nothing at start-up.
import type { LoadCode } from "./codes.js";

/**
 * Files by run id, on globalThis rather than in this module: the CLI's bin and the TS loader are
 * separate bundles, each with its own copy of this module. The bin reads it when the process is
 * about to exit with its work unfinished (a promise that never settles: Node simply runs out of
 * things to do).
 */
const RUNNING = Symbol.for("kubejobs.load.running");
type Running = Map<number, string>;

let nextRun = 0;

/** Lists `file` as running until the returned function is called. */
export function markRunning(file: string): () => void {
  const holder = globalThis as { [RUNNING]?: Running };
  const running = (holder[RUNNING] ??= new Map());
  const id = nextRun++;
  running.set(id, file);
  return () => void running.delete(id);
}

/** The files (as the user named them) whose template code has not finished, in start order. */
export function runningTemplates(): string[] {
  const holder = globalThis as { [RUNNING]?: Running };
  return [...new Set(holder[RUNNING]?.values() ?? [])];
}

/**
 * Set by the TS loader (ts-callbacks.ts): the file whose code created the current callback or
 * promise, if any. The CLI's bin asks it about a failure that reaches its own listeners.
 */
export const CULPRIT = Symbol.for("kubejobs.load.culprit");

/** The template file to blame for a failure raised in the current callback, if any. */
export function culprit(): string | undefined {
  return (globalThis as { [CULPRIT]?: () => string | undefined })[CULPRIT]?.();
}

/** What the CLI reports for each file still running when the process ran out of work. */
export const NEVER_SETTLED = {
  code: "load/never-settled" satisfies LoadCode,
  message: "the template never finished: its default export (or a top-level await) waits on a promise that never settles",
  hint: "make sure every promise the template awaits resolves or rejects (a missing resolve() call, an event that never fires)",
} as const;
