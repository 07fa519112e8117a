import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import { loadDiagnostic } from "./diagnostics.js";
import { documentKind } from "./document-kind.js";
import { thrownMessage, toPlainData } from "./plain-data.js";
import { bundleTemplate, preloadEsbuild } from "./ts-bundle.js";
import { evaluateBundle, librarySource, newLoadId } from "./ts-evaluate.js";
import { templatesFromModule } from "./ts-exports.js";
import { runTemplateCode } from "./ts-running.js";
import type { LoadOptions, SourceDocument } from "./types.js";

export type ImportLibrary = () => Promise<Record<string, unknown>>;

export interface TsInput {
  absPath: string;
  /** The file as the user named it. */
  file: string;
}

/** TS templates have no positions at run time (PRODUCT §3): diagnostics name the file and the path. */
const noPosition = (): undefined => undefined;

/** Bundles, runs and reads one TS/JS template file. Every failure is a diagnostic. */
export async function loadTsFile(
  input: TsInput,
  opts: LoadOptions,
  importLibrary: ImportLibrary,
): Promise<{ documents: SourceDocument[]; diagnostics: Diagnostic[] }> {
  const { file } = input;
  const [library] = await Promise.all([importLibrary(), preloadEsbuild()]);
  const loadId = newLoadId();
  const bundled = await bundleTemplate({
    absFile: input.absPath,
    file,
    cwd: resolve(opts.cwd),
    librarySource: librarySource(library, loadId),
    libraryExports: Object.keys(library).filter((name) => name !== "default"),
  });
  if ("diagnostics" in bundled) return { documents: [], diagnostics: bundled.diagnostics };

  // Template code runs from here to the end: its module, its default-export function, the
  // getters read while copying. Meanwhile the file is listed as running and stdout goes to stderr.
  const { value, failures } = await runTemplateCode(file, async () => {
    let namespace: Record<string, unknown>;
    try {
      namespace = await evaluateBundle(bundled.code, library, loadId);
    } catch (e) {
      return {
        documents: [],
        diagnostics: [loadDiagnostic(file, { code: "load/ts-threw", message: `the template module threw: ${thrownMessage(e)}` })],
      };
    }

    // A copy of the environment: a template function that edits it must not change ours.
    const { templates, problems } = await templatesFromModule(namespace, { kubeVersion: opts.kubeVersion, env: { ...opts.env } });
    const diagnostics = problems.map((p) => loadDiagnostic(file, p));
    const documents: SourceDocument[] = [];
    for (const template of templates) {
      const plain = toPlainData(template.value);
      for (const p of plain.problems) diagnostics.push(loadDiagnostic(file, { ...p, path: [...template.pathPrefix, ...p.path] }));
      if (plain.problems.length > 0) continue;
      const value = plain.value as Record<string, unknown>;
      documents.push({
        kind: documentKind(value),
        value,
        file,
        pathPrefix: template.pathPrefix,
        locate: noPosition,
        files: {},
        unreadFiles: {},
      });
    }
    return { documents, diagnostics };
  });
  for (const p of failures) value.diagnostics.push(loadDiagnostic(file, p));
  return value;
}
