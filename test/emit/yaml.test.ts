import { describe, expect, it } from "vitest";
import { parseAllDocuments, parseDocument } from "yaml";
import { MAX_DEPTH, toYaml, toYamlStream, YamlEmitError } from "../../src/emit/yaml.js";
import { configMapWithFiles, typicalCronJob } from "./fixtures.js";
import { TRICKY_STRINGS } from "./tricky-strings.js";

/** Parses one document as YAML 1.2 (core schema) or 1.1, requiring no errors and no warnings. */
function read(text: string, version: "1.1" | "1.2" = "1.2"): unknown {
  const doc = parseDocument(text, { version });
  expect(doc.errors).toEqual([]);
  expect(doc.warnings).toEqual([]);
  return doc.toJS();
}

function expectRoundTrip(value: unknown): void {
  const text = toYaml(value);
  expect(read(text, "1.2")).toEqual(value);
  expect(read(text, "1.1")).toEqual(value);
}

const trickyCases = Object.entries(TRICKY_STRINGS).flatMap(([kind, strings]) => strings.map((s) => [kind, s] as const));

describe("strings that a parser could misread", () => {
  it.each(trickyCases)("%s %j reads back the same from every position, in YAML 1.2 and 1.1", (_kind, s) => {
    expectRoundTrip(s);
    expectRoundTrip({ key: s });
    expectRoundTrip({ [s]: "value" });
    expectRoundTrip([s, s]);
    expectRoundTrip({ a: { b: [{ c: s, [s]: [s] }, [s]] } });
  });

  // The form pins the choice: plain only where safe, double quotes otherwise.
  it.each([
    // YAML 1.1 readings (go-yaml v2, under kubectl): booleans, octal, underscores, sexagesimal, dates.
    ["yes", '"yes"'],
    ["on", '"on"'],
    ["N", '"N"'],
    ["0755", '"0755"'],
    ["1_000", '"1_000"'],
    ["12:30", '"12:30"'],
    ["2024-01-01", '"2024-01-01"'],
    ["<<", '"<<"'],
    // YAML 1.2 readings.
    ["true", '"true"'],
    ["null", '"null"'],
    ["~", '"~"'],
    ["", '""'],
    ["0o17", '"0o17"'],
    ["0x1F", '"0x1F"'],
    ["1e3", '"1e3"'],
    [".inf", '".inf"'],
    ["-.inf", '"-.inf"'],
    [".nan", '".nan"'],
    ["8080", '"8080"'],
    ["1.4.2", '"1.4.2"'],
    ["e3", '"e3"'],
    ["._", '"._"'],
    // Indicators and comments.
    ["*/5 * * * *", '"*/5 * * * *"'],
    ["@daily", '"@daily"'],
    ["- a", '"- a"'],
    ["-", '"-"'],
    ["---", '"---"'],
    ["a: b", '"a: b"'],
    ["a:", '"a:"'],
    ["a #b", '"a #b"'],
    ["{{ .Values.x }}", '"{{ .Values.x }}"'],
    [" lead", '" lead"'],
    ["trail ", '"trail "'],
    // Escapes: only \" \\ \t \n \r and \uXXXX, so a quoted scalar is also a JSON string.
    ['"hi" \\', '"\\"hi\\" \\\\"'],
    ["a\tb", '"a\\tb"'],
    ["a\rb", '"a\\rb"'],
    ["a\u0085b", '"a\\u0085b"'],
    ["a\u2028b", '"a\\u2028b"'],
    ["\uFEFFa", '"\\uFEFFa"'],
    ["a\u202Eb", '"a\\u202Eb"'],
    ["\u0000\u001B", '"\\u0000\\u001B"'],
    ["a\u00A0", '"a\\u00A0"'],
    ["\uD800x", '"\\uD800x"'],
    ["🚀 go", '"🚀 go"'],
    // Plain, as a reviewer expects to read them.
    ["--to", "--to"],
    ["-m", "-m"],
    ["0 3 * * *", "0 3 * * *"],
    ["250m", "250m"],
    ["ghcr.io/acme/report:1.4.2", "ghcr.io/acme/report:1.4.2"],
    ["http://localhost:8080/healthz", "http://localhost:8080/healthz"],
    ["$(VAR)", "$(VAR)"],
    ["a#b", "a#b"],
    ['say "hi"', 'say "hi"'],
    ["C:\\path", "C:\\path"],
    ["yess", "yess"],
    ["日本語", "日本語"],
  ])("%j is written as %s", (s, written) => {
    expect(toYaml({ k: s })).toBe(`k: ${written}\n`);
    expect(toYaml({ [s]: 1 })).toBe(`${written}: 1\n`);
  });
});

