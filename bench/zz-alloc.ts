import { SEED_10K, runPipeline } from "./in-process.js";
import { layerRuns } from "./layers.js";
import { generateTemplates } from "./templates.js";
const which = process.argv[2] ?? "rules";
const templates = generateTemplates(10_000, SEED_10K);
const run = which === "pipeline" ? () => runPipeline(templates).objects : layerRuns(templates)[which as "rules"];
run(); run();
console.log("MARK");
for (let i = 0; i < 5; i++) run();
