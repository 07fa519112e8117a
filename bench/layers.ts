/**
 * Where the in-process pipeline's time goes: each layer alone on the bench's 10,000 templates
 * (its inputs prepared beforehand), in CPU time, interleaved so that machine load hits every layer
 * alike, and two floors, V8's native code on the same output: `JSON.stringify` printing it (the
 * floor for YAML) and `JSON.parse` building it from its JSON text (the floor for compile). The
 * layers add up to a little less than the pipeline: checkTemplate's own bookkeeping (placing,
 * de-duplicating) is not in any of them.
 */
import { compileTemplate } from "../src/compile/index.js";
import { emitManifests } from "../src/emit/emit-manifests.js";
import { checkRules } from "../src/k8s/rules/index.js";
import type { K8sObject } from "../src/k8s/types.js";
import { DEFAULT_KUBE_VERSION } from "../src/k8s/versions.js";
import { checkSchedule } from "../src/schedule/index.js";
import type { ScheduledJobTemplate, Template } from "../src/template/types.js";
import { checkManifestSchema } from "../src/validate/manifest.js";
import { checkTemplateShape } from "../src/validate/template.js";
import { withFixedShapes } from "../src/validate/template-fixed-shape.js";
import { repeatInterleaved, type Timing } from "./stats.js";

export const LAYERS = ["templateSchema", "compile", "rules", "openApiSchema", "schedule", "yaml", "jsonFloor", "buildFloor"] as const;
export type Layer = (typeof LAYERS)[number];

export const LAYER_NAMES: Record<Layer, string> = {
  templateSchema: "template schema (layer 1)",
  compile: "compile",
  rules: "Kubernetes rules (layer 2)",
  openApiSchema: "OpenAPI schema (layer 3)",
  schedule: "schedule check",
  yaml: "YAML",
  jsonFloor: "JSON.stringify (floor)",
  buildFloor: "JSON.parse (floor)",
};

const kubeVersion = DEFAULT_KUBE_VERSION;
const SCHEDULE_PATHS = { schedule: ["schedule"], timeZone: ["timeZone"] };

/** One run of each layer over the templates (inputs prepared here); each returns a count, so the work is kept. */
export function layerRuns(templates: readonly Template[]): Record<Layer, () => number> {
  // The compiler reads the copy in fixed shapes that the shape check made (check-template.ts): made
  // here beforehand, its cost is the template schema layer's.
  const shaped = templates.map((t) => withFixedShapes(t as unknown as Record<string, unknown>) as unknown as Template);
  const outputs: K8sObject[][] = shaped.map((t) => compileTemplate(t).manifests);
  const manifests = outputs.flat();
  // The objects as JSON text: V8's native parser building them again is the floor for compile.
  const texts = manifests.map((m) => JSON.stringify(m));
  const scheduled = templates.filter((t): t is ScheduledJobTemplate => t.kind === "ScheduledJob");
  const runs: Record<Layer, () => number> = {
    templateSchema: () => {
      let n = 0;
      // As checkTemplate runs it: the copy in fixed shapes made first, then checked.
      for (const t of templates) n += checkTemplateShape(t, withFixedShapes(t as unknown as Record<string, unknown>)).length;
      return n;
    },
    compile: () => {
      let n = 0;
      for (const t of shaped) n += compileTemplate(t).manifests.length;
      return n;
    },
    rules: () => {
      let n = 0;
      for (const m of manifests) n += checkRules(m, { kubeVersion }).length;
      return n;
    },
    openApiSchema: () => {
      let n = 0;
      for (const m of manifests) n += checkManifestSchema(m, { kubeVersion }).length;
      return n;
    },
    schedule: () => {
      let n = 0;
      for (const t of scheduled) n += checkSchedule(t.schedule, t.timeZone, SCHEDULE_PATHS).length;
      return n;
    },
    yaml: () => {
      let n = 0;
      for (const list of outputs) n += emitManifests(list, "yaml").length;
      return n;
    },
    jsonFloor: () => {
      let n = 0;
      for (const m of manifests) n += JSON.stringify(m).length;
      return n;
    },
    buildFloor: () => {
      let n = 0;
      for (const text of texts) n += (JSON.parse(text) as K8sObject).kind.length;
      return n;
    },
  };
  return runs;
}

/** Each layer, and the whole pipeline if given, interleaved: the same machine load for all. */
export function measureLayers(templates: readonly Template[], pipeline: () => number): Record<Layer | "pipeline", Timing> {
  const runs = { ...layerRuns(templates), pipeline };
  for (const run of Object.values(runs)) run(); // warm-up of each layer alone
  return repeatInterleaved(runs, { clock: "cpu", minRuns: 5, maxRuns: 9, budgetMs: 4000 });
}
