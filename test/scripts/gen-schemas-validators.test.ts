// The generated validators (scripts/gen-schemas-validator-code.ts) against ajv compiling the same
// JSON Schemas: the same verdict and the same errors (path, keyword, params), in the same order,
// on real manifests, on rendered ones, and on thousands of mutations of them.
import { Ajv } from "ajv";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { ROOTS, type Definitions } from "../../scripts/gen-schemas-openapi.js";
import { versionSchemas } from "../../scripts/gen-schemas-validators.js";
import type { VersionValidators } from "../../src/k8s/generated/validators.js";
import { VALIDATOR_LOADERS } from "../../src/k8s/generated/validators.js";
import { seededRandom as random } from "../helpers/random.js";

const SOURCE = resolve("../shared/k8s-openapi");
const CORPORA = resolve("../shared/corpora");
const GOLDEN = resolve("test/golden/examples");
const hasSource = existsSync(join(SOURCE, "1.36", "batch-core.json"));

type Kind = keyof typeof ROOTS;
type Verdict = { valid: boolean; errors: { instancePath: string; keyword: string; params: unknown }[] };

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Every Job, CronJob, Secret and ConfigMap in the corpora and the golden output, as JSON values. */
function manifests(): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (const file of [...yamlFiles(CORPORA), ...yamlFiles(GOLDEN)]) {
    for (const doc of parseAllDocuments(readFileSync(file, "utf8"), { version: "1.1", logLevel: "error" })) {
      const value: unknown = doc.toJS();
      if (
        typeof value === "object" &&
        value !== null &&
        !Array.isArray(value) &&
        Object.hasOwn(ROOTS, (value as { kind?: string }).kind ?? "")
      )
        found.push(value as Record<string, unknown>);
    }
  }
  return found;
}

// Values that break one keyword or another: types, ranges, patterns, emptiness, map keys to escape.
const REPLACEMENTS: unknown[] = [
  null,
  "",
  "x",
  "Always",
  "2024-05-01T12:00:00Z",
  "not base64!",
  1,
  -1,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 64,
  -(2 ** 64),
  3e9 + 0.5,
  true,
  [],
  [null],
  ["a", 2],
  {},
  { "a/b~c": 1, "": null },
  { name: "" },
];

/** Every path to a value in `value`, objects and lists included. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...prefix, i], out));
  else if (typeof value === "object" && value !== null)
    for (const key of Object.keys(value)) paths((value as Record<string, unknown>)[key], [...prefix, key], out);
  return out;
}

function mutate(manifest: Record<string, unknown>, next: () => number): unknown {
  const copy = structuredClone(manifest);
  const all = paths(copy).filter((p) => p.length > 0);
  for (let edits = 1 + Math.floor(next() * 3); edits > 0 && all.length > 0; edits--) {
    const path = all[Math.floor(next() * all.length)]!;
    let parent: unknown = copy;
    for (const part of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)?.[part];
    if (typeof parent !== "object" || parent === null) continue;
    const last = path[path.length - 1]!;
    const holder = parent as Record<string | number, unknown>;
    const roll = next();
    if (roll < 0.15) delete holder[last];
    else if (roll < 0.25 && !Array.isArray(holder)) holder[`unknown${Math.floor(next() * 3)}`] = 1;
    else holder[last] = structuredClone(REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)]);
  }
  return copy;
}

describe.skipIf(!hasSource)(
  "generated validators agree with ajv on the same schemas (skipped when ../shared/k8s-openapi is absent)",
  () => {
    const inputs = manifests();

    it("has inputs of every kind", () => {
      const kinds = new Set(inputs.map((m) => m.kind));
      expect([...kinds].sort()).toEqual(Object.keys(ROOTS).sort());
    });

    for (const version of ["1.29", "1.36"]) {
      it(`Kubernetes ${version}: corpora, golden output, and 4,000 mutations of them`, async () => {
        const defs = (JSON.parse(readFileSync(join(SOURCE, version, "batch-core.json"), "utf8")) as { definitions: Definitions })
          .definitions;
        const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, messages: false });
        for (const schema of versionSchemas(version, defs)) ajv.addSchema(schema);
        const generated: VersionValidators = await VALIDATOR_LOADERS[version]!();
        const verdicts = (kind: Kind, value: unknown): [Verdict, Verdict] => {
          const reference = ajv.getSchema(ROOTS[kind])!;
          const ours = generated[kind];
          const strip = (errors: typeof ours.errors) =>
            (errors ?? []).map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));
          const theirs: Verdict = { valid: reference(value) as boolean, errors: strip(reference.errors as typeof ours.errors) };
          return [{ valid: ours(value), errors: strip(ours.errors) }, theirs];
        };
        let invalid = 0;
        for (const manifest of inputs) {
          const [ours, theirs] = verdicts(manifest.kind as Kind, manifest);
          expect(ours, JSON.stringify(manifest).slice(0, 200)).toEqual(theirs);
        }
        const next = random(Number(version.replace(".", "")));
        for (let i = 0; i < 4000; i++) {
          const manifest = inputs[Math.floor(next() * inputs.length)]!;
          const mutant = mutate(manifest, next);
          const [ours, theirs] = verdicts(manifest.kind as Kind, mutant);
          if (!theirs.valid) invalid++;
          expect(ours, `mutation ${i} of a ${String(manifest.kind)}: ${JSON.stringify(mutant).slice(0, 300)}`).toEqual(theirs);
        }
        // Most mutations break something: the comparison covers the error paths, not only valid input.
        expect(invalid).toBeGreaterThan(2000);
        // Not an object at all, and each kind's validator given another kind.
        for (const kind of Object.keys(ROOTS) as Kind[]) {
          for (const value of [null, [], "Job", 1, {}, ...inputs.slice(0, 8)]) {
            const [ours, theirs] = verdicts(kind, value);
            expect(ours).toEqual(theirs);
          }
        }
      }, 60_000);
    }
  },
);
