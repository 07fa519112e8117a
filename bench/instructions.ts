/**
 * A fixed workload for counting instructions (the machine is shared, so wall time moves with other
 * people's load; instruction counts do not): one layer (bench/layers.ts) or the whole pipeline on
 * the first N bench templates, after a fixed warm-up, repeated P times. Run it twice under
 * callgrind with different P; the difference divided by the extra passes and N is the cost per
 * template, without start-up, warm-up and JIT compilation:
 *
 *   node scripts/run.mjs bench/instructions.ts pipeline 1000 1       # bundles it, checks it runs
 *   for p in 1 3; do valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.$p \
 *     node node_modules/.cache/kubejobs-run/instructions.mjs pipeline 1000 $p 2>&1 | grep refs; done
 */
import { lintValues } from "../src/check/lint-documents.js";
import { runPipeline, SEED_10K } from "./in-process.js";
import { layerRuns, LAYERS, type Layer } from "./layers.js";
import { generateTemplates } from "./templates.js";

const [what = "pipeline", count = "1000", passes = "1"] = process.argv.slice(2);
if (what !== "pipeline" && what !== "lint" && !(LAYERS as readonly string[]).includes(what))
  throw new Error(`pipeline, lint or one of ${LAYERS.join(", ")}`);
const templates = generateTemplates(Number(count), SEED_10K);
const NOW = new Date(Date.UTC(2026, 0, 1));
const run =
  what === "pipeline"
    ? () => runPipeline(templates).objects
    : what === "lint"
      ? () => lintValues(templates, { now: NOW }).reduce((n, list) => n + list.length, 0)
      : layerRuns(templates)[what as Layer];
for (let pass = 0; pass < 3; pass++) run(); // warm-up: the same in every run, so it cancels out
let result = 0;
for (let pass = 0; pass < Number(passes); pass++) result += Number(run());
console.log(`${what}: ${count} templates × ${passes}: ${result}`);
