import { loadInputs } from "../load/index.js";
import type { LoadResult } from "../load/types.js";
import type { KubeVersion } from "../k8s/versions.js";
import type { Diagnostic } from "../diagnostic.js";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIO } from "./io.js";

/** Loads the command line's inputs with the CLI's environment. */
export function loadFromCli(args: string[], kubeVersion: KubeVersion, io: CliIO): Promise<LoadResult> {
  return loadInputs(
    args,
    { kubeVersion, env: io.env, cwd: io.cwd, readStdin: io.readStdin },
    { importLibrary: () => import("../library.js") },
  );
}

/** 2 when a file could not be read (I/O), 1 for any other error, 0 when only warnings. */
export function exitCodeFor(diagnostics: readonly Diagnostic[]): number {
  let code = EXIT_OK;
  for (const d of diagnostics) {
    if (d.severity !== "error") continue;
    if (d.code.startsWith("io/")) return EXIT_USAGE;
    code = EXIT_INVALID;
  }
  return code;
}
