// Generates, from the official Kubernetes OpenAPI copies in ../shared/k8s-openapi (one per
// bundled minor version), everything layer 3 of validation needs, committed under src/k8s/generated,
// one generator file per output:
//
//   validators-<v>.js (+ .d.ts)  gen-schemas-validators.ts (code: gen-schemas-validator-code.ts): the
//   validators.ts                validators of one version, Job, CronJob, Secret, ConfigMap, with a
//                                function per definition they share (PodSpec …); and one lazy loader
//                                per version
//   fields.ts                    gen-schemas-fields.ts: which definition each property leads to, the
//                                versions that have a property, and its alpha/beta stage and feature
//                                gate per version
//   types.ts                     gen-schemas-types.ts: TypeScript types of the newest version, with
//                                the API descriptions
// What they share (the OpenAPI types, the kinds, enums read from descriptions) is gen-schemas-openapi.ts.
//
// Why a module per version: parse time grows with code size (≈ 5 ms for one version's 260 KB), and
// a run targets one version. One module for all versions with content-addressed definitions was
// tried: 660 KB instead of 8 × 260 KB on disk, but 12 ms to import on every run.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { DEFAULT_KUBE_VERSION, KUBE_VERSIONS } from "../src/k8s/versions.ts";
import { NOT_REQUIRED, REQUIRED } from "./k8s-corrections.ts";
import { generateFieldTable } from "./gen-schemas-fields.ts";
import { HEADER, type Definitions } from "./gen-schemas-openapi.ts";
import { generateTypes } from "./gen-schemas-types.ts";
import { generateLoaders, generateValidators, VALIDATOR_TYPES } from "./gen-schemas-validators.ts";

export { enumFromDescription } from "./gen-schemas-openapi.ts";
export { stageFromDescription } from "./gen-schemas-fields.ts";

// scripts/run.mjs bundles this file elsewhere before running it, so paths start at the
// working directory, which npm sets to the package root.
const REPO = process.cwd();
const DEFAULT_SOURCE = resolve(REPO, "../shared/k8s-openapi");
const DEFAULT_OUT = resolve(REPO, "src/k8s/generated");

export interface GenSchemasOptions {
  /** Folder with `<minor>/batch-core.json` (default ../shared/k8s-openapi). */
  sourceDir?: string;
  /** Where to write (default src/k8s/generated). */
  outDir?: string;
}

export async function genSchemas(options: GenSchemasOptions = {}): Promise<void> {
  const sourceDir = options.sourceDir ?? DEFAULT_SOURCE;
  const outDir = options.outDir ?? DEFAULT_OUT;
  const specs: Record<string, Definitions> = {};
  for (const version of KUBE_VERSIONS) {
    const doc = JSON.parse(await readFile(join(sourceDir, version, "batch-core.json"), "utf8")) as { definitions: Definitions };
    specs[version] = doc.definitions;
  }
  for (const [def, fields] of Object.entries({ ...REQUIRED, ...NOT_REQUIRED })) {
    for (const field of Object.keys(fields)) {
      if (!KUBE_VERSIONS.some((v) => specs[v]?.[def]?.properties?.[field]))
        throw new Error(`k8s-corrections.ts names ${def}.${field}, which no bundled version has`);
    }
  }
  await mkdir(outDir, { recursive: true });
  for (const version of KUBE_VERSIONS) {
    await writeFile(join(outDir, `validators-${version}.js`), generateValidators(version, specs[version] as Definitions));
    await writeFile(join(outDir, `validators-${version}.d.ts`), HEADER(`v${version}`) + VALIDATOR_TYPES);
  }
  await writeFile(join(outDir, "validators.ts"), generateLoaders(KUBE_VERSIONS, DEFAULT_KUBE_VERSION));
  await writeFile(join(outDir, "fields.ts"), generateFieldTable(specs));
  const newest = KUBE_VERSIONS[KUBE_VERSIONS.length - 1] as string;
  await writeFile(join(outDir, "types.ts"), generateTypes(newest, specs));
}

// `node scripts/run.mjs scripts/gen-schemas.ts` runs it directly.
if (process.argv[1]?.endsWith("gen-schemas.ts")) {
  await genSchemas();
}
