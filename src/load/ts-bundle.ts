import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { BuildFailure, Message, Plugin } from "esbuild";
import type { Diagnostic } from "../diagnostic.js";
import { loadDiagnostic } from "./diagnostics.js";
import { thrownMessage } from "./plain-data.js";
import type { SourceRange } from "./types.js";

export interface BundleRequest {
  /** Absolute path of the template file. */
  absFile: string;
  /** The file as the user named it, for diagnostics. */
  file: string;
  cwd: string;
  /** Source of the module that `import ... from "kubejobs"` resolves to. */
  librarySource: string;
  /** Its export names, for the hint when an import names something else. */
  libraryExports: string[];
  /** Also make a source map (the same code): only to place a throw, so a load that runs clean never pays for it. */
  sourceMap?: boolean;
}

export type BundleOutcome = { code: string; map?: string } | { diagnostics: Diagnostic[] };

/**
 * Bundles a TS/JS template in memory into one ESM module. The user's relative imports and the npm
 * packages they import are bundled in (resolved from the template's own directory, as Node
 * would); `kubejobs` is the running library; Node builtins stay imports.
 */
export async function bundleTemplate(req: BundleRequest): Promise<BundleOutcome> {
  let esbuild: Esbuild;
  try {
    esbuild = loadEsbuild();
  } catch (e) {
    return { diagnostics: [bundlerFailed(req.file, e)] };
  }
  const fileUrl = pathToFileURL(req.absFile).href;
  try {
    const result = await esbuild.build({
      entryPoints: [req.absFile],
      absWorkingDir: req.cwd,
      bundle: true,
      write: false,
      format: "esm",
      platform: "node",
      target: "node20",
      logLevel: "silent",
      plugins: [libraryPlugin(req.librarySource)],
      // The bundle runs from a data: URL; give it the template's own location instead, so
      // `new URL("./script.sh", import.meta.url)` reads a file next to the template.
      define: {
        "import.meta.url": JSON.stringify(fileUrl),
        "import.meta.filename": JSON.stringify(req.absFile),
        "import.meta.dirname": JSON.stringify(resolve(req.absFile, "..")),
      },
      banner: { js: banner(fileUrl) },
      // An external map needs an output path; nothing is written. Its sources are then relative
      // to the template's directory.
      ...(req.sourceMap ? { sourcemap: "external" as const, outfile: `${req.absFile}.bundle.js` } : {}),
    });
    const output = result.outputFiles?.find((f) => !f.path.endsWith(".map"));
    if (!output) return { diagnostics: [bundlerFailed(req.file, new Error("esbuild returned no output"))] };
    const map = result.outputFiles?.find((f) => f.path.endsWith(".map"));
    return map ? { code: output.text, map: map.text } : { code: output.text };
  } catch (e) {
    const errors = (e as Partial<BuildFailure>).errors;
    if (!Array.isArray(errors) || errors.length === 0) return { diagnostics: [bundlerFailed(req.file, e)] };
    return { diagnostics: errors.map((m) => buildErrorDiagnostic(m, req)) };
  }
}

/**
 * Bundled CommonJS packages call require() for Node builtins, and ESM has no require of its own.
 * The template's console writes to stderr: stdout carries only the rendered manifests, and a
 * debugging console.log in a template must not end up in `kubectl apply -f -`. A throw from a
 * queueMicrotask callback reaches Node's listeners without the async context that names the
 * template (ts-callbacks.ts); rethrown from setImmediate, it keeps it.
 */
function banner(fileUrl: string): string {
  return [
    `import { createRequire as __kubejobsCreateRequire } from "node:module";`,
    `import { Console as __KubejobsConsole } from "node:console";`,
    `var require = __kubejobsCreateRequire(${JSON.stringify(fileUrl)});`,
    `var console = new __KubejobsConsole(process.stderr, process.stderr);`,
    `var queueMicrotask = (f) => globalThis.queueMicrotask(typeof f !== "function" ? f : () => { try { f(); } catch (e) { setImmediate(() => { throw e; }); } });`,
  ].join(" ");
}

