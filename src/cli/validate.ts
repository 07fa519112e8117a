import { checkDocuments } from "../check/check-documents.js";
import { describeDocument } from "../check/lint-documents.js";
import type { SkippedObject } from "../check/other-kind.js";
import type { Diagnostic } from "../diagnostic.js";
import type { ReportObject } from "../report/model.js";
import { loadManifestSchemas } from "../validate/manifest.js";
import { COMMON_OPTIONS, parseCommandArgs } from "./args.js";
import { PROJECT_OPTIONS, resolveProject } from "./project.js";
import { EXIT_OK, type CliIO } from "./io.js";
import { loadFromCli } from "./load-inputs.js";
import { exitStatus, REPORT_OPTIONS, reportFlags, summarize, toolVersion, writeReport } from "./report.js";

const HELP = `Usage: kubejobs validate <file|dir|->... [options]

Checks kubejobs templates and plain Kubernetes manifests (batch/v1 Job and CronJob, v1 Secret
and ConfigMap, in YAML or JSON) against the template schema, the Kubernetes validation rules,
the target version's API schema and the CronJob schedule dialect. Reports every problem.

Options:
      --format FORMAT      text (on stderr, the default), or on stdout: json ({ diagnostics, summary }),
                           github (workflow commands), sarif (2.1.0), junit (XML)
      --fail-level LEVEL   exit 1 when a finding is at least: error (default), warning or info
      --kube-version X.Y   target Kubernetes version (default: the config's, else newest bundled)
      --config FILE        project config (default: kubejobs.config.yaml here or in a parent directory)
      --debug              show stack traces of internal errors

With no paths, the project config's include names the inputs.

Examples:
  kubejobs validate jobs/
  kubejobs validate manifests/cronjob.yaml --kube-version 1.29
  kubejobs render jobs/ | kubejobs validate - --format json
  kubejobs validate jobs/ --format github --fail-level warning
`;

export async function runValidate(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...COMMON_OPTIONS,
    ...PROJECT_OPTIONS,
    ...REPORT_OPTIONS,
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const { format, failLevel } = reportFlags(values);
  const project = await resolveProject(values, positionals, io, "file, directory");
  const { kubeVersion } = project;
  const diagnostics: Diagnostic[] = [...project.diagnostics];
  const objects: ReportObject[] = [];
  const skipped: SkippedObject[] = [];
  let files = 0;
  if (project.inputs.length > 0) {
    const [loaded] = await Promise.all([loadFromCli(project.inputs, kubeVersion, io), loadManifestSchemas(kubeVersion)]);
    diagnostics.push(...loaded.diagnostics);
    files = loaded.files?.length ?? 0;
    const options = { kubeVersion, now: new Date(), env: io.env };
    // One document at a time, so each report object carries its own diagnostics (JUnit test cases).
    for (const doc of loaded.documents) {
      const checked = checkDocuments([doc], "validate", options);
      if (checked.skipped.length > 0) {
        skipped.push(...checked.skipped);
        continue;
      }
      objects.push({ ...describeDocument(doc), diagnostics: checked.diagnostics });
      diagnostics.push(...checked.diagnostics);
    }
  }
  const code = exitStatus(diagnostics, failLevel);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const kinds = [...new Set(skipped.map((o) => o.kind))].join(", ");
  const skippedText = skipped.length === 0 ? "" : `, ${skipped.length} skipped (kinds kubejobs does not check: ${kinds})`;
  const summary =
    project.inputs.length === 0
      ? undefined
      : `${code === EXIT_OK ? "ok" : "invalid"}: ${plural(objects.length, "document")} checked against Kubernetes ${kubeVersion}${skippedText}; ${summarize(diagnostics)}`;
  writeReport(
    format,
    { command: "validate", diagnostics, objects, skipped, files, rules: [], failLevel, version: toolVersion(), cwd: io.cwd },
    io,
    summary,
  );
  return code;
}
