// GitHub Actions workflow commands, one per finding, so findings show inline on a pull request:
// `::error file=F,line=L,col=C,title=CODE::MESSAGE`. Escaping as the runner's command parser
// undoes it (actions/toolkit core/src/command.ts): data %, CR, LF; property values also : and ,.
import { formatPath, type Diagnostic } from "../diagnostic.js";
import type { ReportInput } from "./model.js";
import { inReadingOrder } from "./reading-order.js";
import { reportPath } from "./report-path.js";

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function line(d: Diagnostic, cwd: string): string {
  const props: string[] = [];
  // Relative to the working directory (the checkout), as SARIF's: the runner annotates repository paths.
  if (d.file !== undefined) props.push(`file=${escapeProperty(reportPath(d.file, cwd))}`);
  if (d.file !== undefined && d.line === undefined) {
    // An annotation without a line is not shown on the pull request's diff: a finding about a
    // file as a whole is put at its start.
    props.push("line=1", "col=1");
  } else if (d.line !== undefined) {
    props.push(`line=${d.line}`);
    if (d.column !== undefined) props.push(`col=${d.column}`);
    if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
    if (d.endColumn !== undefined && d.endLine === d.line) props.push(`endColumn=${d.endColumn}`);
  }
  props.push(`title=${escapeProperty(d.code)}`);
  const path = formatPath(d.path);
  const message = `${path === "" ? "" : `${path}: `}${d.message}${d.hint === undefined ? "" : `\nhint: ${d.hint}`}`;
  return `::${COMMAND[d.severity]} ${props.join(",")}::${escapeData(message)}\n`;
}

export function formatGithub(input: ReportInput): string {
  return inReadingOrder(input.diagnostics)
    .map((d) => line(d, input.cwd))
    .join("");
}
