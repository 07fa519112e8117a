import { checkDocuments } from "../check/check-documents.js";
import { loadManifestSchemas } from "../validate/manifest.js";
import { COMMON_OPTIONS, parseCommandArgs, UsageError } from "./args.js";
import { PROJECT_OPTIONS, resolveProject } from "./project.js";
import { EXIT_OK, type CliIO } from "./io.js";
import { exitCodeFor, loadFromCli } from "./load-inputs.js";
import { reportDiagnostics, summarize } from "./report.js";

const HELP = `Usage: kubejobs validate <file|dir|->... [options]

Checks kubejobs templates and plain Kubernetes manifests (batch/v1 Job and CronJob, v1 Secret
and ConfigMap, in YAML or JSON) against the template schema, the Kubernetes validation rules,
the target version's API schema and the CronJob schedule dialect. Reports every problem.

Options:
      --format text|json   text on stderr (default), or a JSON array of diagnostics on stdout
      --kube-version X.Y   target Kubernetes version (default: the config's, else newest bundled)
      --config FILE        project config (default: kubejobs.config.yaml here or in a parent directory)
      --debug              show stack traces of internal errors

With no paths, the project config's include names the inputs.

Examples:
  kubejobs validate jobs/
  kubejobs validate manifests/cronjob.yaml --kube-version 1.29
  kubejobs render jobs/ | kubejobs validate - --format json
`;

export async function runValidate(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...COMMON_OPTIONS,
    ...PROJECT_OPTIONS,
    format: { type: "string" },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format ${format}: choose text or json`);
  const project = await resolveProject(values, positionals, io, "file, directory");
  const { kubeVersion } = project;
  if (project.inputs.length === 0) {
    reportDiagnostics(project.diagnostics, io, format);
    return exitCodeFor(project.diagnostics);
  }

  const [loaded] = await Promise.all([loadFromCli(project.inputs, kubeVersion, io), loadManifestSchemas(kubeVersion)]);
  const checked = checkDocuments(loaded.documents, "validate", { kubeVersion, now: new Date(), env: io.env });
  const diagnostics = [...project.diagnostics, ...loaded.diagnostics, ...checked.diagnostics];
  reportDiagnostics(diagnostics, io, format);
  const code = exitCodeFor(diagnostics);
  if (format === "text") {
    const checkedCount = loaded.documents.length - checked.skipped.length;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const kinds = [...new Set(checked.skipped.map((o) => o.kind))].join(", ");
    const skipped = checked.skipped.length === 0 ? "" : `, ${checked.skipped.length} skipped (kinds kubejobs does not check: ${kinds})`;
    io.stderr(
      `${code === EXIT_OK ? "ok" : "invalid"}: ${plural(checkedCount, "document")} checked against Kubernetes ${kubeVersion}${skipped}; ${summarize(diagnostics)}\n`,
    );
  }
  return code;
}
