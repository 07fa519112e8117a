// kubejobs validate as a black box: every report format agrees on files, objects and skipped ones.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { afterAll, describe, expect, it } from "vitest";
import { cleanEnv, runCli, ROOT } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "kubejobs-validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

const validate = (args: string[], cwd = dir) => runCli(["validate", ...args], { cwd, env: cleanEnv() });

function junit(xml: string) {
  const root = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml").documentElement!;
  const all = (el: Element, name: string) => Array.from(el.getElementsByTagName(name));
  return { root, all };
}

const SERVICE_ACCOUNT = "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: runner\n  namespace: batch\n";
const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: demo
  namespace: batch
spec:
  template:
    spec:
      restartPolicy: Never
      serviceAccountName: runner
      containers:
        - name: main
          image: busybox:1.36
`;

describe("validate: the formats count alike", () => {
  const mixed = file("mixed.yaml", `${SERVICE_ACCOUNT}---\n${JOB}`);

  it("an object of another kind is skipped in text, JSON and JUnit alike", () => {
    const text = validate([mixed]);
    expect(text.status).toBe(0);
    expect(text.stderr).toMatch(/1 document .*1 skipped/);

    const json = validate([mixed, "--format", "json"]);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).summary).toMatchObject({ files: 1, objects: 1, skipped: 1 });

    const run = validate([mixed, "--format", "junit"]);
    expect(run.status).toBe(0);
    const { root, all } = junit(run.stdout);
    const cases = all(root, "testcase");
    expect(cases.map((c) => [c.getAttribute("classname"), c.getAttribute("name"), all(c, "skipped").length])).toEqual([
      ["ServiceAccount", "batch/runner", 1],
      ["Job", "batch/demo", 0],
    ]);
    const [suite] = all(root, "testsuite");
    expect([suite!.getAttribute("tests"), suite!.getAttribute("skipped")]).toEqual(["2", "1"]);
  });

  it("a file that does not parse is counted in JSON and is a JUnit error, not a failure", () => {
    const broken = file("broken.yaml", "kind: Job\nname: [unclosed\n");
    const json = validate([broken, mixed, "--format", "json"]);
    expect(json.stdout).not.toBe("");
    const out = JSON.parse(json.stdout);
    expect(out.summary).toMatchObject({ files: 2, objects: 1, skipped: 1 });
    expect(out.diagnostics.map((d: { code: string }) => d.code)).toEqual(["yaml/syntax"]);

    const { root, all } = junit(validate([broken, mixed, "--format", "junit"]).stdout);
    const suites = all(root, "testsuite");
    expect(suites.map((s) => s.getAttribute("name")).sort()).toEqual(["broken.yaml", "mixed.yaml"]);
    const brokenSuite = suites.find((s) => s.getAttribute("name") === "broken.yaml")!;
    expect([brokenSuite.getAttribute("errors"), brokenSuite.getAttribute("failures")]).toEqual(["1", "0"]);
    expect(all(brokenSuite, "error").map((e) => e.getAttribute("type"))).toEqual(["yaml/syntax"]);
    expect(all(root, "failure")).toEqual([]);
    expect([root.getAttribute("errors"), root.getAttribute("failures")]).toEqual(["1", "0"]);
  });

  it("several findings on one object are one failure element", () => {
    const bad = file("bad.yaml", JOB.replace("restartPolicy: Never", "restartPolicy: Always").replace("name: demo", "name: Demo_Job"));
    const run = validate([bad, "--format", "junit"]);
    expect(run.status).toBe(1);
    const codes = (JSON.parse(validate([bad, "--format", "json"]).stdout).diagnostics as { code: string }[]).map((d) => d.code);
    expect(codes.length).toBeGreaterThan(1);
    const { root, all } = junit(run.stdout);
    const failures = all(root, "failure");
    expect(failures).toHaveLength(1);
    for (const code of codes) expect(failures[0]!.textContent).toContain(`[${code}]`);
    expect(root.getAttribute("failures")).toBe("1");
  });

  it("JUnit names files as SARIF does, relative to the working directory", () => {
    const absolute = resolve(dir, "bad.yaml");
    const sarif = JSON.parse(validate([absolute, "--format", "sarif"]).stdout);
    const uris = new Set(
      sarif.runs[0].results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.locations[0]!.physicalLocation.artifactLocation.uri,
      ),
    );
    expect([...uris]).toEqual(["bad.yaml"]);
    const { root, all } = junit(validate([absolute, "--format", "junit"]).stdout);
    expect(all(root, "testsuite").map((s) => s.getAttribute("name"))).toEqual(["bad.yaml"]);
    expect(all(root, "testcase").map((c) => c.getAttribute("file"))).toEqual(["bad.yaml"]);
  });
});

const CORPUS = resolve(ROOT, "../shared/corpora/real-manifests");

describe.skipIf(!existsSync(CORPUS))("validate: the real-manifests corpus's skipped objects", () => {
  it("008: text, JSON and JUnit report the same skipped count", () => {
    const name = readdirSync(CORPUS).find((f) => f.startsWith("008-") && f.endsWith(".yaml"))!;
    const path = join(CORPUS, name);
    const text = validate([path], ROOT);
    const skipped = Number(/(\d+) skipped/.exec(text.stderr)?.[1]);
    expect(skipped).toBeGreaterThan(0);
    expect(JSON.parse(validate([path, "--format", "json"], ROOT).stdout).summary.skipped).toBe(skipped);
    const { root } = junit(validate([path, "--format", "junit"], ROOT).stdout);
    expect(Number(root.getAttribute("skipped"))).toBe(skipped);
  });
});