describe("multi-line strings", () => {
  it.each([
    ["a\nb", "k: |-\n  a\n  b\n"],
    ["a\nb\n", "k: |\n  a\n  b\n"],
    ["a\nb\n\n", "k: |+\n  a\n  b\n\n"],
    ["a\n\nb", "k: |-\n  a\n\n  b\n"],
    ["\n\na", "k: |-\n\n\n  a\n"],
    // A first line starting with a space or tab: the indentation has to be stated.
    [" a\nb", "k: |2-\n   a\n  b\n"],
    ["\ta\nb\n", "k: |2\n  \ta\n  b\n"],
    ["\n  a", "k: |2-\n\n    a\n"],
    ["a\n\tb\n", "k: |\n  a\n  \tb\n"],
    ["# not a comment\n---\n...\n", "k: |\n  # not a comment\n  ---\n  ...\n"],
    // Not exact as a block literal, so double-quoted.
    ["a\r\nb\r\n", 'k: "a\\r\\nb\\r\\n"\n'],
    ["a \nb", 'k: "a \\nb"\n'],
    ["a\nb\t", 'k: "a\\nb\\t"\n'],
    ["a\n \nb", 'k: "a\\n \\nb"\n'],
    ["a\u0085b\nc", 'k: "a\\u0085b\\nc"\n'],
    ["a\n\u2028", 'k: "a\\n\\u2028"\n'],
    ["\n", 'k: "\\n"\n'],
    ["\n\n", 'k: "\\n\\n"\n'],
  ])("%j", (s, written) => {
    expect(toYaml({ k: s })).toBe(written);
    expectRoundTrip({ k: s });
  });

  it("indents block literals under sequence items and nested keys", () => {
    const value = { args: ["-c", "set -e\necho hi\n", " lead\n"], nested: [{ script: "a\nb" }] };
    expect(toYaml(value)).toBe(
      [
        "args:",
        "  - -c",
        "  - |",
        "    set -e",
        "    echo hi",
        "  - |2",
        "     lead",
        "nested:",
        "  - script: |-",
        "      a",
        "      b",
        "",
      ].join("\n"),
    );
    expectRoundTrip(value);
  });

  it("writes a top-level block literal, but quotes one whose indentation would have to be stated", () => {
    expect(toYaml("a\nb\n")).toBe("|\n  a\n  b\n");
    expect(toYaml(" a\nb\n")).toBe('" a\\nb\\n"\n');
    expectRoundTrip("a\nb\n");
    expectRoundTrip(" a\nb\n");
  });
});

describe("numbers, booleans and null", () => {
  it.each([
    [0, "0"],
    [-0, "0"],
    [42, "42"],
    [-7, "-7"],
    [1.5, "1.5"],
    [0.1 + 0.2, "0.30000000000000004"],
    [2 ** 53, "9007199254740992"],
    [1e20, "100000000000000000000"],
    // JS writes these without a fraction; YAML 1.1 needs one to read a float.
    [1e21, "1.0e+21"],
    [1e-7, "1.0e-7"],
    [5e-324, "5.0e-324"],
    [1.5e-7, "1.5e-7"],
    [Number.MAX_VALUE, "1.7976931348623157e+308"],
  ])("%d is written as %s", (n, written) => {
    expect(toYaml({ x: n })).toBe(`x: ${written}\n`);
    expect(read(toYaml(n), "1.2")).toBe(Object.is(n, -0) ? 0 : n);
    expect(read(toYaml(n), "1.1")).toBe(Object.is(n, -0) ? 0 : n);
  });

  it("writes booleans and null as YAML words", () => {
    expect(toYaml({ a: true, b: false, c: null })).toBe("a: true\nb: false\nc: null\n");
    expectRoundTrip({ a: true, b: false, c: null });
  });
});

