// JUnit output through a real XML parser (@xmldom/xmldom, strict: any error throws). xmldom does
// not check XML 1.0's character range, so that is asserted on its own.
import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { escapeXml, formatJunit } from "../../src/report/junit.js";
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
    expect(failures.map((f) => f.getAttribute("type"))).toEqual(["pss/privileged", "yaml/syntax", "config/invalid"]);
    expect(root.getAttribute("failures")).toBe("3");
    expect(root.getAttribute("tests")).toBe("5");
    // Text survives escaping (control characters become U+FFFD).
    expect(failures[0]!.getAttribute("message")).toBe(`container "main" is privileged ${AWKWARD.replace("\u0001", "\uFFFD")}`);
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
