import { SEED_10K } from "./in-process.js";
import { layerRuns } from "./layers.js";
import { generateTemplates } from "./templates.js";
const which = process.argv[2] ?? "rules";
const run = layerRuns(generateTemplates(10_000, SEED_10K))[which as "rules"];
for (let i = 0; i < 8; i++) { const t = performance.now(); run(); console.log(which, (performance.now() - t).toFixed(0)); }
