// While template code runs (its module evaluates, its default-export function runs until its
// promise settles): which files are running, stdout routed to stderr, and failures in callbacks
// and unhandled rejections caught as the template's own.
import { Console } from "node:console";
import type { LoadProblem } from "./diagnostics.js";
import { markRunning } from "./running-files.js";
import { finishRun, inRun, newRun, watchTemplates } from "./ts-callbacks.js";

/**
 * Runs template code (`work`) for `file`: the file is listed as running, and stdout goes to
 * stderr, until `work` settles and what it set going has had its turn (ts-callbacks.ts). stdout
 * carries only the manifests (piped to `kubectl apply`); a template's `process.stdout.write` or
 * `globalThis.console.log` must not land there. (The bundle's own `console` already writes to
 * stderr; see ts-bundle.ts.) Writes made directly to fd 1 are not caught. `failures`: unhandled
 * rejections and throws from callbacks of the template's code.
 */
export async function runTemplateCode<T>(file: string, work: () => Promise<T>): Promise<{ value: T; failures: LoadProblem[] }> {
  const done = markRunning(file);
  const restore = redirectStdout();
  const unwatch = watchTemplates();
  const run = newRun(file);
  try {
    const value = await inRun(run, work);
    return { value, failures: await finishRun(run) };
  } finally {
    unwatch();
    restore();
    done();
  }
}

let redirects = 0;
let undo: (() => void) | undefined;

/** Counted: files load concurrently, and stdout comes back only when the last one finishes. */
function redirectStdout(): () => void {
  if (redirects++ === 0) undo = swapStdout();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--redirects === 0) {
      undo?.();
      undo = undefined;
    }
  };
}

/**
 * `process.stdout` becomes `process.stderr` (its getter is swapped, so the stdout stream is not
 * created just for this: that costs ≈ 5 ms when stdout is a pipe), and `globalThis.console`
 * a console writing to stderr. The original console is left alone: Node binds its stream on first
 * use, and binding it to stderr here would send a library user's console.log there for good.
 */
function swapStdout(): () => void {
  const undos: (() => void)[] = [];
  const stdout = Object.getOwnPropertyDescriptor(process, "stdout");
  if (stdout?.configurable) {
    Object.defineProperty(process, "stdout", { configurable: true, enumerable: stdout.enumerable ?? true, get: () => process.stderr });
    undos.push(() => Object.defineProperty(process, "stdout", stdout));
  } else {
    const stream = process.stdout;
    const write = stream.write;
    stream.write = process.stderr.write.bind(process.stderr) as typeof stream.write;
    undos.push(() => void (stream.write = write));
  }
  const consoleProperty = Object.getOwnPropertyDescriptor(globalThis, "console");
  if (consoleProperty?.configurable) {
    const toStderr = new Console({ stdout: process.stderr, stderr: process.stderr });
    Object.defineProperty(globalThis, "console", {
      configurable: true,
      enumerable: consoleProperty.enumerable ?? false,
      writable: true,
      value: toStderr,
    });
    undos.push(() => Object.defineProperty(globalThis, "console", consoleProperty));
  }
  return () => {
    for (const u of undos.reverse()) u();
  };
}
