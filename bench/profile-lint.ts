/**
 * A workload to run under `node --cpu-prof`: `lint` on the bench's 1,000 templates (as bench/lint.ts
 * measures it), a few times after a warm-up, and nothing else:
 *
 *   node scripts/run.mjs bench/profile-lint.ts      # bundles, runs once unprofiled
 *   node --cpu-prof --cpu-prof-dir=prof node_modules/.cache/kubejobs-run/profile-lint.mjs
 */
import { lintValues } from "../src/check/lint-documents.js";
import { generateTemplates } from "./templates.js";

const NOW = new Date(Date.UTC(2026, 0, 1));
const templates = generateTemplates(1000, 1001);
for (let pass = 0; pass < 2; pass++) lintValues(generateTemplates(1000, 77), { now: NOW });
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  let n = 0;
  for (const list of lintValues(templates, { now: NOW })) n += list.length;
  console.log(`lint: ${(performance.now() - start).toFixed(0)} ms (${n} findings)`);
}
