// JUnit output through a real XML parser (@xmldom/xmldom, strict: any error throws). xmldom does
// not check XML 1.0's character range, so that is asserted on its own.
import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostic.js";
import { escapeXml, formatJunit } from "../../src/report/junit.js";
import { artifactUri } from "../../src/report/sarif.js";
import { runCli } from "../helpers/cli.js";
import { AWKWARD, awkwardInput } from "./fixtures.js";

const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

function parse(xml: string) {
  expect(XML_CHARS.test(xml)).toBe(true);
  return new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
}

const all = (el: { getElementsByTagName(name: string): ArrayLike<Element> }, name: string) => Array.from(el.getElementsByTagName(name));

describe("JUnit", () => {
  it("the strict parser refuses malformed XML (the test can fail)", () => {
    expect(() => parse("<a><b></a>")).toThrow();
    expect(() => parse('<a x="1" x="2"/>')).toThrow();
  });

  it("is well-formed, a suite per file and a case per object, failures at the fail level", () => {
    const doc = parse(formatJunit(awkwardInput()));
    const root = doc.documentElement!;
    expect(root.tagName).toBe("testsuites");
    const suites = all(root, "testsuite");
    expect(suites.map((s) => s.getAttribute("name"))).toEqual([
      "jobs/a, b: c %.kubejobs.yaml",
      "jobs/x.kubejobs.ts",
      "<stdin>",
      "broken.yaml",
      "(input)",
    ]);
    const cases = all(root, "testcase");
    expect(cases.map((c) => [c.getAttribute("classname"), c.getAttribute("name")])).toEqual([
      ["Job", "batch/report"],
      ["ScheduledJob", "nightly <x>"],
      ["CronJob", "c"],
      ["(file)", "broken.yaml"],
      ["(file)", "(input)"],
    ]);
    const failures = all(root, "failure");
    expect(failures.map((f) => f.getAttribute("type"))).toEqual(["pss/privileged", "config/invalid"]);
    // A file that does not parse was never checked: an error, not a failure.
    expect(all(root, "error").map((f) => f.getAttribute("type"))).toEqual(["yaml/syntax"]);
    expect([root.getAttribute("tests"), root.getAttribute("failures"), root.getAttribute("errors")]).toEqual(["5", "2", "1"]);
    const broken = suites.find((s) => s.getAttribute("name") === "broken.yaml")!;
    expect([broken.getAttribute("failures"), broken.getAttribute("errors")]).toEqual(["0", "1"]);
    // Text survives escaping (control characters become U+FFFD).
    expect(failures[0]!.getAttribute("message")).toBe(
      `containers.main.securityContext.privileged: container "main" is privileged ${AWKWARD.replace("\u0001", "\uFFFD")}`,
    );
  });

  it("one failure element per test case, holding every finding at the fail level", () => {
    const input = awkwardInput();
    const [job] = input.objects;
    const second: Diagnostic = {
      ...job!.diagnostics[0]!,
      code: "pss/host-namespaces",
      path: ["hostNetwork"],
      message: "uses the host network",
      line: 3,
    };
    const third: Diagnostic = { ...second, code: "image/latest-tag", severity: "warning", message: "uses :latest", line: 4 };
    const objects = [{ ...job!, diagnostics: [job!.diagnostics[0]!, second, third] }];
    const doc = parse(formatJunit({ ...input, diagnostics: objects[0]!.diagnostics, objects }));
    const [testcase] = all(doc.documentElement!, "testcase");
    const failures = all(testcase!, "failure");
    expect(failures).toHaveLength(1);
    // The first in reading order (line 3, then 12) names the case; the body has every one, codes included.
    expect(failures[0]!.getAttribute("type")).toBe("pss/host-namespaces");
    expect(failures[0]!.getAttribute("message")).toMatch(/^hostNetwork: /);
    expect(failures[0]!.textContent).toContain("[pss/host-namespaces]");
    expect(failures[0]!.textContent).toContain("[pss/privileged]");
    expect(failures[0]!.textContent).not.toContain("[image/latest-tag]");
    expect(all(testcase!, "system-out")[0]!.textContent).toContain("[image/latest-tag]");
    expect(doc.documentElement!.getAttribute("failures")).toBe("1");
  });

  it("skipped objects are skipped test cases, among the file's objects in line order", () => {
    const input = awkwardInput();
    const job = { ...input.objects[0]!, line: 10 };
    const doc = parse(
      formatJunit({
        ...input,
        objects: [job, ...input.objects.slice(1)],
        skipped: [
          { file: job.file, kind: "ServiceAccount", name: "runner", namespace: "batch", line: 1 },
          { file: "/work/project/rbac.yaml", kind: "Role" },
        ],
      }),
    );
    const root = doc.documentElement!;
    const suites = all(root, "testsuite");
    const first = suites[0]!;
    expect(all(first, "testcase").map((c) => [c.getAttribute("classname"), c.getAttribute("name"), all(c, "skipped").length])).toEqual([
      ["ServiceAccount", "batch/runner", 1],
      ["Job", "batch/report", 0],
    ]);
    expect([first.getAttribute("tests"), first.getAttribute("skipped")]).toEqual(["2", "1"]);
    const rbac = suites.find((s) => s.getAttribute("name") === "rbac.yaml")!;
    expect(all(rbac, "testcase").map((c) => c.getAttribute("name"))).toEqual(["(unnamed)"]);
    expect([root.getAttribute("tests"), root.getAttribute("skipped")]).toEqual(["7", "2"]);
  });

  it("suite names and file attributes are SARIF's relative paths", () => {
    const input = awkwardInput();
    const d: Diagnostic = { ...input.diagnostics[3]!, file: "/work/project/sub/broken.yaml" };
    const object = { ...input.objects[0]!, file: "./jobs/a.yaml", diagnostics: [] };
    const doc = parse(formatJunit({ ...input, diagnostics: [d], objects: [object] }));
    const root = doc.documentElement!;
    expect(all(root, "testsuite").map((s) => s.getAttribute("name"))).toEqual(["jobs/a.yaml", "sub/broken.yaml"]);
    expect(all(root, "testcase").map((c) => c.getAttribute("file"))).toEqual(["jobs/a.yaml", "sub/broken.yaml"]);
    expect(all(root, "testsuite").map((s) => s.getAttribute("name"))).toEqual(
      [object.file, d.file!].map((f) => decodeURIComponent(artifactUri(f, input.cwd))),
    );
  });

  it("--fail-level warning turns warnings into failures", () => {
    const doc = parse(formatJunit(awkwardInput({ failLevel: "warning" })));
    expect(all(doc.documentElement!, "failure").map((f) => f.getAttribute("type"))).toContain("image/latest-tag");
  });

  it("escapeXml leaves no markup and no character outside XML 1.0", () => {
    const escaped = escapeXml(`<&>"'\u0000\uFFFE\uD800`);
    expect(escaped).toBe("&lt;&amp;&gt;&quot;&apos;\uFFFD\uFFFD\uFFFD");
  });

  it("kubejobs lint --format junit writes well-formed XML on stdout", () => {
    const run = runCli(["lint", "examples", "--format", "junit", "--fail-level", "warning"]);
    expect(run.stderr).toBe("");
    const doc = parse(run.stdout);
    expect(all(doc.documentElement!, "testcase").length).toBe(9);
    expect(all(doc.documentElement!, "failure").length).toBeGreaterThan(0);
    expect(run.status).toBe(1);
  });
});
