import { lintChecked } from "../src/check/lint-documents.js";
import { checkTemplate } from "../src/check/check-template.js";
import { compileTemplate } from "../src/compile/index.js";
import { generateTemplates } from "./templates.js";
import type { Template } from "../src/template/types.js";
const t = generateTemplates(1000, 1001);
const now = new Date(Date.UTC(2026, 0, 1));
const inputs = t.map((x) => { const c = checkTemplate(x, { now }); return { template: x as Template, objects: c.manifests, validation: c.diagnostics }; });
const noTemplate = inputs.map(({ template: _t, ...rest }) => rest);
const v: Record<string, () => unknown> = {
  full: () => lintChecked(inputs, { now }),
  noOrigins: () => lintChecked(noTemplate, { now }),
  compileTracked: () => t.map((x) => compileTemplate(x, {}, true)),
  compilePlain: () => t.map((x) => compileTemplate(x, {}, false)),
  validate: () => t.map((x) => checkTemplate(x, { now })),
};
for (const f of Object.values(v)) { f(); f(); }
const res: Record<string, number[]> = {};
for (let r = 0; r < 7; r++) for (const [k, f] of Object.entries(v)) { const s = performance.now(); f(); (res[k] ??= []).push(performance.now() - s); }
for (const [k, x] of Object.entries(res)) { x.sort((a, b) => a - b); console.log(k.padEnd(16), "median", x[3]!.toFixed(0), "min", x[0]!.toFixed(0)); }
