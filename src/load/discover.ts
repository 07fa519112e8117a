import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import { loadDiagnostic } from "./diagnostics.js";
import { hasKubejobsName } from "./document-kind.js";

export interface InputFile {
  /** The file as the user named it (or as found under a named directory), or `<stdin>`. */
  file: string;
  /** Undefined for stdin. */
  absPath?: string;
  format: "yaml" | "ts";
  /** Named on the command line: loaded and reported whatever it holds. */
  explicit: boolean;
  /** Index of the argument that brought it in (the first one, for a file named twice). */
  arg: number;
  /** Set when it was found by walking that argument, a directory. */
  inDirectory: boolean;
}

/** A problem with an argument itself (missing, unreadable), kept with its argument's index. */
export interface ArgumentProblem {
  arg: number;
  diagnostic: Diagnostic;
}

export interface Discovery {
  inputs: InputFile[];
  /** Directory arguments by index, with the inputs found in each, for `io/no-templates`. */
  directories: Map<number, { dir: string; members: number[] }>;
  problems: ArgumentProblem[];
}

/** JSON Schemas (the editor schema) are never inputs of a scan. */
const SCHEMA_FILE = /\.schema\.json$/i;
const STDIN = "<stdin>";
const TS_EXTENSIONS = /\.(?:ts|mts|cts|tsx|js|mjs|cjs|jsx)$/i;
/** In a directory, only these TS/JS files are templates: helper modules they import are not. */
const TS_TEMPLATE_NAME = /\.kubejobs\.(?:ts|mts|js|mjs)$/i;
const DATA_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);

/**
 * Expands the command line's arguments into input files, in order: each argument in turn, a
 * directory's files sorted by name (code point order, the same on every machine), a file named
 * twice loaded once.
 */
export async function discoverInputs(args: string[], cwd: string): Promise<Discovery> {
  const found: Discovery = { inputs: [], directories: new Map(), problems: [] };
  const byPath = new Map<string, number>();
  const add = (input: InputFile): void => {
    const key = input.absPath ?? STDIN;
    let index = byPath.get(key);
    const seen = index === undefined ? undefined : found.inputs[index];
    if (seen) {
      seen.explicit ||= input.explicit;
    } else {
      index = found.inputs.push(input) - 1;
      byPath.set(key, index);
    }
    // A directory holds the file even when an earlier argument already named it.
    if (input.inDirectory && index !== undefined) found.directories.get(input.arg)?.members.push(index);
  };
  for (const [index, arg] of args.entries()) {
    if (arg === "-") {
      add({ file: STDIN, format: "yaml", explicit: true, arg: index, inDirectory: false });
      continue;
    }
    const absPath = resolve(cwd, arg);
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(absPath)).isDirectory();
    } catch (e) {
      found.problems.push({ arg: index, diagnostic: missing(arg, e) });
      continue;
    }
    if (!isDirectory) {
      add({ file: arg, absPath, format: TS_EXTENSIONS.test(arg) ? "ts" : "yaml", explicit: true, arg: index, inDirectory: false });
      continue;
    }
    found.directories.set(index, { dir: arg, members: [] });
    const diagnostics: Diagnostic[] = [];
    const visit: Visit = (file, abs, format) => add({ file, absPath: abs, format, explicit: false, arg: index, inDirectory: true });
    await walk(absPath, arg, new Set([await realpath(absPath).catch(() => absPath)]), visit, diagnostics);
    for (const diagnostic of diagnostics) found.problems.push({ arg: index, diagnostic });
  }
  return found;
}

type Visit = (file: string, absPath: string, format: InputFile["format"]) => void;

async function walk(absDir: string, shownDir: string, ancestors: Set<string>, visit: Visit, diagnostics: Diagnostic[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(absDir, { withFileTypes: true });
  } catch (e) {
    diagnostics.push(missing(shownDir, e));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Dot entries (.git, .github, .env.yaml) and dependencies are never templates of this project.
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const absPath = join(absDir, entry.name);
    const shown = join(shownDir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const info = await stat(absPath);
        isDirectory = info.isDirectory();
        isFile = info.isFile();
      } catch {
        continue; // a dangling link is nothing to load
      }
    }
    if (isDirectory) {
      const real = await realpath(absPath).catch(() => absPath);
      // A link back to an enclosing directory would loop forever.
      if (ancestors.has(real)) continue;
      await walk(absPath, shown, new Set([...ancestors, real]), visit, diagnostics);
      continue;
    }
    // The editor schema next to the templates (`kubejobs schema > kubejobs.schema.json`, written
    // by init) is no input, and at 250 KB, with `"kind": "Job"` in its text, costly to parse.
    if (SCHEMA_FILE.test(entry.name)) continue;
    const format = DATA_EXTENSIONS.has(extname(entry.name).toLowerCase()) ? "yaml" : TS_TEMPLATE_NAME.test(entry.name) ? "ts" : undefined;
    if (format === undefined) continue;
    // A scan takes regular files only: opening a FIFO blocks until something writes to it, and a
    // device or socket is no template. (Named on the command line, a FIFO is read: `<(cmd)`.)
    if (isFile) visit(shown, absPath, format);
    else diagnostics.push(notRegular(shown));
  }
}

function notRegular(shown: string): Diagnostic {
  return loadDiagnostic(shown, {
    code: "io/skipped",
    severity: "warning",
    message: `skipped ${shown}: it is not a regular file (a FIFO, socket or device)`,
    hint: "a directory scan reads regular files only; name the file on the command line to read it anyway",
  });
}

function missing(shown: string, e: unknown): Diagnostic {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") {
    return loadDiagnostic(shown, {
      code: "io/not-found",
      message: `${shown} does not exist`,
      hint: "check the path; relative paths start at the current directory",
    });
  }
  const why = code === "EACCES" || code === "EPERM" ? "permission denied" : (code ?? "unknown error");
  return loadDiagnostic(shown, { code: "io/unreadable", message: `${shown} cannot be read: ${why}` });
}

/** Discovered files named `*.kubejobs.*` are reported like named ones: they are clearly meant as templates. */
export function isExplicitlyOurs(input: InputFile): boolean {
  return input.explicit || hasKubejobsName(input.file);
}
