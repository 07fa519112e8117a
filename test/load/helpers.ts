import { fileURLToPath } from "node:url";
import * as define from "../../src/template/define.js";
import { loadInputsWith } from "../../src/load/load-inputs.js";
import type { LoadOptions, LoadResult } from "../../src/load/types.js";

export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

/** Stands in for the running library: the real `job`/`scheduledJob`, nothing else. */
export const fakeLibrary: Record<string, unknown> = { ...define };

export function options(overrides: Partial<LoadOptions> = {}): LoadOptions {
  return { kubeVersion: "1.33", env: {}, cwd: FIXTURES, readStdin: async () => "", ...overrides };
}

/** Loads with the fixtures directory as cwd and the fake library. */
export function load(args: string[], overrides: Partial<LoadOptions> = {}, library = fakeLibrary): Promise<LoadResult> {
  return loadInputsWith(args, options(overrides), { importLibrary: async () => library });
}

/** The parts of a diagnostic tests assert on: never the wording. */
export function brief(result: LoadResult) {
  return result.diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    file: d.file,
    path: d.path,
    line: d.line,
    column: d.column,
  }));
}