describe("structure", () => {
  it("writes empty objects and arrays inline, wherever they are", () => {
    expect(toYaml({})).toBe("{}\n");
    expect(toYaml([])).toBe("[]\n");
    expect(toYaml({ a: {}, b: [], c: [{}, []] })).toBe("a: {}\nb: []\nc:\n  - {}\n  - []\n");
  });

  it("leaves out undefined properties; an object of only those is empty", () => {
    expect(toYaml({ a: undefined, b: 1 })).toBe("b: 1\n");
    expect(toYaml({ a: { x: undefined }, b: [{ y: undefined }] })).toBe("a: {}\nb:\n  - {}\n");
    expect(toYaml({ x: undefined })).toBe("{}\n");
  });

  it("starts collections inside a sequence on the item's line", () => {
    const value = [[1, [2, 3]], { a: 1, b: { c: 2 } }, [{ d: [] }]];
    expect(toYaml(value)).toBe(["- - 1", "  - - 2", "    - 3", "- a: 1", "  b:", "    c: 2", "- - d: []", ""].join("\n"));
    expectRoundTrip(value);
  });

  it("keeps the object's key order (JS puts integer-like keys first)", () => {
    expect(toYaml({ kind: "Job", apiVersion: "batch/v1", b: 1, a: 2 })).toBe("kind: Job\napiVersion: batch/v1\nb: 1\na: 2\n");
    expect(toYaml({ name: "http", "8080": "x" })).toBe('"8080": x\nname: http\n');
  });

  it("accepts objects without a prototype", () => {
    const value = Object.assign(Object.create(null) as object, { a: 1 });
    expect(toYaml(value)).toBe("a: 1\n");
  });

  it("writes top-level scalars as one-line documents", () => {
    expect(toYaml("x")).toBe("x\n");
    expect(toYaml("yes")).toBe('"yes"\n');
    expect(toYaml(1)).toBe("1\n");
    expect(toYaml(null)).toBe("null\n");
    expect(toYaml(true)).toBe("true\n");
  });

  it("writes a key longer than YAML's 1024-character limit for implicit keys as an explicit `? key`", () => {
    const long = "k".repeat(1100);
    const value = { [long]: { a: [1] }, short: [{ [long]: "v" }] };
    expect(toYaml(value)).toBe(`? ${long}\n:\n  a:\n    - 1\nshort:\n  - ? ${long}\n    : v\n`);
    expectRoundTrip(value);
    expectRoundTrip({ ["\n".repeat(600)]: "escaped to 1200 characters" });
  });

  it("writes shared (non-circular) objects in full at each place", () => {
    const labels = { app: "x" };
    expect(toYaml({ a: labels, b: labels })).toBe("a:\n  app: x\nb:\n  app: x\n");
  });
});

describe("typical manifests (the style a reviewer reads)", () => {
  it("a CronJob", () => {
    expect(toYaml(typicalCronJob())).toBe(`apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
  namespace: reports
  labels:
    app.kubernetes.io/managed-by: kubejobs
    app.kubernetes.io/name: nightly-report
    team: data
  annotations:
    acme.io/owner: data-platform@acme.io
spec:
  schedule: 0 3 * * *
  timeZone: Europe/Berlin
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 3
  jobTemplate:
    metadata:
      labels:
        app.kubernetes.io/managed-by: kubejobs
        app.kubernetes.io/name: nightly-report
        team: data
    spec:
      backoffLimit: 2
      ttlSecondsAfterFinished: 86400
      template:
        metadata:
          labels:
            app.kubernetes.io/managed-by: kubejobs
            app.kubernetes.io/name: nightly-report
            team: data
        spec:
          restartPolicy: Never
          serviceAccountName: report
          containers:
            - name: report
              image: ghcr.io/acme/report:1.4.2
              command:
                - python
                - -m
                - report
              args:
                - --since
                - 24h
                - --format=csv
              env:
                - name: LOG_LEVEL
                  value: info
                - name: DRY_RUN
                  value: "false"
                - name: DB_PASSWORD
                  valueFrom:
                    secretKeyRef:
                      name: report-db
                      key: password
                - name: POD_NAME
                  valueFrom:
                    fieldRef:
                      fieldPath: metadata.name
              resources:
                requests:
                  cpu: 250m
                  memory: 512Mi
                limits:
                  cpu: "1"
                  memory: 1Gi
              volumeMounts:
                - name: files
                  mountPath: /etc/report/config.yaml
                  subPath: config.yaml
                  readOnly: true
          volumes:
            - name: files
              configMap:
                name: nightly-report-files
`);
    expectRoundTrip(typicalCronJob());
  });

  it("a ConfigMap carrying files", () => {
    expect(toYaml(configMapWithFiles())).toBe(`apiVersion: v1
kind: ConfigMap
metadata:
  name: nightly-report-files
  labels:
    app.kubernetes.io/name: nightly-report
data:
  config.yaml: |
    output:
      format: csv
      # keep a week
      retention: 7d
  run.sh: |-
    #!/bin/sh
    set -eu
    exec python -m report "$@"
  indented.txt: |2+
        four spaces first
    then none


  port: "8080"
  enabled: "yes"
`);
    expectRoundTrip(configMapWithFiles());
  });
});

