import { statSync } from "node:fs";
import { resolve } from "node:path";
import { checkNextOfSchedule, checkNextOfSources, checkViewerZone, type CheckedNext, type NextPreview } from "../check/check-next.js";
import { findSchedules } from "../check/find-schedules.js";
import { error, hasErrors, type Diagnostic } from "../diagnostic.js";
import { DEFAULT_KUBE_VERSION } from "../k8s/versions.js";
import { formatDstChange } from "../schedule/index.js";
import { parseInstant } from "../schedule/parse-instant.js";
import { parseCommandArgs, UsageError } from "./args.js";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIO } from "./io.js";
import { exitCodeFor, loadFromCli } from "./load-inputs.js";
import { reportDiagnostics } from "./report.js";

const HELP = `Usage: kubejobs next <schedule|file> [options]

Previews when a CronJob will start, exactly as the Kubernetes CronJob controller computes it
(robfig/cron: five fields, dom/dow OR, DST gaps skipped and overlaps run twice, 5-year search).
The argument is a schedule string (quote it), or a template/manifest file (TS, JS, YAML, JSON),
or - for stdin: every ScheduledJob template and CronJob manifest in it is previewed.

Options:
  -n, --count N        how many runs (default 5)
      --tz ZONE        IANA time zone for a schedule string, or for templates without timeZone
                       (default: UTC, the controller's usual zone)
      --from ISO-8601  runs strictly after this time (default: now); without an offset it is a
                       wall time in the zone, e.g. 2024-03-09T00:00 or 2024-03-09T00:00:00Z
      --json           machine-readable output on stdout
  -h, --help           this help

Examples:
  kubejobs next "30 2 * * *" --tz America/New_York --from 2024-03-08
  kubejobs next "@every 90m" -n 3 --json
  kubejobs next jobs/nightly-report.kubejobs.yaml
`;

const FILE_NAME = /\.(?:[cm]?ts|[cm]?js|ya?ml|json)$/i;

export async function runNext(argv: string[], io: CliIO): Promise<number> {
  try {
    return await next(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`kubejobs next: ${e.message}\n  hint: run kubejobs next --help\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

async function next(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    help: { type: "boolean", short: "h" },
    debug: { type: "boolean" },
    count: { type: "string", short: "n" },
    tz: { type: "string" },
    from: { type: "string" },
    json: { type: "boolean" },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError("name a schedule (quoted) or a file");
  if (positionals.length > 1) {
    throw new UsageError(
      `expected one schedule or file, got ${positionals.length} arguments; quote the schedule: kubejobs next "0 3 * * *"`,
    );
  }
  const count = parseCount(values.count);
  const argument = positionals[0]!;
  const timeZone = values.tz;
  const zoneProblems = checkViewerZone(timeZone);
  if (zoneProblems.length > 0) {
    reportDiagnostics(
      zoneProblems.map((d) => ({ ...d, message: `--tz ${timeZone}: ${d.message}` })),
      io,
    );
    return EXIT_INVALID;
  }
  if (values.from !== undefined) {
    // A usage error shows before any loading; each schedule's zone resolves a wall time later.
    const from = parseInstant(values.from, undefined);
    if ("problem" in from) throw new UsageError(`--from ${values.from}: ${from.problem}`);
  }
  const options = {
    count,
    now: new Date(),
    ...(timeZone === undefined ? {} : { timeZone }),
    ...(values.from === undefined ? {} : { from: values.from }),
  };

  let checked: CheckedNext;
  const diagnostics: Diagnostic[] = [];
  if (isFileArgument(argument, io.cwd)) {
    const loaded = await loadFromCli([argument], DEFAULT_KUBE_VERSION, io);
    diagnostics.push(...loaded.diagnostics);
    const sources = findSchedules(loaded.documents);
    if (sources.length === 0 && !hasErrors(diagnostics)) {
      diagnostics.push({
        ...error(
          "next/no-scheduled-job",
          [],
          `no ScheduledJob template or CronJob manifest in ${argument}`,
          "next previews schedules; pass a file with kind: ScheduledJob, or a quoted schedule",
        ),
        file: argument,
      });
    }
    checked = checkNextOfSources(sources, options);
  } else {
    checked = checkNextOfSchedule(argument, options);
  }
  diagnostics.push(...checked.diagnostics);
  reportDiagnostics(diagnostics, io);
  // All or nothing: no run times when anything is invalid.
  if (hasErrors(diagnostics)) return exitCodeFor(diagnostics);
  io.stdout(values.json ? renderJson(checked.previews) : renderText(checked.previews));
  return EXIT_OK;
}

function parseCount(text: string | undefined): number {
  if (text === undefined) return 5;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 10000)
    throw new UsageError(`-n ${text}: give a whole number from 1 to 10000`);
  return Number(text);
}

/** A path when it exists or is named like a template file; anything else is a schedule. */
function isFileArgument(argument: string, cwd: string): boolean {
  if (argument === "-") return true;
  if (/\s/.test(argument) || argument.startsWith("@")) return false;
  if (FILE_NAME.test(argument)) return true;
  try {
    statSync(resolve(cwd, argument));
    return true;
  } catch {
    return false;
  }
}

function renderText(previews: readonly NextPreview[]): string {
  let out = "";
  for (const [i, { source, preview }] of previews.entries()) {
    if (i > 0) out += "\n";
    const zone = preview.timeZone ?? "UTC (no timeZone: the controller's zone, usually UTC)";
    const who = source === undefined ? "" : `${source.name || "(unnamed)"} (${source.document.file}): `;
    out += `${who}${preview.schedule} in ${zone}\n${preview.description}\n`;
    if (preview.neverRuns !== undefined && !preview.description.startsWith("Never")) out += `  never runs: ${preview.neverRuns}\n`;
    // Cron runs are whole minutes; only @every can land on a second.
    const timeLength = preview.runs.some((r) => !r.utc.endsWith(":00Z")) ? 8 : 5;
    for (const run of preview.runs) {
      const local = `${run.local.slice(0, 10)} ${run.local.slice(11, 11 + timeLength)} ${run.local.slice(19)}`;
      const utc = `${run.utc.slice(0, 10)} ${run.utc.slice(11, 11 + timeLength)} UTC`;
      out += `  ${run.weekday} ${local}   ${utc}${run.repeated ? "   (again: clocks fell back)" : ""}\n`;
    }
    for (const change of preview.dstChanges) {
      if (change.kind === "skipped") out += `  note: ${formatDstChange(change)}\n`;
    }
  }
  return out;
}

function renderJson(previews: readonly NextPreview[]): string {
  const schedules = previews.map(({ source, preview }) => ({
    ...(source === undefined ? {} : { file: source.document.file, name: source.name }),
    schedule: preview.schedule,
    timeZone: preview.timeZone ?? null,
    description: preview.description,
    runs: preview.runs.map((r) => ({ time: r.local, utc: r.utc, ...(r.repeated ? { repeated: true } : {}) })),
    dstChanges: preview.dstChanges.map((c) => ({
      kind: c.kind,
      at: c.at.toISOString(),
      date: c.date,
      clockChange: c.clockChange,
      wallTimes: c.wallTimes,
    })),
    ...(preview.neverRuns === undefined ? {} : { neverRuns: preview.neverRuns }),
  }));
  return JSON.stringify({ schedules }, null, 2) + "\n";
}
