/**
 * A workload to run under `node --cpu-prof`: the bench's 10,000 templates through the pipeline
 * (or, with --validate, validation of their rendered objects) a few times after a warm-up, and
 * nothing else, so the profile shows only that path. Build it once, then profile:
 *
 *   node scripts/run.mjs bench/profile-in-process.ts      # bundles, runs once unprofiled
 *   node --cpu-prof --cpu-prof-dir=prof node_modules/.cache/kubejobs-run/profile-in-process.mjs
 *   node scripts/run.mjs bench/profile-summary.ts prof/*.cpuprofile --total checkTemplate
 */
import { checkTemplate } from "../src/check/check-template.js";
import { runPipeline, SEED_10K, validateAll } from "./in-process.js";
import { generateTemplates } from "./templates.js";

const validateOnly = process.argv.includes("--validate");
const templates = generateTemplates(10_000, SEED_10K);
const objects = validateOnly ? JSON.parse(JSON.stringify(templates.flatMap((t) => checkTemplate(t).manifests).slice(0, 10_000))) : [];
const run = (): number => (validateOnly ? validateAll(objects) : runPipeline(templates).objects);
run(); // warm-up
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  const result = run();
  console.log(`${validateOnly ? "validate" : "pipeline"}: ${(performance.now() - start).toFixed(0)} ms (${result})`);
}
