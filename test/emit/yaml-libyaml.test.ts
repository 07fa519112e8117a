/**
 * A second YAML 1.1 reader: PyYAML with libyaml, the C parser that go-yaml v2 (kubectl, through
 * sigs.k8s.io/yaml) was ported from. The `yaml` package's 1.1 mode shares its lexer with 1.2, so
 * this is the check that line breaks, indentation indicators and 1.1 resolution behave as a
 * libyaml-family parser sees them. Skipped where python3 with PyYAML is not installed.
 */
import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toYaml } from "../../src/emit/yaml.js";
import { anyString, manifestLike, roundTripped } from "./arbitraries.js";
import { configMapWithFiles, typicalCronJob } from "./fixtures.js";
import { ALL_TRICKY_STRINGS } from "./tricky-strings.js";

// Loads one YAML document with libyaml (CSafeLoader, YAML 1.1 resolution) and prints it as JSON;
// anything JSON cannot hold (a date, a set) is printed tagged, so the comparison fails visibly.
const LOAD_AS_JSON = `
import sys, json, yaml
loader = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
data = yaml.load(sys.stdin.buffer.read().decode("utf-8"), Loader=loader)
print(json.dumps({"libyaml": loader is not yaml.SafeLoader, "data": data}, default=lambda o: {"not JSON": repr(o)}))
`;

/** The loaded data, or undefined when python3/PyYAML is missing or the document is refused. */
function loadWithPyYaml(text: string): { libyaml: boolean; data: unknown } | undefined {
  const run = spawnSync("python3", ["-c", LOAD_AS_JSON], { input: text, encoding: "utf-8", maxBuffer: 64 << 20 });
  if (run.error || run.status !== 0) return undefined;
  return JSON.parse(run.stdout) as { libyaml: boolean; data: unknown };
}

const available = loadWithPyYaml("a: 1\n") !== undefined;

// Skipped: lone surrogates. toYaml writes them as `\uD800` escapes, which the `yaml` package reads
// back exactly, but libyaml (and go-yaml) reject such an escape and refuse the whole document: a
// loud failure, not a misreading. UTF-8, Go strings and Kubernetes cannot carry them anyway.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const withoutLoneSurrogates = (strings: string[]) => strings.filter((s) => !LONE_SURROGATE.test(s));

function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === "string") return LONE_SURROGATE.test(value);
  if (typeof value !== "object" || value === null) return false;
  return Object.entries(value).some(([key, item]) => LONE_SURROGATE.test(key) || hasLoneSurrogate(item));
}

describe.skipIf(!available)("PyYAML/libyaml (YAML 1.1) reads what toYaml writes", () => {
  it("every tricky string and a few thousand generated ones, as values, keys and items", () => {
    const strings = withoutLoneSurrogates([...ALL_TRICKY_STRINGS, ...fc.sample(anyString, { numRuns: 3000, seed: 20261126 })]);
    const value = {
      values: strings,
      keys: Object.fromEntries(strings.map((s, i) => [s, i])),
      nested: strings.map((s) => ({ item: [s, { [s]: s }] })),
    };
    expect(loadWithPyYaml(toYaml(value))?.data).toEqual(value);
  });

  it("generated manifest-like values and typical manifests", () => {
    const generated = fc.sample(manifestLike, { numRuns: 500, seed: 7 }).filter((v) => !hasLoneSurrogate(v));
    const values = [typicalCronJob(), configMapWithFiles(), ...generated];
    expect(loadWithPyYaml(toYaml({ values }))?.data).toEqual(roundTripped({ values }));
  });
});
