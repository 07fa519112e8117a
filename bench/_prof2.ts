import { lintChecked } from "../src/check/lint-documents.js";
import { checkTemplate } from "../src/check/check-template.js";
import { generateTemplates } from "./templates.js";
import type { Template } from "../src/template/types.js";
const t = generateTemplates(1000, 1001);
const now = new Date(Date.UTC(2026, 0, 1));
const inputs = t.map((x) => { const c = checkTemplate(x, { now }); return { template: x as Template, objects: c.manifests, validation: c.diagnostics }; });
const variants: Record<string, Record<string, "off">> = {
  all: {},
  noRare: { "batch/rare-schedule": "off" },
  noSame: { "batch/same-minute": "off" },
  noBoth: { "batch/rare-schedule": "off", "batch/same-minute": "off" },
};
const res: Record<string, number[]> = {};
for (let round = 0; round < 5; round++) for (const [k, rules] of Object.entries(variants)) {
  const s = performance.now(); lintChecked(inputs, { now, rules }); (res[k] ??= []).push(performance.now() - s);
}
for (const [k, v] of Object.entries(res)) console.log(k, v.sort((a, b) => a - b).map((x) => x.toFixed(0)).join(" "));
