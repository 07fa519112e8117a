import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { isatty } from "node:tty";
import { checkViewerZone } from "../check/check-next.js";
import { checkPreviewInputs } from "../check/check-preview.js";
import { hasErrors, KubejobsError, type Diagnostic } from "../diagnostic.js";
import { renderPreviewHtml } from "../preview/html/render-html.js";
import { DEFAULT_DAYS, MAX_DAYS, previewSchedules } from "../preview/preview-schedules.js";
import { renderPreviewText } from "../preview/text.js";
import { loadManifestSchemas } from "../validate/manifest.js";
import { parseInstant } from "../schedule/parse-instant.js";
import { parseCommandArgs, UsageError } from "./args.js";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIO } from "./io.js";
import { exitCodeFor, loadFromCli } from "./load-inputs.js";
import { PROJECT_OPTIONS, resolveProject } from "./project.js";
import { reportDiagnostics } from "./report.js";

const HELP = `Usage: kubejobs preview <file|dir|->... [options]

What all the CronJobs do in a week, on one page: each one's runs (in its own timeZone, UTC when
unset, exactly as kubejobs next computes them), runs that may overlap under concurrencyPolicy,
load per weekday and hour, minutes where 3 or more start together (with a spread that removes the
collision), and what the clock changes of the next 12 months skip or run twice. Reads templates
and plain CronJob/Job manifests (TS, JS, YAML, JSON); Jobs run once, on apply.

Options:
      --from ISO-8601      window start, runs strictly after it (default: now); without an
                           offset it is a wall time in --tz
      --days N             window length in days, 1 to ${MAX_DAYS} (default ${DEFAULT_DAYS})
      --tz ZONE            IANA zone the page and the heatmap are shown in (default UTC; the page
                           can switch to the browser's zone)
      --format FORMAT      html (one self-contained page), text (terminal view) or json (the data);
                           default html when -o ends in .html, text otherwise
  -o, --output FILE        write to FILE instead of stdout (nothing is written on error)
      --kube-version X.Y   target Kubernetes version for the checks (default: the config's, else newest bundled)
      --config FILE        project config (default: kubejobs.config.yaml here or in a parent directory)
  -h, --help               this help

With no paths, the project config's include names the inputs.

Examples:
  kubejobs preview examples/ -o week.html
  kubejobs preview jobs/ --tz Europe/Berlin
  kubejobs preview manifests/*.yaml --from 2025-03-24 --days 14 --format json
`;

const FORMATS = ["html", "text", "json"] as const;
type Format = (typeof FORMATS)[number];

export async function runPreview(argv: string[], io: CliIO): Promise<number> {
  try {
    return await preview(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`kubejobs preview: ${e.message}\n  hint: run kubejobs preview --help\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

async function preview(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    help: { type: "boolean", short: "h" },
    debug: { type: "boolean" },
    from: { type: "string" },
    days: { type: "string" },
    tz: { type: "string" },
    format: { type: "string" },
    output: { type: "string", short: "o" },
    ...PROJECT_OPTIONS,
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const project = await resolveProject(values, positionals, io, "template or manifest to preview (file, directory)");
  if (project.inputs.length === 0) {
    reportDiagnostics(project.diagnostics, io);
    return exitCodeFor(project.diagnostics);
  }
  const { kubeVersion } = project;
  const days = parseDays(values.days);
  const output = values.output === "-" ? undefined : values.output;
  const format = parseFormat(values.format, output);
  const timeZone = values.tz;
  const zoneProblems = checkViewerZone(timeZone);
  if (zoneProblems.length > 0) {
    reportDiagnostics(
      zoneProblems.map((d) => ({ ...d, message: `--tz ${timeZone}: ${d.message}` })),
      io,
    );
    return EXIT_INVALID;
  }
  const now = new Date();
  let from = now;
  if (values.from !== undefined) {
    const parsed = parseInstant(values.from, timeZone);
    if ("problem" in parsed) throw new UsageError(`--from ${values.from}: ${parsed.problem}`);
    from = parsed.date;
  }

  // The checks need the target version's manifest schemas (a --kube-version other than the newest too).
  const [loaded] = await Promise.all([loadFromCli(project.inputs, kubeVersion, io), loadManifestSchemas(kubeVersion)]);
  const diagnostics: Diagnostic[] = [...project.diagnostics, ...loaded.diagnostics];
  if (!hasErrors(diagnostics)) {
    const checked = checkPreviewInputs(loaded.documents, { kubeVersion, now, env: io.env });
    diagnostics.push(...checked.diagnostics);
    if (!hasErrors(diagnostics)) {
      let text: string;
      try {
        const data = previewSchedules(checked.inputs, { from, days, ...(timeZone === undefined ? {} : { timeZone }) });
        text =
          format === "json"
            ? JSON.stringify(data, null, 2) + "\n"
            : format === "html"
              ? renderPreviewHtml(data)
              : renderPreviewText(data, { color: output === undefined && colourOnStdout(io) });
      } catch (e) {
        if (!(e instanceof KubejobsError)) throw e;
        diagnostics.push(...e.diagnostics);
        reportDiagnostics(diagnostics, io);
        return exitCodeFor(diagnostics);
      }
      reportDiagnostics(diagnostics, io);
      return output === undefined ? (io.stdout(text), EXIT_OK) : writeOutput(output, text, io);
    }
  }
  reportDiagnostics(diagnostics, io);
  return exitCodeFor(diagnostics);
}

function parseDays(text: string | undefined): number {
  if (text === undefined) return DEFAULT_DAYS;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_DAYS)
    throw new UsageError(`--days ${text}: give a whole number from 1 to ${MAX_DAYS}`);
  return Number(text);
}

function parseFormat(text: string | undefined, output: string | undefined): Format {
  if (text === undefined) return output !== undefined && /\.html?$/i.test(output) ? "html" : "text";
  if (!(FORMATS as readonly string[]).includes(text)) throw new UsageError(`--format ${text}: choose html, text or json`);
  return text as Format;
}

/** Colour only on a terminal, never with a non-empty NO_COLOR or TERM=dumb. */
function colourOnStdout(io: CliIO): boolean {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "";
  return !noColor && io.env.TERM !== "dumb" && isatty(1);
}

/** All or nothing: the text goes to a file beside FILE, which then takes FILE's place. */
function writeOutput(file: string, text: string, io: CliIO): number {
  const target = resolve(io.cwd, file);
  const staging = join(dirname(target), `.${basename(target)}.kubejobs-${process.pid}`);
  try {
    writeFileSync(staging, text);
    renameSync(staging, target);
    return EXIT_OK;
  } catch (e) {
    rmSync(staging, { force: true });
    io.stderr(
      `${file}: error: cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n  hint: name a file in a directory you can write to\n`,
    );
    return EXIT_USAGE;
  }
}