type Esbuild = typeof import("esbuild");

let esbuildModule: Esbuild | undefined;

/**
 * Loaded only when a TS template is: a YAML-only run never pays for esbuild (≈ 10 ms to load,
 * ≈ 10 ms to start its service). `require`, not `import()`: esbuild's main file is CommonJS, and
 * importing it makes Node scan all 100 KB of it for named exports first (≈ 15 ms).
 */
function loadEsbuild(): Esbuild {
  return (esbuildModule ??= createRequire(import.meta.url)("esbuild") as Esbuild);
}

/** Loads esbuild ahead of the first build (the result is cached); a failure is reported by the build. */
export function preloadEsbuild(): Promise<unknown> {
  try {
    loadEsbuild();
  } catch {
    // bundleTemplate reports it.
  }
  return Promise.resolve();
}

function libraryPlugin(contents: string): Plugin {
  return {
    name: "kubejobs-library",
    setup(build) {
      build.onResolve({ filter: /^kubejobs$/ }, () => ({ path: "kubejobs", namespace: "kubejobs-library" }));
      build.onLoad({ filter: /.*/, namespace: "kubejobs-library" }, () => ({ contents, loader: "js" }));
    },
  };
}

function buildErrorDiagnostic(m: Message, req: BundleRequest): Diagnostic {
  const loc = m.location;
  // esbuild names files relative to absWorkingDir (the cwd): the way the user sees them.
  // Files have the namespace "" (or "file"); "kubejobs-library" is ours and counts as the entry.
  const inEntry = !loc || (loc.namespace !== "" && loc.namespace !== "file") || resolve(req.cwd, loc.file) === req.absFile;
  const file = inEntry ? req.file : loc.file;
  const at = loc ? rangeOf(loc.line, loc.column, loc.length, loc.lineText) : undefined;
  const unresolved = /^Could not resolve "(.*)"$/.exec(m.text);
  if (unresolved) {
    const name = unresolved[1] ?? "";
    const relative = name.startsWith(".") || name.startsWith("/");
    return loadDiagnostic(
      file,
      {
        code: "load/unresolved-import",
        message: `cannot resolve the import ${JSON.stringify(name)}`,
        hint: relative
          ? "no such file relative to the importing file (.ts, .mts, .js and index files are tried)"
          : `${JSON.stringify(name)} is not installed for this template: run \`npm install ${packageName(name)}\` in the template's project`,
      },
      at,
    );
  }
  const missingExport = /^No matching export in "kubejobs-library:kubejobs" for import "(.*)"$/.exec(m.text);
  if (missingExport) {
    return loadDiagnostic(
      file,
      {
        code: "load/unresolved-import",
        message: `"kubejobs" has no export named ${JSON.stringify(missingExport[1])}`,
        hint: `it exports ${req.libraryExports.join(", ")}`,
      },
      at,
    );
  }
  return loadDiagnostic(file, { code: "load/ts-syntax", message: m.text }, at);
}

/** esbuild counts columns in UTF-8 bytes from 0; diagnostics count characters from 1. */
function rangeOf(line: number, byteColumn: number, byteLength: number, lineText: string): SourceRange {
  const bytes = Buffer.from(lineText, "utf8");
  const column = bytes.subarray(0, byteColumn).toString("utf8").length + 1;
  const endColumn = bytes.subarray(0, byteColumn + byteLength).toString("utf8").length + 1;
  return { line, column, endLine: line, endColumn };
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

function bundlerFailed(file: string, e: unknown): Diagnostic {
  return loadDiagnostic(file, {
    code: "load/bundler-failed",
    message: `esbuild could not bundle the template: ${thrownMessage(e)}`,
    hint: "esbuild ships a native binary per platform; reinstalling kubejobs (npm ci) usually restores it",
  });
}
