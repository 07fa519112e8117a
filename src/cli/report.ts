// Writing reports: the formats live in src/report/ (shared by lint and validate); the CLI picks
// the stream (text on stderr with colour on a terminal, every other format on stdout) and the exit
// status from --fail-level.
import type { Diagnostic, Severity } from "../diagnostic.js";
import { formatReport, isReportFormat, REPORT_FORMATS, type ReportFormat } from "../report/format-report.js";
import { failsAt, type ReportInput } from "../report/model.js";
import { formatText, summarize } from "../report/text.js";
import { UsageError } from "./args.js";
import { palette } from "./color.js";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIO } from "./io.js";

export { summarize };

declare const KUBEJOBS_VERSION: string;

/** kubejobs' version, defined at build time (scripts/build.mjs); `0.0.0-dev` when run from source. */
export function toolVersion(): string {
  return typeof KUBEJOBS_VERSION === "string" ? KUBEJOBS_VERSION : "0.0.0-dev";
}

/** Diagnostics as text on stderr: `FILE:LINE:COL: error: PATH: MESSAGE [code]` and hint lines (PRODUCT §3). */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], io: CliIO): void {
  const text = formatText(diagnostics, palette(io));
  if (text !== "") io.stderr(text);
}

export const REPORT_OPTIONS = {
  format: { type: "string" },
  "fail-level": { type: "string" },
} as const;

const FAIL_LEVELS: readonly Severity[] = ["error", "warning", "info"];

/** `--format` and `--fail-level`, checked. */
export function reportFlags(values: { format?: string | undefined; "fail-level"?: string | undefined }): {
  format: ReportFormat;
  failLevel: Severity;
} {
  const format = values.format ?? "text";
  if (!isReportFormat(format)) throw new UsageError(`--format ${format}: choose ${REPORT_FORMATS.join(", ")}`);
  const failLevel = (values["fail-level"] ?? "error") as Severity;
  if (!FAIL_LEVELS.includes(failLevel)) throw new UsageError(`--fail-level ${failLevel}: choose ${FAIL_LEVELS.join(", ")}`);
  return { format, failLevel };
}

/** 2 when an input could not be read (I/O), 1 when a finding is at or above the fail level, else 0. */
export function exitStatus(diagnostics: readonly Diagnostic[], failLevel: Severity): number {
  let code = EXIT_OK;
  for (const d of diagnostics) {
    if (d.severity === "error" && d.code.startsWith("io/")) return EXIT_USAGE;
    if (failsAt(d, failLevel)) code = EXIT_INVALID;
  }
  return code;
}

/** Writes the report: text (and the summary line) on stderr, any other format alone on stdout. */
export function writeReport(format: ReportFormat, input: ReportInput, io: CliIO, summaryLine?: string): void {
  if (format === "text") {
    reportDiagnostics(input.diagnostics, io);
    if (summaryLine !== undefined) io.stderr(`${summaryLine}\n`);
  } else {
    io.stdout(formatReport(format, input));
  }
}
