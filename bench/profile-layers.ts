/**
 * Prints where the in-process pipeline's time goes, layer by layer (bench/layers.ts), on the
 * bench's 10,000 templates, after a warm-up of the whole pipeline:
 *
 *   node scripts/run.mjs bench/profile-layers.ts
 */
import { runPipeline, SEED_10K } from "./in-process.js";
import { LAYER_NAMES, LAYERS, measureLayers } from "./layers.js";
import { generateTemplates } from "./templates.js";

const warmup = generateTemplates(2000, 7);
for (let pass = 0; pass < 2; pass++) runPipeline(warmup);
const templates = generateTemplates(10_000, SEED_10K);
const timings = measureLayers(templates, () => runPipeline(templates).objects);
for (const layer of [...LAYERS, "pipeline"] as const) {
  const t = timings[layer];
  console.log(
    `${(layer === "pipeline" ? "whole pipeline" : LAYER_NAMES[layer]).padEnd(28)} ${(t.medianMs / 10).toFixed(1).padStart(6)} µs/template (min ${(t.minMs / 10).toFixed(1)}, n=${t.runs})`,
  );
}
