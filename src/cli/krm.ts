import { runKrm } from "../integrations/krm.js";
import { loadManifestSchemas } from "../validate/manifest.js";
import { COMMON_OPTIONS, parseCommandArgs, UsageError } from "./args.js";
import { EXIT_INVALID, EXIT_OK, type CliIO } from "./io.js";
import { reportDiagnostics } from "./report.js";

const HELP = `Usage: kubejobs krm            (also installed as kubejobs-krm)

A KRM function for kpt and kustomize: reads a ResourceList on stdin and writes it back on stdout
with its items unchanged, the rendered Secrets, ConfigMaps, Jobs and CronJobs appended (each with
config.kubernetes.io/path), and results[] for every problem. Exits 1 on any error (the problems
are on stderr too, and nothing is rendered).

The functionConfig:
  apiVersion: kubejobs.dev/v1alpha1
  kind: KubeJobs
  metadata: { name: nightly }
  spec: { templates: [jobs/report.kubejobs.yaml], kubeVersion: "1.33", namespace: reports }
(or a ConfigMap with the same keys under data: kpt fn eval --exec kubejobs-krm -- templates=jobs/)

Templates are read relative to the functionConfig's file in a kpt package, else to the working
directory. Keep them out of kpt's sight with a .krmignore line: *.kubejobs.*

Examples:
  kpt fn eval pkg --exec kubejobs-krm --fn-config kubejobs-fn.yaml
  kpt fn render pkg --allow-exec          # Kptfile: pipeline.mutators: [{ exec: kubejobs-krm, configPath: kubejobs-fn.yaml }]
  kustomize build --enable-alpha-plugins --enable-exec .   # kustomization.yaml: generators: [kubejobs-fn.yaml]
`;

export async function runKrmCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { ...COMMON_OPTIONS });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`krm reads a ResourceList on stdin and takes no arguments (got ${positionals[0]})`);
  const input = await io.readStdin();
  const run = await runKrm(input, {
    cwd: io.cwd,
    env: io.env,
    prepare: loadManifestSchemas,
    importLibrary: () => import("../library.js"),
  });
  // The ResourceList goes out even on failure: kpt and kustomize show its results.
  io.stdout(run.output);
  if (run.diagnostics.length > 0) reportDiagnostics(run.diagnostics, io);
  return run.failed ? EXIT_INVALID : EXIT_OK;
}
