// Report inputs with the awkward parts every format must survive: every severity, no position,
// no file, stdin, commas, colons, percent signs, newlines, markup and control characters.
import type { Diagnostic } from "../../src/diagnostic.js";
import type { ReportInput } from "../../src/report/model.js";

export const AWKWARD = "a % b, c: d\r\ne <f> & \"g\" 'h' \u0001 \u{1F680} 100%";

export function awkwardInput(overrides: Partial<ReportInput> = {}): ReportInput {
  const job: Diagnostic = {
    code: "pss/privileged",
    severity: "error",
    path: ["containers", "main", "securityContext", "privileged"],
    message: `container "main" is privileged ${AWKWARD}`,
    hint: "remove it",
    file: "jobs/a, b: c %.kubejobs.yaml",
    line: 12,
    column: 5,
    endLine: 12,
    endColumn: 20,
  };
  const warning: Diagnostic = {
    code: "image/latest-tag",
    severity: "warning",
    path: ["containers", "main", "image"],
    message: "uses :latest",
    file: "jobs/x.kubejobs.ts",
  };
  const info: Diagnostic = {
    code: "batch/same-minute",
    severity: "info",
    path: [],
    message: "3 CronJobs\nstart together",
    file: "<stdin>",
    line: 1,
    column: 1,
  };
  const loose: Diagnostic = {
    code: "yaml/syntax",
    severity: "error",
    path: [],
    message: "bad indentation",
    file: "broken.yaml",
    line: 3,
    column: 1,
  };
  const bare: Diagnostic = { code: "config/invalid", severity: "error", path: ["lint"], message: "no file" };
  return {
    command: "lint",
    diagnostics: [job, warning, info, loose, bare],
    objects: [
      { file: job.file!, kind: "Job", name: "report", namespace: "batch", diagnostics: [job] },
      { file: "jobs/x.kubejobs.ts", kind: "ScheduledJob", name: "nightly <x>", diagnostics: [warning] },
      { file: "<stdin>", kind: "CronJob", name: "c", diagnostics: [info] },
    ],
    files: 4,
    rules: [
      { id: "pss/privileged", level: "error", description: "privileged containers", help: "remove privileged" },
      { id: "image/latest-tag", level: "warning", description: "latest", help: "pin" },
      { id: "batch/same-minute", level: "info", description: "same minute", help: "spread" },
      { id: "image/no-digest", level: "off", description: "digest", help: "pin by digest" },
    ],
    failLevel: "error",
    version: "1.2.3",
    cwd: "/work/project",
    ...overrides,
  };
}
