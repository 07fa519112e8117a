import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { error, hasErrors, type Diagnostic } from "../diagnostic.js";
import { loadDiagnostic } from "./diagnostics.js";
import { discoverInputs, isExplicitlyOurs, type Discovery, type InputFile } from "./discover.js";
import { isOurs, looksLikeOurs } from "./document-kind.js";
import { readSecretFiles } from "./from-file.js";
import { checkText, MAX_INPUT_BYTES, readFailureOf, readTextFile, tooLarge, type ReadFailure, type ReadOutcome } from "./read-file.js";
import type { ImportLibrary } from "./ts.js";
import type { LoadOptions, LoadResult, SourceDocument } from "./types.js";

export interface LoadDependencies {
  /** The library that `import ... from "kubejobs"` gets in TS templates; tests pass a fake. */
  importLibrary: ImportLibrary;
}

interface Loaded {
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
  /** Whether the input is ours: a file found in a directory that is not is dropped silently. */
  ours: boolean;
}

export async function loadInputsWith(args: string[], opts: LoadOptions, deps: LoadDependencies): Promise<LoadResult> {
  if (args.length === 0) {
    return {
      documents: [],
      files: [],
      diagnostics: [error("io/no-input", [], "no input given", "name template files or directories, or `-` to read standard input")],
    };
  }
  const cwd = resolve(opts.cwd);
  const discovery = await discoverInputs(args, cwd);
  // Files load concurrently; results are put back in input order, so output never depends on timing.
  const loaded = await mapConcurrently(discovery.inputs, (input) => loadInput(input, opts, cwd, deps));

  // Results are reported argument by argument: an argument's own problem (not found) comes
  // where the argument was given, not ahead of everything else.
  const byArg = groupByArgument(args.length, discovery);
  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  // A skipped file (a warning) is not a template; a TS template that exports nothing today is.
  const holdsTemplates = (i: number): boolean => {
    const result = loaded[i];
    return !!result?.ours && (discovery.inputs[i]?.format === "ts" || result.documents.length > 0 || hasErrors(result.diagnostics));
  };
  for (const [arg, { problems, inputs }] of byArg.entries()) {
    diagnostics.push(...problems);
    for (const i of inputs) {
      const result = loaded[i];
      if (!result?.ours) continue;
      files.push(discovery.inputs[i]!.file);
      documents.push(...result.documents);
      diagnostics.push(...result.diagnostics);
    }
    const directory = discovery.directories.get(arg);
    if (directory && !directory.members.some(holdsTemplates)) diagnostics.push(noTemplates(directory.dir, directory.members.length));
  }
  return { documents, files, diagnostics };
}

function groupByArgument(count: number, discovery: Discovery): { problems: Diagnostic[]; inputs: number[] }[] {
  const groups = Array.from({ length: count }, () => ({ problems: [] as Diagnostic[], inputs: [] as number[] }));
  for (const p of discovery.problems) groups[p.arg]?.problems.push(p.diagnostic);
  discovery.inputs.forEach((input, i) => groups[input.arg]?.inputs.push(i));
  return groups;
}

function noTemplates(dir: string, looked: number): Diagnostic {
  return loadDiagnostic(dir, {
    code: "io/no-templates",
    message: `no templates found in ${dir}${looked > 0 ? ` (${looked} YAML/JSON file${looked === 1 ? "" : "s"}, none a template or a Job, CronJob, Secret or ConfigMap manifest)` : ""}`,
    hint: "directories are searched for *.yaml, *.yml and *.json templates (kind: Job or ScheduledJob) and *.kubejobs.ts files; name a file to load it whatever its name",
  });
}

async function loadInput(input: InputFile, opts: LoadOptions, cwd: string, deps: LoadDependencies): Promise<Loaded> {
  const reportAll = isExplicitlyOurs(input);
  let loaded: Loaded;
  if (input.format === "ts" && input.absPath) {
    const tooLarge = await sizeCheck(input.absPath);
    if (tooLarge) return failed(input, tooLarge, reportAll);
    const { loadTsFile } = await import("./ts.js");
    loaded = { ...(await loadTsFile({ absPath: input.absPath, file: input.file }, opts, deps.importLibrary)), ours: true };
  } else {
    const outcome = input.absPath ? await readTextFile(input.absPath) : await readStdin(opts);
    if ("failure" in outcome) return failed(input, outcome.failure, reportAll);
    // A found file without a `kind:` line we handle (package-lock.json, a Helm values file) is not
    // ours whatever it parses to: skip it without paying for the parser.
    if (!reportAll && !looksLikeOurs(outcome.text)) return { documents: [], diagnostics: [], ours: false };
    const { parseYaml } = await import("./yaml.js");
    const parsed = parseYaml(outcome.text, input.file);
    const ours =
      reportAll ||
      parsed.documents.some((d) => isOurs(d.value as Record<string, unknown>)) ||
      (hasErrors(parsed.diagnostics) && looksLikeOurs(outcome.text));
    loaded = { ...parsed, ours };
  }
  if (!loaded.ours) return loaded;
  if (input.inDirectory) for (const doc of loaded.documents) doc.foundInDirectory = true;
  const baseDir = input.absPath ? dirname(input.absPath) : cwd;
  const shownDir = input.absPath
    ? `the template's directory (${dirname(input.file)})`
    : "the current directory (the template came from stdin)";
  for (const doc of loaded.documents) {
    if (doc.kind === "template") await readSecretFiles(doc, baseDir, shownDir);
  }
  return loaded;
}

async function readStdin(opts: LoadOptions): Promise<ReadOutcome> {
  try {
    return checkText(await opts.readStdin());
  } catch (e) {
    const failure = readFailureOf(e);
    if (failure) return { failure };
    return { failure: { reason: "unreadable", detail: `cannot be read (${(e as Error)?.message ?? "unknown error"})` } };
  }
}

/** esbuild reads TS files itself; refuse a huge one before it does. */
async function sizeCheck(absPath: string): Promise<ReadFailure | undefined> {
  try {
    const { size } = await stat(absPath);
    if (size > MAX_INPUT_BYTES) return tooLarge(size);
  } catch {
    // Reported by esbuild, with its own words.
  }
  return undefined;
}

const IO_CODES = {
  "not-found": "io/not-found",
  unreadable: "io/unreadable",
  "is-directory": "io/unreadable",
  "too-large": "io/too-large",
  binary: "io/binary",
} as const;

function failed(input: InputFile, failure: ReadFailure, reportAll: boolean): Loaded {
  const shown = input.file;
  if (!reportAll) {
    // A file found while walking a directory may be anything; a big or binary one is skipped, but said.
    const diagnostic = loadDiagnostic(shown, {
      code: "io/skipped",
      severity: "warning",
      message: `skipped ${shown}: it ${failure.detail}`,
    });
    return { documents: [], diagnostics: [diagnostic], ours: true };
  }
  const hint =
    failure.reason === "too-large"
      ? "templates are a few kilobytes; split the input or check that this is the file you meant"
      : failure.reason === "binary"
        ? "kubejobs reads UTF-8 text (YAML, JSON, TS or JS); a UTF-16 file must be saved as UTF-8"
        : undefined;
  const problem = { code: IO_CODES[failure.reason], message: `${shown} ${failure.detail}`, ...(hint ? { hint } : {}) };
  return { documents: [], diagnostics: [loadDiagnostic(shown, problem, failure.reason === "binary" ? failure.at : undefined)], ours: true };
}

/** A few files at a time: a directory of thousands must not run out of file descriptors. */
const CONCURRENT_FILES = 16;

async function mapConcurrently<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_FILES, items.length) }, worker));
  return results;
}
