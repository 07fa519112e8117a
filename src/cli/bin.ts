#!/usr/bin/env node
import { readStdin } from "../stdin.js";
import { main } from "./main.js";

const argv = process.argv.slice(2);
const debug = argv.includes("--debug");

main(argv, {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin,
  env: process.env,
  cwd: process.cwd(),
  stderrIsTTY: process.stderr.isTTY === true,
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
