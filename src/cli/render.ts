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
      --check              with --out-dir (or the config's outDir): write nothing; exit 1 with a
                           diff on stderr when DIR is not exactly what render would write
      --gitops MODE        annotate Jobs for argocd-hook, argocd-replace or flux (none: off;
                           default: the config's gitops; a template's own gitops wins)
      --kube-version X.Y   target Kubernetes version (default: the config's, else newest bundled)
      --config FILE        project config (default: kubejobs.config.yaml here or in a parent directory)
      --debug              show stack traces of internal errors

Directories are searched for *.kubejobs.ts|js and for YAML/JSON files holding templates.
With no paths, the project config's include names the inputs and its outDir is the default
--out-dir; named inputs go to stdout unless --out-dir is given. Inside Argo CD (ARGOCD_APP_NAME
set), KUBE_VERSION and ARGOCD_APP_NAMESPACE give the defaults and fromEnv: X also reads ARGOCD_ENV_X.

Examples:
  kubejobs render examples/nightly-report.kubejobs.yaml | kubectl apply -f -
  kubejobs render jobs/ -n batch --out-dir manifests/
  kubejobs render --check            # is the config's outDir up to date?
  cat job.yaml | kubejobs render - -o json
`;

export async function runRender(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...COMMON_OPTIONS,
    ...PROJECT_OPTIONS,
    output: { type: "string", short: "o" },
    namespace: { type: "string", short: "n" },
    "out-dir": { type: "string" },
    check: { type: "boolean" },
    gitops: { type: "string" },
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

  // The whole project (no paths named) goes to the config's outDir; named inputs go to stdout.
  const outDir = values["out-dir"] ?? (positionals.length === 0 || values.check ? project.outDir : undefined);
  if (values.check && outDir === undefined)
    throw new UsageError("--check compares an output directory: give --out-dir DIR or set outDir in the config");

  const env = project.env;
  const projectIO = env === io.env ? io : { ...io, env };
  const [loaded] = await Promise.all([loadFromCli(project.inputs, kubeVersion, projectIO), loadManifestSchemas(kubeVersion)]);
  const checked = checkDocuments(loaded.documents, "render", {
    kubeVersion,
    now: new Date(),
    namespace,
    env,
    ...(project.gitops === undefined ? {} : { gitops: project.gitops }),
  });
  const diagnostics = [...project.diagnostics, ...loaded.diagnostics, ...checked.diagnostics];
  if (diagnostics.length > 0) reportDiagnostics(diagnostics, io);
  const code = exitCodeFor(diagnostics);
  if (code !== EXIT_OK) return code;

  if (values.check) {
    const { checkOutDir } = await import("./check-out-dir.js");
    const again = ["kubejobs", "render", ...argv.filter((a) => a !== "--check")].map(shellWord).join(" ");
    return checkOutDir(outDir!, checked.manifests, format, io, again);
  }
  if (outDir !== undefined) return writeOutDir(outDir, checked.manifests, format, io);
  io.stdout(emitManifests(checked.manifests, format));
  return EXIT_OK;
}

/** An argument as a shell would need it quoted, for the command the hint suggests. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
