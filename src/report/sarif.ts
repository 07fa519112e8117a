// SARIF 2.1.0 (OASIS), one run, for GitHub code scanning (github/codeql-action/upload-sarif) and
// other SARIF viewers. Artifact URIs are relative to the working directory, with forward slashes.
import { formatPath, type Diagnostic, type Severity } from "../diagnostic.js";
import type { ReportInput, ReportRule } from "./model.js";
import { inReadingOrder } from "./reading-order.js";
import { reportPath } from "./report-path.js";

const LEVEL: Record<Severity | "off", string> = { error: "error", warning: "warning", info: "note", off: "none" };
const INFORMATION_URI = "https://kubejobs.dev";

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function artifactUri(file: string, cwd: string): string {
  return reportPath(file, cwd)
    .split("/")
    .map((segment, i) => (i === 0 && segment === "" ? "" : encodeURIComponent(segment)))
    .join("/")
    .replace(/^\//, "file:///");
}

function result(d: Diagnostic, ruleIndex: number, cwd: string): Record<string, unknown> {
  const path = formatPath(d.path);
  const out: Record<string, unknown> = {
    ruleId: d.code,
    ruleIndex,
    level: LEVEL[d.severity],
    message: { text: `${path === "" ? "" : `${path}: `}${d.message}${d.hint === undefined ? "" : ` (hint: ${d.hint})`}` },
  };
  if (d.file !== undefined) {
    const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: artifactUri(d.file, cwd) } };
    // GitHub code scanning needs a line: a finding about a file as a whole is put at its start.
    const region: Record<string, number> = { startLine: d.line ?? 1, startColumn: d.line === undefined ? 1 : (d.column ?? 1) };
    if (d.line !== undefined && d.endLine !== undefined) region.endLine = d.endLine;
    if (d.line !== undefined && d.endColumn !== undefined) region.endColumn = d.endColumn;
    physicalLocation.region = region;
    const location: Record<string, unknown> = { physicalLocation };
    if (path !== "") location.logicalLocations = [{ fullyQualifiedName: path }];
    out.locations = [location];
  }
  return out;
}

function ruleEntry(rule: ReportRule): Record<string, unknown> {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    help: { text: rule.help },
    defaultConfiguration: { level: LEVEL[rule.level] },
  };
}

export function formatSarif(input: ReportInput): string {
  const diagnostics = inReadingOrder(input.diagnostics);
  const rules: ReportRule[] = input.rules.filter((r) => r.level !== "off");
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // Codes without a catalogue entry (validation errors): an entry from the first finding.
  for (const d of diagnostics) {
    if (index.has(d.code)) continue;
    index.set(d.code, rules.length);
    rules.push({ id: d.code, level: d.severity, description: d.code, help: d.hint ?? d.message });
  }
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "kubejobs", version: input.version, informationUri: INFORMATION_URI, rules: rules.map(ruleEntry) },
        },
        results: diagnostics.map((d) => result(d, index.get(d.code)!, input.cwd)),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
