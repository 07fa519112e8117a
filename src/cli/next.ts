import { statSync } from "node:fs";
import { resolve } from "node:path";
import { DEFAULT_KUBE_VERSION } from "../k8s/versions.js";
import {
  checkSchedule,
  formatDstChange,
  previewSchedule,
  validateTimeZone,
  wallTimeToDate,
  type SchedulePreview,
} from "../schedule/index.js";
import { error, hasErrors, KubejobsError, type Diagnostic } from "../diagnostic.js";
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
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

interface Target {
  schedule: unknown;
  timeZone: unknown;
  /** For files: where the job comes from; diagnostics are placed there. */
  name?: string;
  file?: string;
  paths: { schedule: (string | number)[]; timeZone: (string | number)[] };
  locate?: (d: Diagnostic) => Diagnostic;
}

export async function runNext(argv: string[], io: CliIO): Promise<number> {
  try {
    return await next(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`kubejobs next: ${e.message}\n  hint: run kubejobs next --help\n`);
      return EXIT_USAGE;
    }
    if (e instanceof KubejobsError) {
      reportDiagnostics(e.diagnostics, io);
      return EXIT_INVALID;
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
  const tz = values.tz;
  if (tz !== undefined) checkZoneFlag(tz);
  if (values.from !== undefined) parseFrom(values.from, undefined); // a usage error shows before any loading

  let targets: Target[];
  const diagnostics: Diagnostic[] = [];
  if (isFileArgument(argument, io.cwd)) {
    const loaded = await loadFromCli([argument], DEFAULT_KUBE_VERSION, io);
    diagnostics.push(...loaded.diagnostics);
    targets = targetsOf(loaded.documents);
    if (targets.length === 0 && !hasErrors(diagnostics)) {
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
  } else {
    targets = [{ schedule: argument, timeZone: tz, paths: { schedule: ["schedule"], timeZone: ["timeZone"] } }];
  }

  const previews: { target: Target; preview: SchedulePreview }[] = [];
  for (const target of targets) {
    const timeZone = target.timeZone ?? tz;
    // A --from without offset is a wall time in the zone previewed (UTC while that zone is invalid).
    const zoneForFrom = typeof timeZone === "string" && validateTimeZone(timeZone).length === 0 ? timeZone : undefined;
    const fromDate = values.from === undefined ? new Date() : parseFrom(values.from, zoneForFrom);
    // Diagnostics are about the template's own fields; --tz only chooses the preview's zone, so a
    // template without timeZone still gets the warning, and DST is checked in the zone previewed.
    let found = checkSchedule(target.schedule, target.timeZone, target.paths, { now: fromDate });
    if (target.timeZone === undefined && tz !== undefined) {
      found = found.filter((d) => d.code !== "schedule/dst");
      found.push(...checkSchedule(target.schedule, tz, target.paths, { now: fromDate }).filter((d) => d.code === "schedule/dst"));
    }
    // A bare schedule string has no timeZone field to warn about.
    if (target.file === undefined) found = found.filter((d) => d.code !== "schedule/no-time-zone");
    diagnostics.push(...found.map((d) => (target.locate ? target.locate(d) : d)));
    if (hasErrors(found)) continue;
    previews.push({
      target,
      preview: previewSchedule(target.schedule as string, { timeZone: timeZone as string | undefined, from: fromDate, count }),
    });
  }

  if (hasErrors(diagnostics)) {
    reportDiagnostics(diagnostics, io); // all or nothing: no run times when anything is invalid
    return exitCodeFor(diagnostics);
  }
  reportDiagnostics(diagnostics, io);
  io.stdout(values.json ? renderJson(previews) : renderText(previews));
  return EXIT_OK;
}

function parseCount(text: string | undefined): number {
  if (text === undefined) return 5;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 10000)
    throw new UsageError(`-n ${text}: give a whole number from 1 to 10000`);
  return Number(text);
}

function checkZoneFlag(tz: string): void {
  const found = checkSchedule("0 0 * * *", tz, { schedule: [], timeZone: [] }).filter((d) => d.severity === "error");
  if (found.length > 0) throw new KubejobsError(found.map((d) => ({ ...d, message: `--tz ${tz}: ${d.message}` })));
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

function parseFrom(text: string, timeZone: string | undefined): Date {
  const m = ISO.exec(text.trim());
  if (m === null) throw new UsageError(`--from ${text}: use ISO-8601, e.g. 2024-03-09, 2024-03-09T05:00 or 2024-03-09T05:00:00Z`);
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "", offset] = m;
  const parts = {
    year: +y!,
    month: +mo!,
    day: +d!,
    hour: +h,
    minute: +mi,
    second: +s,
    millisecond: Math.floor(Number(`0.${frac || "0"}`) * 1000),
  };
  if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31 || parts.hour > 23 || parts.minute > 59 || parts.second > 59) {
    throw new UsageError(`--from ${text}: not a valid date and time`);
  }
  if (offset === undefined) return wallTimeToDate(parts, timeZone);
  const sign = offset.toUpperCase() === "Z" ? 0 : offset.startsWith("-") ? -1 : 1;
  const digits = offset.replace(/[^0-9]/g, "");
  const offsetMinutes = sign === 0 ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  const utc = wallTimeToDate(parts, undefined);
  return new Date(utc.getTime() - offsetMinutes * 60_000);
}

function targetsOf(documents: Awaited<ReturnType<typeof loadFromCli>>["documents"]): Target[] {
  const targets: Target[] = [];
  for (const doc of documents) {
    const value = doc.value as Record<string, unknown> | null;
    if (value === null || typeof value !== "object") continue;
    const locate = (d: Diagnostic): Diagnostic => {
      const at = doc.locate(d.path);
      const placed: Diagnostic = { ...d, file: doc.file, path: [...doc.pathPrefix, ...d.path] };
      return at ? { ...placed, line: at.line, column: at.column } : placed;
    };
    if (doc.kind === "template" && value.kind === "ScheduledJob") {
      targets.push({
        schedule: value.schedule,
        timeZone: value.timeZone,
        name: String(value.name ?? ""),
        file: doc.file,
        paths: { schedule: ["schedule"], timeZone: ["timeZone"] },
        locate,
      });
    } else if (doc.kind === "manifest" && value.kind === "CronJob") {
      const spec = (value.spec ?? {}) as Record<string, unknown>;
      const metadata = (value.metadata ?? {}) as Record<string, unknown>;
      targets.push({
        schedule: spec.schedule,
        timeZone: spec.timeZone,
        name: String(metadata.name ?? ""),
        file: doc.file,
        paths: { schedule: ["spec", "schedule"], timeZone: ["spec", "timeZone"] },
        locate,
      });
    }
  }
  return targets;
}

function renderText(previews: { target: Target; preview: SchedulePreview }[]): string {
  let out = "";
  for (const [i, { target, preview }] of previews.entries()) {
    if (i > 0) out += "\n";
    const zone = preview.timeZone ?? "UTC (no timeZone: the controller's zone, usually UTC)";
    const who = target.file === undefined ? "" : `${target.name || "(unnamed)"} (${target.file}): `;
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

function renderJson(previews: { target: Target; preview: SchedulePreview }[]): string {
  const schedules = previews.map(({ target, preview }) => ({
    ...(target.file === undefined ? {} : { file: target.file, name: target.name }),
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
