import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import { loadDiagnostic, type LoadProblem } from "./diagnostics.js";
import { documentKind } from "./document-kind.js";
import { thrownMessage, toPlainData } from "./plain-data.js";
import { bundleTemplate, preloadEsbuild, type BundleRequest } from "./ts-bundle.js";
import { evaluateBundle, librarySource, newLoadId } from "./ts-evaluate.js";
import { defaultExportSite } from "./ts-export-site.js";
import { templatesFromModule } from "./ts-exports.js";
import { runTemplateCode } from "./ts-running.js";
import { describeSite, throwSites } from "./ts-throw-site.js";
import type { LoadOptions, SourceDocument, SourceRange } from "./types.js";

export type ImportLibrary = () => Promise<Record<string, unknown>>;

export interface TsInput {
  absPath: string;
  /** The file as the user named it. */
  file: string;
}

/**
 * TS templates have no positions at run time (PRODUCT §3): diagnostics name the file and the
 * template path, and are placed where the default export is written, the root every template
 * path starts from (as YAML places a missing field at its nearest ancestor). A throw is placed
 * where it was thrown.
 */
function exportSite(absPath: string): () => SourceRange | undefined {
  // Found when a diagnostic first needs it, as YAML positions are: a template that renders
  // clean never reads its file a second time.
  let site: SourceRange | undefined | null = null;
  return () => {
    if (site === null) {
      try {
        site = defaultExportSite(readFileSync(absPath, "utf8"));
      } catch {
        site = undefined; // bundling read the same file, and reported why it could not
      }
    }
    return site;
  };
}

/**
 * A throw in template code, at the template file's innermost line on the stack; when it was thrown
 * in a file the template imports, the message names that file and line too.
 */
async function placeThrow(problem: LoadProblem, thrown: unknown, request: BundleRequest, ran: string): Promise<Diagnostic> {
  const sites = await throwSites(thrown, request, ran);
  const own = sites.find((site) => site.file === request.absFile);
  const innermost = sites[0];
  const message =
    innermost !== undefined && innermost !== own ? `${problem.message} (at ${describeSite(innermost, request.cwd)})` : problem.message;
  return loadDiagnostic(request.file, { ...problem, message }, own && { line: own.line, column: own.column });
}

/** Bundles, runs and reads one TS/JS template file. Every failure is a diagnostic. */
export async function loadTsFile(
  input: TsInput,
  opts: LoadOptions,
  importLibrary: ImportLibrary,
): Promise<{ documents: SourceDocument[]; diagnostics: Diagnostic[] }> {
  const { file } = input;
  const [library] = await Promise.all([importLibrary(), preloadEsbuild()]);
  const loadId = newLoadId();
  const request: BundleRequest = {
    absFile: input.absPath,
    file,
    cwd: resolve(opts.cwd),
    librarySource: librarySource(library, loadId),
    libraryExports: Object.keys(library).filter((name) => name !== "default"),
  };
  const bundled = await bundleTemplate(request);
  const site = exportSite(input.absPath);
  if ("diagnostics" in bundled) return { documents: [], diagnostics: bundled.diagnostics };

  // Template code runs from here to the end: its module, its default-export function, the
  // getters read while copying. Meanwhile the file is listed as running and stdout goes to stderr.
  const { value, failures } = await runTemplateCode(file, async () => {
    let namespace: Record<string, unknown>;
    try {
      namespace = await evaluateBundle(bundled.code, library, loadId);
    } catch (e) {
      const problem: LoadProblem = { code: "load/ts-threw", message: `the template module threw: ${thrownMessage(e)}` };
      return { documents: [], diagnostics: [await placeThrow(problem, e, request, bundled.code)] };
    }

    // A copy of the environment: a template function that edits it must not change ours.
    const exported = await templatesFromModule(namespace, { kubeVersion: opts.kubeVersion, env: { ...opts.env } });
    const { templates, problems } = exported;
    const diagnostics = await Promise.all(
      problems.map((p) =>
        p.code === "load/ts-threw" && "thrown" in exported
          ? placeThrow(p, exported.thrown, request, bundled.code)
          : loadDiagnostic(file, p, site()),
      ),
    );
    const documents: SourceDocument[] = [];
    for (const template of templates) {
      const plain = toPlainData(template.value);
      for (const p of plain.problems) diagnostics.push(loadDiagnostic(file, { ...p, path: [...template.pathPrefix, ...p.path] }, site()));
      if (plain.problems.length > 0) continue;
      const value = plain.value as Record<string, unknown>;
      documents.push({
        kind: documentKind(value),
        value,
        file,
        pathPrefix: template.pathPrefix,
        locate: site,
        files: {},
        unreadFiles: {},
      });
    }
    return { documents, diagnostics };
  });
  for (const p of failures) value.diagnostics.push(loadDiagnostic(file, p));
  return value;
}
