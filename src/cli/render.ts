import { checkDocuments } from "../check/check-documents.js";
import { loadManifestSchemas } from "../validate/manifest.js";
import { emitManifests, OUTPUT_FORMATS, type OutputFormat } from "../emit/emit-manifests.js";
import { COMMON_OPTIONS, parseCommandArgs, UsageError } from "./args.js";
import { EXIT_OK, type CliIO } from "./io.js";
import { exitCodeFor, loadFromCli } from "./load-inputs.js";
import { writeOutDir } from "./out-dir.js";
import { PROJECT_OPTIONS, resolveProject } from "./project.js";
import { reportDiagnostics } from "./report.js";

const HELP = `Usage: kubejobs render <file|dir|->... [options]

Compiles kubejobs templates (TypeScript, JavaScript, YAML or JSON) into Kubernetes manifests:
Secrets, ConfigMaps, then each Job or CronJob. Everything is checked first (template shape,
Kubernetes rules, the target version's API schema); on any error nothing is written.

Options:
  -o, --output yaml|json   YAML stream (default) or one v1 List in JSON
  -n, --namespace NS       namespace for templates that set none
      --out-dir DIR        write one file per object plus kustomization.yaml (all or nothing)
      --kube-version X.Y   target Kubernetes version (default: the config's, else newest bundled)
      --config FILE        project config (default: kubejobs.config.yaml here or in a parent directory)
      --debug              show stack traces of internal errors

Directories are searched for *.kubejobs.ts|js and for YAML/JSON files holding templates.
With no paths, the project config's include names the inputs and its outDir is the default
--out-dir; named inputs go to stdout unless --out-dir is given.

Examples:
  kubejobs render examples/nightly-report.kubejobs.yaml | kubectl apply -f -
  kubejobs render jobs/ -n batch --out-dir manifests/
  cat job.yaml | kubejobs render - -o json
`;

export async function runRender(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...COMMON_OPTIONS,
    ...PROJECT_OPTIONS,
    output: { type: "string", short: "o" },
    namespace: { type: "string", short: "n" },
    "out-dir": { type: "string" },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const format = (values.output ?? "yaml") as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`-o ${values.output}: choose yaml or json`);
  const project = await resolveProject(values, positionals, io, "template file, directory");
  const { kubeVersion, namespace } = project;
  if (project.inputs.length === 0) {
    reportDiagnostics(project.diagnostics, io);
    return exitCodeFor(project.diagnostics);
  }

  const [loaded] = await Promise.all([loadFromCli(project.inputs, kubeVersion, io), loadManifestSchemas(kubeVersion)]);
  const checked = checkDocuments(loaded.documents, "render", { kubeVersion, now: new Date(), namespace, env: io.env });
  const diagnostics = [...project.diagnostics, ...loaded.diagnostics, ...checked.diagnostics];
  if (diagnostics.length > 0) reportDiagnostics(diagnostics, io);
  const code = exitCodeFor(diagnostics);
  if (code !== EXIT_OK) return code;

  // The whole project (no paths named) goes to the config's outDir; named inputs go to stdout.
  const outDir = values["out-dir"] ?? (positionals.length === 0 ? project.outDir : undefined);
  if (outDir !== undefined) return writeOutDir(outDir, checked.manifests, format, io);
  io.stdout(emitManifests(checked.manifests, format));
  return EXIT_OK;
}
