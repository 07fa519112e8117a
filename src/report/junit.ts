// JUnit XML as CI test reporters read it (Jenkins' junit plugin, GitLab's test reports): a
// <testsuite> per input file, a <testcase> per object (classname = kind, name = namespace/name).
// The legacy schema allows one <failure> or <error> per test case, and Jenkins shows only the
// first: an object's findings at or above the fail level go in one element, the first finding's
// message as its `message`, every finding in its body, so a case passes or fails as a whole and
// `tests` counts objects whatever the findings. A file that could not be read or parsed (a loader
// code: io/*, yaml/*, load/*) was never checked: an <error>, not a <failure>. Findings below the
// fail level go to <system-out>. Problems not about an object are a test case named after the
// file; objects of kinds kubejobs does not check are skipped test cases. File names are those of
// SARIF (report-path.ts).
import { formatPath, type Diagnostic } from "../diagnostic.js";
import { failsAt, type ReportInput, type ReportObject, type SkippedObject } from "./model.js";
import { shortened, sortedForReading } from "./reading-order.js";
import { reportPath } from "./report-path.js";

// XML 1.0 allows tab, LF, CR and U+0020 upwards, except the surrogates and U+FFFE/U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(s: string): string {
  return s
    .replace(NOT_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;"); // a parser would read a raw CR as LF
}

/** In attribute values a parser turns raw tabs and line breaks into spaces: they are written as references. */
export function escapeAttribute(s: string): string {
  return escapeXml(s).replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

/** Whether a finding says the input could not be checked at all (not read, not parsed, not loaded). */
export function isLoadProblem(d: Diagnostic): boolean {
  return /^(io|yaml|load)\//.test(d.code);
}

type Outcome = "passed" | "failure" | "error" | "skipped";

interface Case {
  xml: string;
  outcome: Outcome;
}

function describe(d: Diagnostic, cwd: string): string {
  const file = d.file === undefined ? "" : reportPath(d.file, cwd);
  const where = d.line === undefined ? file : `${file}:${d.line}:${d.column ?? 1}`;
  const path = formatPath(d.path);
  return `${where}${where === "" ? "" : ": "}${d.severity}: ${path === "" ? "" : `${path}: `}${d.message} [${d.code}]${d.hint === undefined ? "" : `\nhint: ${d.hint}`}`;
}

function open(classname: string, name: string, file: string): string {
  return `    <testcase classname="${escapeAttribute(classname)}" name="${escapeAttribute(name)}" file="${escapeAttribute(file)}">\n`;
}

function testcase(classname: string, name: string, file: string, diagnostics: readonly Diagnostic[], input: ReportInput): Case {
  const failing = diagnostics.filter((d) => failsAt(d, input.failLevel));
  const rest = diagnostics.filter((d) => !failsAt(d, input.failLevel));
  let out = open(classname, name, file);
  let outcome: Outcome = "passed";
  const first = failing[0];
  if (first !== undefined) {
    outcome = failing.some(isLoadProblem) ? "error" : "failure";
    const path = formatPath(first.path);
    const message = `${path === "" ? "" : `${path}: `}${first.message}${failing.length > 1 ? ` (and ${failing.length - 1} more)` : ""}`;
    const body = failing.map((d) => describe(d, input.cwd)).join("\n");
    out += `      <${outcome} message="${escapeAttribute(message)}" type="${escapeAttribute(first.code)}">${escapeXml(body)}</${outcome}>\n`;
  }
  if (rest.length > 0) out += `      <system-out>${escapeXml(rest.map((d) => describe(d, input.cwd)).join("\n"))}</system-out>\n`;
  return { xml: `${out}    </testcase>\n`, outcome };
}

function skippedCase(o: SkippedObject, file: string): Case {
  const message = `${o.kind} is a kind kubejobs does not check`;
  return {
    xml: `${open(o.kind, qualifiedName(o), file)}      <skipped message="${escapeAttribute(message)}"/>\n    </testcase>\n`,
    outcome: "skipped",
  };
}

function qualifiedName(o: { name?: string; namespace?: string }): string {
  const name = o.name ?? "(unnamed)";
  return o.namespace === undefined ? name : `${o.namespace}/${name}`;
}

export function formatJunit(input: ReportInput): string {
  const owned = new Set<Diagnostic>();
  const suites = new Map<string, Case[]>();
  const add = (file: string, c: Case) => {
    if (!suites.has(file)) suites.set(file, []);
    suites.get(file)!.push(c);
  };
  // Each case's findings in the order the whole report reads in, long messages cut.
  const order = new Map(sortedForReading(input.diagnostics).map((d, i) => [d, i]));
  const inOrder = (list: readonly Diagnostic[]) => [...list].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map(shortened);
  for (const o of input.objects) for (const d of o.diagnostics) owned.add(d);
  // Checked and skipped objects together, file by file (files in input order, a file holding only
  // skipped objects after those), each file's objects by line.
  const all: (ReportObject | SkippedObject)[] = [...input.objects, ...(input.skipped ?? [])];
  const fileRank = new Map<string, number>();
  for (const o of all) if (!fileRank.has(o.file)) fileRank.set(o.file, fileRank.size);
  const byFile = all
    .map((o, i) => ({ o, i }))
    .sort((a, b) => fileRank.get(a.o.file)! - fileRank.get(b.o.file)! || (a.o.line ?? 0) - (b.o.line ?? 0) || a.i - b.i);
  for (const { o } of byFile) {
    const file = reportPath(o.file, input.cwd);
    if ("diagnostics" in o) add(file, testcase(o.kind || "(unknown kind)", qualifiedName(o), file, inOrder(o.diagnostics), input));
    else add(file, skippedCase(o, file));
  }
  const loose = new Map<string, Diagnostic[]>();
  for (const d of input.diagnostics) {
    if (owned.has(d)) continue;
    const file = d.file === undefined ? "(input)" : reportPath(d.file, input.cwd);
    if (!loose.has(file)) loose.set(file, []);
    loose.get(file)!.push(d);
  }
  for (const [file, list] of loose) add(file, testcase("(file)", file, file, inOrder(list), input));

  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  let body = "";
  for (const [file, cases] of suites) {
    const count = (outcome: Outcome) => cases.filter((c) => c.outcome === outcome).length;
    const c = { tests: cases.length, failures: count("failure"), errors: count("error"), skipped: count("skipped") };
    total.tests += c.tests;
    total.failures += c.failures;
    total.errors += c.errors;
    total.skipped += c.skipped;
    body += `  <testsuite name="${escapeAttribute(file)}" tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}">\n${cases.map((x) => x.xml).join("")}  </testsuite>\n`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kubejobs ${input.command}" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}">\n${body}</testsuites>\n`;
}
