#!/usr/bin/env node
import { writeSync } from "node:fs";
import { culprit, NEVER_SETTLED, runningTemplates } from "../load/running-files.js";
import { readStdin } from "../stdin.js";
import { main } from "./main.js";

const argv = process.argv.slice(2);
const debug = argv.includes("--debug");
/** Whether main() has returned (or thrown): see the "exit" handler. */
let settled = false;
/** Whether process.stderr was written to (it is created on first use, which costs). */
let stderrUsed = false;

main(argv, {
  stdout: writeStdout,
  stderr: (text) => {
    stderrUsed = true;
    process.stderr.write(text);
  },
  readStdin,
  env: process.env,
  cwd: process.cwd(),
  // Asked only when a diagnostic is printed: the first touch of process.stderr creates its stream.
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
}).then(
  (code) => {
    settled = true;
    finish(code);
  },
  (e: unknown) => {
    settled = true;
    internalError(e);
  },
);

/**
 * Once the work is done, the process ends: nothing a template left running (an open handle, a
 * callback) may still write or fail after the result is out. Its timers were cancelled when it
 * finished loading (load/ts-callbacks.ts); this covers everything else.
 */
function finish(code: number): void {
  process.exitCode = code;
  // A pipe that is full takes the rest later: exit once both streams have written everything.
  const streams = [stdoutStream ? process.stdout : undefined, stderrUsed ? process.stderr : undefined].filter((s) => s !== undefined);
  let waiting = streams.length;
  if (waiting === 0) process.exit();
  for (const stream of streams) stream.write("", () => --waiting === 0 && process.exit());
}

/** Our own bug, not the user's input: say so plainly; the stack only with --debug. */
function internalError(e: unknown): void {
  writeStderr(`kubejobs: internal error: ${messageOf(e)}\n  hint: rerun with --debug and report it\n`);
  if (debug && e instanceof Error && e.stack) writeStderr(`${e.stack}\n`);
  process.exitCode = 2;
  process.exit();
}

/**
 * A failure nobody caught. The TS loader claims those of template code while it runs; one that
 * comes later (a template's callback after its file was loaded) is still the template's error.
 * Anything else is ours. Either way no Node stack trace (and no base64 dump of a bundle).
 */
function uncaught(e: unknown): void {
  const file = culprit();
  if (file === undefined) return internalError(e);
  writeStderr(
    `${file}: error: the template failed after it was loaded: ${messageOf(e)} [load/ts-threw]\n  hint: catch errors in callbacks and promises, or await the work in the default export\n`,
  );
  process.exitCode = 1;
  process.exit();
}
process.on("uncaughtException", uncaught);
process.on("unhandledRejection", uncaught);

/** The error's message (never its stack); reading it may throw too (a getter in template code). */
function messageOf(e: unknown): string {
  try {
    return e instanceof Error ? (e.name && e.name !== "Error" ? `${e.name}: ${e.message}` : e.message) : String(e);
  } catch {
    return "a value that cannot be printed";
  }
}

function writeStderr(text: string): void {
  try {
    writeSync(2, text);
  } catch {
    // stderr is gone; the exit code still says it failed.
  }
}

/**
 * Node exits when its event loop is empty, even with main() still waiting: a template whose
 * default-export function returns (or whose top-level await waits on) a promise that never
 * settles leaves nothing scheduled, so the process would end with exit 0 and no output. Name the
 * template(s) still running and fail instead. Writes here must be synchronous (fd 2).
 */
process.on("exit", () => {
  if (settled) return;
  const files = runningTemplates();
  const lines = files.map((file) => `${file}: error: ${NEVER_SETTLED.message} [${NEVER_SETTLED.code}]\n  hint: ${NEVER_SETTLED.hint}\n`);
  if (files.length === 0)
    lines.push(
      "kubejobs: internal error: the run stopped before it finished (a promise that never settles)\n  hint: rerun with --debug and report it\n",
    );
  try {
    writeSync(2, lines.join(""));
  } catch {
    // stderr is gone; the exit code still says it failed.
  }
  process.exitCode = files.length > 0 ? 1 : 2;
});

let stdoutStream = false;

/**
 * Writes to fd 1 directly: creating process.stdout costs ≈ 5 ms at start-up when it is a pipe
 * (it loads net and streams), as in `kubejobs render | kubectl apply -f -`. Node writes to pipes,
 * files and terminals synchronously on Linux anyway, so the order with stderr is the same. On any
 * error (a non-blocking pipe that is full, a closed pipe) the rest goes through process.stdout,
 * which handles those as before.
 */
function writeStdout(text: string): void {
  if (stdoutStream) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, "utf8");
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch {
    stdoutStream = true;
    process.stdout.write(bytes.subarray(written));
  }
}
