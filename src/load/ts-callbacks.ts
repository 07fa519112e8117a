// Template code that fails outside the calls the loader awaits: a promise rejected with nothing
// to handle it, a throw from a timer, setImmediate, queueMicrotask, process.nextTick or an event.
// Node would crash on either, printing a stack and a base64 dump of the bundle. While templates
// run, such failures are the template's own `load/ts-threw`: each run carries its file in an
// AsyncLocalStorage, which follows the code into every callback and promise it creates, so
// concurrent templates are told apart. Timers a template leaves behind are cancelled when it
// finishes: template code never runs after its file is loaded, so the outcome never depends on
// timing.
import { AsyncLocalStorage, createHook } from "node:async_hooks";
import type { LoadProblem } from "./diagnostics.js";
import { thrownMessage } from "./plain-data.js";
import { CULPRIT } from "./running-files.js";

export interface TemplateRun {
  readonly file: string;
  readonly problems: LoadProblem[];
  /** Timers and immediates the template's code created, cancelled when it finishes. */
  readonly handles: { kind: "Timeout" | "Immediate"; handle: unknown }[];
}

const runs = new AsyncLocalStorage<TemplateRun>();

/** The file whose code created the current callback or promise, if any (read by the CLI's bin too). */
(globalThis as { [CULPRIT]?: () => string | undefined })[CULPRIT] = () => runs.getStore()?.file;

/** At most this many such failures are reported per file (an interval may throw every millisecond). */
const MAX_PROBLEMS = 3;

export function newRun(file: string): TemplateRun {
  return { file, problems: [], handles: [] };
}

/** Runs `work` as `run`'s template code: its callbacks and promises carry the run. */
export function inRun<T>(run: TemplateRun, work: () => Promise<T>): Promise<T> {
  return runs.run(run, work);
}

/**
 * After the template's work settled: lets what it has already set going report (rejections are
 * raised once the microtasks drain; immediates and zero-delay timers fire next), then cancels its
 * remaining timers. Returns the run's failures.
 */
export async function finishRun(run: TemplateRun): Promise<LoadProblem[]> {
  await new Promise((resolve) => setImmediate(resolve));
  // Node runs timers of the same delay in the order they were made: a template's `setTimeout(f)`
  // or `setTimeout(f, 1)` made before this one runs before it.
  if (run.handles.some((h) => h.kind === "Timeout")) await new Promise((resolve) => setTimeout(resolve, 1));
  for (const { kind, handle } of run.handles) {
    if (kind === "Timeout") clearTimeout(handle as NodeJS.Timeout);
    else clearImmediate(handle as NodeJS.Immediate);
  }
  run.handles.length = 0;
  return run.problems;
}

function record(run: TemplateRun, kind: "rejection" | "exception", thrown: unknown): void {
  const message =
    kind === "rejection"
      ? `a promise in the template was rejected and nothing handled it: ${thrownMessage(thrown)}`
      : `the template threw from a callback (a timer, an event or a microtask): ${thrownMessage(thrown)}`;
  if (run.problems.length >= MAX_PROBLEMS || run.problems.some((p) => p.message === message)) return;
  run.problems.push({
    code: "load/ts-threw",
    message,
    hint:
      kind === "rejection"
        ? "await the promise (or end it with .catch) so that its failure is handled where it happens"
        : "catch errors inside callbacks, or await the work in the default export so that kubejobs sees it fail",
  });
}

// Creating a timer is seen by this hook only while some template runs; `init` runs in the
// creator's context, where the run is.
const hook = createHook({
  init(_id, type, _trigger, resource) {
    if (type !== "Timeout" && type !== "Immediate") return;
    runs.getStore()?.handles.push({ kind: type, handle: resource });
  },
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Node's listener types differ per event
type Listener = (...args: any[]) => void;
const EVENTS = ["uncaughtException", "unhandledRejection"] as const;
let watching = 0;
let saved: Record<(typeof EVENTS)[number], Listener[]> | undefined;

/**
 * While any template runs (counted: files load concurrently), the process's listeners for
 * uncaught exceptions and unhandled rejections are set aside for ours, which keep what comes from
 * template code and hand everything else to the set-aside listeners, as if they had been called.
 */
export function watchTemplates(): () => void {
  if (watching++ === 0) {
    saved = { uncaughtException: process.listeners("uncaughtException"), unhandledRejection: process.listeners("unhandledRejection") };
    for (const event of EVENTS) process.removeAllListeners(event);
    process.on("uncaughtException", onException);
    process.on("unhandledRejection", onRejection);
    hook.enable();
  }
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--watching > 0) return;
    hook.disable();
    process.off("uncaughtException", onException);
    process.off("unhandledRejection", onRejection);
    // Back in front of any listener added meanwhile, in their order.
    for (const listener of [...(saved?.uncaughtException ?? [])].reverse()) process.prependListener("uncaughtException", listener);
    for (const listener of [...(saved?.unhandledRejection ?? [])].reverse()) process.prependListener("unhandledRejection", listener);
    saved = undefined;
  };
}

function onException(error: unknown, origin: unknown): void {
  const run = runs.getStore();
  if (run) return record(run, "exception", error);
  const others = saved?.uncaughtException ?? [];
  if (others.length > 0) {
    for (const listener of others) listener.call(process, error, origin);
    return;
  }
  // Nobody else listens: Node's own behaviour (print, exit 1), which our listener would prevent.
  process.off("uncaughtException", onException);
  process.nextTick(() => {
    throw error;
  });
}

function onRejection(reason: unknown, promise: unknown): void {
  const run = runs.getStore();
  if (run) return record(run, "rejection", reason);
  const others = saved?.unhandledRejection ?? [];
  if (others.length > 0) {
    for (const listener of others) listener.call(process, reason, promise);
    return;
  }
  onException(reason, "unhandledRejection");
}
