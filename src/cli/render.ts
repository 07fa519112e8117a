import { checkDocuments } from "../check/check-documents.js";
import { loadManifestSchemas } from "../validate/manifest.js";
import { emitManifests, OUTPUT_FORMATS, type OutputFormat } from "../emit/emit-manifests.js";
import { COMMON_OPTIONS, parseCommandArgs, parseKubeVersion, UsageError } from "./args.js";
import { EXIT_OK, type CliIO } from "./io.js";
import { exitCodeFor, loadFromCli } from "./load-inputs.js";
import { writeOutDir } from "./out-dir.js";
import { reportDiagnostics } from "./report.js";

const HELP = `Usage: kubejobs render <file|dir|->... [options]

Compiles kubejobs templates (TypeScript, JavaScript, YAML or JSON) into Kubernetes manifests:
Secrets, ConfigMaps, then each Job or CronJob. Everything is checked first (template shape,
Kubernetes rules, the target version's API schema); on any error nothing is written.

Options:
  -o, --output yaml|json   YAML stream (default) or one v1 List in JSON
  -n, --namespace NS       namespace for templates that set none
      --out-dir DIR        write one file per object plus kustomization.yaml (all or nothing)
      --kube-version X.Y   target Kubernetes version (default: newest bundled)
      --debug              show stack traces of internal errors

Directories are searched for *.kubejobs.ts|js and for YAML/JSON files holding templates.

Examples:
  kubejobs render examples/nightly-report.kubejobs.yaml | kubectl apply -f -
  kubejobs render jobs/ -n batch --out-dir manifests/
  cat job.yaml | kubejobs render - -o json
`;

export async function runRender(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...COMMON_OPTIONS,
    output: { type: "string", short: "o" },
    namespace: { type: "string", short: "n" },
    "out-dir": { type: "string" },
    "kube-version": { type: "string" },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const format = (values.output ?? "yaml") as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`-o ${values.output}: choose yaml or json`);
  if (positionals.length === 0) throw new UsageError("name at least one template file, directory, or - for stdin");
  const kubeVersion = parseKubeVersion(values["kube-version"]);

  const [loaded] = await Promise.all([loadFromCli(positionals, kubeVersion, io), loadManifestSchemas(kubeVersion)]);
  const checked = checkDocuments(loaded.documents, "render", { kubeVersion, now: new Date(), namespace: values.namespace, env: io.env });
  const diagnostics = [...loaded.diagnostics, ...checked.diagnostics];
  if (diagnostics.length > 0) reportDiagnostics(diagnostics, io);
  const code = exitCodeFor(diagnostics);
  if (code !== EXIT_OK) return code;

  if (values["out-dir"] !== undefined) return writeOutDir(values["out-dir"], checked.manifests, format, io);
  io.stdout(emitManifests(checked.manifests, format));
  return EXIT_OK;
}