describe("toYamlStream", () => {
  it("puts a `---` line before each document after the first", () => {
    expect(toYamlStream([{ a: 1 }, { b: 2 }, "x"])).toBe("a: 1\n---\nb: 2\n---\nx\n");
    expect(toYamlStream([{ a: 1 }])).toBe(toYaml({ a: 1 }));
    expect(toYamlStream([])).toBe("");
  });

  it("reads back as the same documents, even when one ends in kept blank lines", () => {
    const documents = [configMapWithFiles(), { k: "b\n\n\n" }, typicalCronJob(), []];
    const parsed = parseAllDocuments(toYamlStream(documents));
    expect(Array.isArray(parsed) && parsed.map((doc) => doc.toJS())).toEqual(documents);
  });
});

describe("values that are not manifest data (bugs in the caller) throw YamlEmitError", () => {
  class Custom {
    a = 1;
  }
  it.each([
    ["NaN", { spec: { replicas: Number.NaN } }, ["spec", "replicas"]],
    ["Infinity", { a: [1, Number.POSITIVE_INFINITY] }, ["a", 1]],
    ["-Infinity", Number.NEGATIVE_INFINITY, []],
    ["undefined in an array", { args: ["a", undefined] }, ["args", 1]],
    ["undefined as the document", undefined, []],
    ["a function", { f: () => 1 }, ["f"]],
    ["a symbol", { s: Symbol("s") }, ["s"]],
    ["a bigint", { n: 10n }, ["n"]],
    ["a Date", { when: new Date(0) }, ["when"]],
    ["a Map", [new Map()], [0]],
    ["a class instance", { c: new Custom() }, ["c"]],
  ])("%s", (_name, value, path) => {
    expect(() => toYaml(value)).toThrow(YamlEmitError);
    expect(() => toYaml(value)).toThrow(/is not manifest data/);
    try {
      toYaml(value);
    } catch (error) {
      expect((error as YamlEmitError).path).toEqual(path);
    }
  });

  it("a circular reference, naming where it loops", () => {
    const root: Record<string, unknown> = { a: { b: [] as unknown[] } };
    ((root.a as Record<string, unknown>).b as unknown[]).push(root);
    expect(() => toYaml(root)).toThrow(/circular reference back to the document/);
    try {
      toYaml(root);
    } catch (error) {
      expect(error).toBeInstanceOf(YamlEmitError);
      expect((error as YamlEmitError).path).toEqual(["a", "b", 0]);
    }
    const spec = { template: {} as Record<string, unknown> };
    spec.template.self = spec.template;
    expect(() => toYaml({ spec })).toThrow(/at spec\.template\.self: circular reference back to spec\.template/);
  });

  it("nesting deeper than MAX_DEPTH, with a clear error instead of a stack overflow", () => {
    const nest = (levels: number): unknown => {
      let value: unknown = "leaf";
      for (let i = 0; i < levels; i++) value = i % 2 === 0 ? { k: value } : [value];
      return value;
    };
    expect(() => toYaml(nest(MAX_DEPTH))).not.toThrow();
    expect(() => toYaml(nest(MAX_DEPTH + 1))).toThrow(YamlEmitError);
    expect(() => toYaml(nest(10_000))).toThrow(/more than 1000 levels of nesting/);
  });
});
