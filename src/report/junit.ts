// JUnit XML as CI test reporters read it: a <testsuite> per input file, a <testcase> per object
// (classname = kind, name = namespace/name), a <failure> per finding at or above the fail level;
// findings below it go to <system-out>. Problems not about an object (a file that does not parse)
// are a test case named after the file.
import { formatPath, type Diagnostic } from "../diagnostic.js";
import { failsAt, type ReportInput, type ReportObject } from "./model.js";
import { inReadingOrder } from "./reading-order.js";

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

function describe(d: Diagnostic): string {
  const where = d.line === undefined ? (d.file ?? "") : `${d.file}:${d.line}:${d.column ?? 1}`;
  const path = formatPath(d.path);
  return `${where}${where === "" ? "" : ": "}${d.severity}: ${path === "" ? "" : `${path}: `}${d.message} [${d.code}]${d.hint === undefined ? "" : `\nhint: ${d.hint}`}`;
}

function testcase(classname: string, name: string, file: string, diagnostics: readonly Diagnostic[], input: ReportInput): string {
  const failing = diagnostics.filter((d) => failsAt(d, input.failLevel));
  const rest = diagnostics.filter((d) => !failsAt(d, input.failLevel));
  let out = `    <testcase classname="${escapeAttribute(classname)}" name="${escapeAttribute(name)}" file="${escapeAttribute(file)}">\n`;
  for (const d of failing) {
    out += `      <failure message="${escapeAttribute(d.message)}" type="${escapeAttribute(d.code)}">${escapeXml(describe(d))}</failure>\n`;
  }
  if (rest.length > 0) out += `      <system-out>${escapeXml(rest.map(describe).join("\n"))}</system-out>\n`;
  return `${out}    </testcase>\n`;
}

function objectName(o: ReportObject): string {
  return o.namespace === undefined ? o.name : `${o.namespace}/${o.name}`;
}

export function formatJunit(input: ReportInput): string {
  const diagnostics = inReadingOrder(input.diagnostics);
  const owned = new Set<Diagnostic>();
  const files = new Map<string, string[]>();
  const counts = new Map<string, { tests: number; failures: number }>();
  const add = (file: string, xml: string, failures: number) => {
    if (!files.has(file)) {
      files.set(file, []);
      counts.set(file, { tests: 0, failures: 0 });
    }
    files.get(file)!.push(xml);
    const c = counts.get(file)!;
    c.tests++;
    c.failures += failures;
  };
  const ordered = new Map(diagnostics.map((d, i) => [d, i]));
  for (const o of input.objects) {
    for (const d of o.diagnostics) owned.add(d);
    const own = [...o.diagnostics].sort((a, b) => (ordered.get(a) ?? 0) - (ordered.get(b) ?? 0));
    add(
      o.file,
      testcase(o.kind || "(unknown kind)", objectName(o), o.file, own, input),
      own.filter((d) => failsAt(d, input.failLevel)).length,
    );
  }
  const loose = new Map<string, Diagnostic[]>();
  for (const d of input.diagnostics) {
    if (owned.has(d)) continue;
    const file = d.file ?? "(input)";
    if (!loose.has(file)) loose.set(file, []);
    loose.get(file)!.push(d);
  }
  for (const [file, list] of loose)
    add(file, testcase("(file)", file, file, list, input), list.filter((d) => failsAt(d, input.failLevel)).length);

  let tests = 0;
  let failures = 0;
  let body = "";
  for (const [file, cases] of files) {
    const c = counts.get(file)!;
    tests += c.tests;
    failures += c.failures;
    body += `  <testsuite name="${escapeAttribute(file)}" tests="${c.tests}" failures="${c.failures}" errors="0" skipped="0">\n${cases.join("")}  </testsuite>\n`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kubejobs ${input.command}" tests="${tests}" failures="${failures}" errors="0">\n${body}</testsuites>\n`;
}
