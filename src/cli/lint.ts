import { lintDocuments } from "../check/lint-documents.js";
import type { SkippedObject } from "../check/other-kind.js";
import type { Diagnostic } from "../diagnostic.js";
import type { RuleLevels } from "../lint/levels.js";
import type { PssLevel } from "../lint/pss/check.js";
import { LINT_RULES } from "../lint/rules/index.js";
import type { LintRule, RuleLevel } from "../lint/rules/rule.js";
import type { ReportRule } from "../report/model.js";
import { loadManifestSchemas } from "../validate/manifest.js";
import { COMMON_OPTIONS, parseCommandArgs, UsageError } from "./args.js";
import { EXIT_OK, type CliIO } from "./io.js";
import { loadFromCli } from "./load-inputs.js";
import { PROJECT_OPTIONS, resolveProject } from "./project.js";
import { exitStatus, REPORT_OPTIONS, reportDiagnostics, reportFlags, summarize, toolVersion, writeReport } from "./report.js";

const HELP = `Usage: kubejobs lint <file|dir|->... [options]

Runs every validation layer, then the lint rules: Pod Security Standards, images, resources,
secrets, and the batch traps of Jobs and CronJobs. Findings are diagnostics at the line to fix.

Options:
      --pss LEVEL          Pod Security Standards level whose violations are errors: baseline
                           (default; restricted ones are info) or restricted
      --format FORMAT      text (on stderr, the default), or on stdout: json, github, sarif, junit
      --fail-level LEVEL   exit 1 when a finding is at least: error (default), warning or info
      --kube-version X.Y   target Kubernetes version (default: the config's, else newest bundled)
      --config FILE        project config (default: kubejobs.config.yaml here or in a parent directory);
                           its lint: { pss, rules: { <id>: error|warning|info|off } } sets levels
      --list-rules         print the rule catalogue (id, level, rationale, peers) and exit
      --debug              show stack traces of internal errors

Opt out per object with the annotation lint.kubejobs.dev/ignore: "<id>,<id>" (on a template,
through annotations). With no paths, the project config's include names the inputs.

Examples:
  kubejobs lint jobs/
  kubejobs lint jobs/ --pss restricted --format sarif > kubejobs.sarif
  kubejobs lint jobs/ --format github --fail-level warning
`;

export async function runLint(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...COMMON_OPTIONS,
    ...PROJECT_OPTIONS,
    ...REPORT_OPTIONS,
    pss: { type: "string" },
    "list-rules": { type: "boolean" },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const { format, failLevel } = reportFlags(values);
  if (values.pss !== undefined && values.pss !== "baseline" && values.pss !== "restricted")
    throw new UsageError(`--pss ${values.pss}: choose baseline or restricted`);

  const ruleIds = LINT_RULES.map((r) => r.id);
  if (values["list-rules"]) {
    if (positionals.length > 0) throw new UsageError(`--list-rules takes no files (got ${positionals[0]})`);
    if (format !== "text" && format !== "json") throw new UsageError(`--list-rules prints text or json, not ${format}`);
    // Only the config's lint settings matter here: a placeholder input keeps include out of it.
    const project = await resolveProject(values, ["-"], io, "file, directory", ruleIds);
    // The config's problems as lint reports them, on stderr: stdout holds the catalogue or nothing.
    reportDiagnostics(project.diagnostics, io);
    if (project.diagnostics.some((d) => d.severity === "error")) return exitStatus(project.diagnostics, failLevel);
    const pss = (values.pss as PssLevel | undefined) ?? project.config.lint?.pss ?? "baseline";
    const rules = project.config.lint?.rules ?? {};
    io.stdout(format === "json" ? JSON.stringify(catalogue(pss, rules), null, 2) + "\n" : listRules(pss, rules));
    // A config warning (a repeated key) does not fail a listing it did not spoil: output and a failure never go together.
    return EXIT_OK;
  }

  const project = await resolveProject(values, positionals, io, "file, directory", ruleIds);
  const { kubeVersion } = project;
  const pss = (values.pss as PssLevel | undefined) ?? project.config.lint?.pss ?? "baseline";
  const rules = project.config.lint?.rules ?? {};
  const diagnostics: Diagnostic[] = [...project.diagnostics];
  let objects: ReturnType<typeof lintDocuments>["objects"] = [];
  let skipped: SkippedObject[] = [];
  let files = 0;
  if (project.inputs.length > 0 && diagnostics.every((d) => d.severity !== "error")) {
    const [loaded] = await Promise.all([loadFromCli(project.inputs, kubeVersion, io), loadManifestSchemas(kubeVersion)]);
    files = loaded.files?.length ?? 0;
    const linted = lintDocuments(loaded.documents, {
      kubeVersion,
      pss,
      rules,
      now: new Date(),
      env: io.env,
      ...(project.namespace === undefined ? {} : { namespace: project.namespace }),
      ...(project.gitops === undefined ? {} : { gitops: project.gitops }),
    });
    diagnostics.push(...loaded.diagnostics, ...linted.diagnostics);
    objects = linted.objects;
    skipped = linted.skipped;
  }
  const code = exitStatus(diagnostics, failLevel);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const summary =
    project.inputs.length === 0
      ? undefined
      : `${code === EXIT_OK ? "ok" : "failed"}: ${plural(objects.length, "document")} linted against Kubernetes ${kubeVersion}, Pod Security Standards ${pss}${skipped.length > 0 ? `, ${skipped.length} skipped` : ""}; ${summarize(diagnostics)}`;
  const reportRules = catalogue(pss, rules).map((r): ReportRule => ({ id: r.id, level: r.level, description: r.rationale, help: r.hint }));
  writeReport(
    format,
    { command: "lint", diagnostics, objects, skipped, files, rules: reportRules, failLevel, version: toolVersion(), cwd: io.cwd },
    io,
    summary,
  );
  return code;
}

interface CatalogueEntry {
  id: string;
  level: RuleLevel;
  rationale: string;
  hint: string;
  peers: LintRule["peers"];
}

/** The catalogue at this run's levels: PSS rules follow --pss, the config's rules override. */
export function catalogue(pss: PssLevel, levels: RuleLevels): CatalogueEntry[] {
  return LINT_RULES.map((r) => {
    const pssLevel = r.peers?.pss !== undefined && pss === "restricted" ? "error" : r.level;
    return { id: r.id, level: levels[r.id] ?? pssLevel, rationale: r.rationale, hint: r.hint, peers: r.peers ?? {} };
  });
}

function listRules(pss: PssLevel, levels: RuleLevels): string {
  const entries = catalogue(pss, levels);
  const width = Math.max(...entries.map((e) => e.id.length));
  return entries
    .map((e) => {
      const peers = Object.entries(e.peers ?? {})
        .map(([tool, id]) => `${tool === "pss" ? "PSS" : tool === "kubeLinter" ? "kube-linter" : "Polaris"}: ${id}`)
        .join("; ");
      return `${e.id.padEnd(width)}  ${e.level.padEnd(7)}  ${e.rationale}${peers === "" ? "" : ` [${peers}]`}\n`;
    })
    .join("");
}
