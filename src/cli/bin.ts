#!/usr/bin/env node
import { writeSync } from "node:fs";
import { readStdin } from "../stdin.js";
import { main } from "./main.js";

const argv = process.argv.slice(2);
const debug = argv.includes("--debug");

main(argv, {
  stdout: writeStdout,
  stderr: (text) => void process.stderr.write(text),
  readStdin,
  env: process.env,
  cwd: process.cwd(),
  // Asked only when a diagnostic is printed: the first touch of process.stderr creates its stream.
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // Our own bug, not the user's input: say so plainly; the stack only with --debug.
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`kubejobs: internal error: ${message}\n  hint: rerun with --debug and report it\n`);
    if (debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 2;
  },
);

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
