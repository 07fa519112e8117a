import type { ReportInput } from "./model.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatSarif } from "./sarif.js";

export const REPORT_FORMATS = ["text", "json", "github", "sarif", "junit"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** The report for stdout in every format but `text`, which the CLI writes to stderr with colour. */
export function formatReport(format: Exclude<ReportFormat, "text">, input: ReportInput): string {
  switch (format) {
    case "json":
      return formatJson(input);
    case "github":
      return formatGithub(input);
    case "sarif":
      return formatSarif(input);
    case "junit":
      return formatJunit(input);
  }
}
