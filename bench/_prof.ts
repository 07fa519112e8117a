import { readFileSync } from "node:fs";
import { previewSchedules } from "../src/preview/preview-schedules.js";
import { renderPreviewHtml } from "../src/preview/html/render-html.js";
const docs = readFileSync("/tmp/kubejobs-bench-preview-LY5f1H/cronjobs.yaml", "utf8").split("\n---\n").map((s) => JSON.parse(s));
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const d = previewSchedules(docs, { from: new Date("2025-03-24T00:00:00Z") });
  const a = performance.now() - t;
  t = performance.now();
  const h = renderPreviewHtml(d);
  console.log("data", a.toFixed(0), "html", (performance.now() - t).toFixed(0), h.length, d.pileUps.length);
}
