/**
 * The in-process figures of PRODUCT §5: the whole pipeline on 1,000 and 10,000 templates,
 * validation alone on 10,000 manifests, and 10,000 next-run evaluations, each beside a floor
 * measured in the same process (what the same data costs with `JSON.stringify`, or a peer
 * library). bench.ts runs this in a fresh child process, so the JIT state is
 * known: only this file's warm-up has run before the timed runs.
 */
import { CronExpressionParser } from "cron-parser";
import type { K8sObject } from "../src/k8s/types.js";
import { DEFAULT_KUBE_VERSION } from "../src/k8s/versions.js";
import { checkManifest } from "../src/check/check-manifest.js";
import { checkTemplate } from "../src/check/check-template.js";
import { emitManifests } from "../src/emit/emit-manifests.js";
import { nextRuns } from "../src/schedule/index.js";
import type { Template } from "../src/template/types.js";
import { createRandom } from "./random.js";
import { SCHEDULES, TIME_ZONES } from "./schedules.js";
import { repeat, repeatInterleaved, scaleTiming, type Timing } from "./stats.js";
import { readmeTemplates } from "./readme-templates.js";
import { generateTemplates } from "./templates.js";
import { measureLayers, type Layer } from "./layers.js";

export interface InProcessResults {
  pipeline1k: Timing;
  pipeline10k: Timing;
  /** Objects written and YAML characters per 10,000 templates: proves the work was done and sizes it. */
  pipeline10kOutput: { objects: number; yamlChars: number; templatesWithErrors: number; warnings: number };
  jsonFloor10k: Timing;
  /**
   * Peak resident memory of this process (MiB) when the 1k and 10k pipeline runs are done: node
   * itself, the 10,000 templates, and what the runs allocated (each template's output is dropped
   * after it is counted, as a streaming render would).
   */
  peakRssMiB10k: number;
  /** Each layer alone on the 10,000 templates (bench/layers.ts), in CPU time, with the whole pipeline beside it. */
  layers: Record<Layer | "pipeline", Timing>;
  /** Reference, not a target row: 10,000 copies of the README template (names differ). */
  readme10k: Timing;
  readme10kOutput: PipelineOutput;
  validate10k: Timing;
  validateKinds: Record<string, number>;
  validateDiagnostics: number;
  jsonFloorValidate: Timing;
  nextRuns10k: Timing;
  nextRunsEvaluations: number;
  cronParser10k: Timing;
  cronParserEvaluations: number;
  warmupTemplates: number;
}

const SEED_WARMUP = 7;
export const SEED_10K = 10001;
const WARMUP_TEMPLATES = 2000;

// No forced GC between runs: a full GC shrinks the young generation, and the next short run pays to
// grow it again (1,000-template runs measured 1.5–2× slower per template that way). Garbage left
// by one run is collected during the next, as in any long render.

export interface PipelineOutput {
  objects: number;
  yamlChars: number;
  templatesWithErrors: number;
  warnings: number;
}

/** What `render` does per template: all three layers, then YAML. */
export function runPipeline(templates: readonly Template[]): PipelineOutput {
  const out: PipelineOutput = { objects: 0, yamlChars: 0, templatesWithErrors: 0, warnings: 0 };
  for (const template of templates) {
    const checked = checkTemplate(template);
    if (checked.manifests.length === 0) out.templatesWithErrors++;
    for (const d of checked.diagnostics) if (d.severity === "warning") out.warnings++;
    out.objects += checked.manifests.length;
    out.yamlChars += emitManifests(checked.manifests, "yaml").length;
  }
  return out;
}

function renderAll(templates: readonly Template[]): K8sObject[][] {
  return templates.map((t) => checkTemplate(t).manifests);
}

/** The floor for serializing: the same objects through JSON.stringify (PRODUCT §5: ≈ 4 µs per CronJob). */
function jsonChars(objects: readonly unknown[]): number {
  let chars = 0;
  for (const o of objects) chars += JSON.stringify(o).length;
  return chars;
}

export function validateAll(objects: readonly unknown[]): number {
  let found = 0;
  for (const o of objects) found += checkManifest(o, DEFAULT_KUBE_VERSION).length;
  return found;
}

interface NextRunInput {
  schedule: string;
  timeZone: string | undefined;
  from: Date;
}

/** Varied schedule × zone × instant; instants spread over 2025–2030 so DST edges and month ends are crossed. */
function nextRunInputs(count: number, seed: number): NextRunInput[] {
  const r = createRandom(seed);
  const start = Date.UTC(2025, 0, 1);
  const span = 5 * 365 * 86400_000;
  return Array.from({ length: count }, () => ({
    schedule: r.pick(SCHEDULES),
    timeZone: r.pick(TIME_ZONES),
    from: new Date(start + r.int(span / 1000) * 1000),
  }));
}

/** One evaluation per call (count: 1): the per-call work (cache look-ups, checks) is counted 10,000 times too. */
function evaluateNextRuns(inputs: readonly NextRunInput[]): number {
  let evaluations = 0;
  for (const { schedule, timeZone, from } of inputs)
    evaluations += nextRuns(schedule, timeZone === undefined ? { from, count: 1 } : { timeZone, from, count: 1 }).length;
  return evaluations;
}

/** The same evaluations with cron-parser, a peer (not the Kubernetes dialect); `@every` is not cron-parser's. */
function evaluateCronParser(inputs: readonly NextRunInput[]): number {
  let evaluations = 0;
  for (const { schedule, timeZone, from } of inputs) {
    const expression = CronExpressionParser.parse(schedule, { currentDate: from, tz: timeZone ?? "UTC" });
    if (expression.next()) evaluations++;
  }
  return evaluations;
}

function checked<T>(value: T, ok: boolean, what: string): T {
  if (!ok) throw new Error(`bench input is not what it should be: ${what}`);
  return value;
}

export function measureInProcess(): InProcessResults {
  // Warm-up on other templates than the timed ones, so the timed runs do not hit caches they filled.
  // Two passes: the first compiles and optimises; the second lets V8 settle (deopts, inline caches).
  const warmup = generateTemplates(WARMUP_TEMPLATES, SEED_WARMUP);
  for (let pass = 0; pass < 2; pass++) runPipeline(warmup);
  const t10k = generateTemplates(10_000, SEED_10K);
  // The first 1,000 of the same set: the growth factor then measures size alone, not a different mix.
  const t1k = t10k.slice(0, 1000);

  let output: PipelineOutput | undefined;
  // Interleaved, so that the growth factor compares runs made under the same machine load; each
  // small sample is three 1k runs in a row, so it spans enough time not to hinge on one hiccup.
  const pipeline = repeatInterleaved(
    { small: () => [runPipeline(t1k), runPipeline(t1k), runPipeline(t1k)], large: () => (output = runPipeline(t10k)) },
    { minRuns: 3, maxRuns: 4, budgetMs: 6000 },
  );
  const peakRssMiB10k = process.resourceUsage().maxRSS / 1024;
  const pipeline1k = scaleTiming(pipeline.small, 1 / 3);
  const pipeline10k = pipeline.large;
  const pipeline10kOutput = checked(output!, output!.templatesWithErrors === 0, "every generated template compiles without errors");
  const readme = readmeTemplates(10_000);
  runPipeline(readme.slice(0, 1000));
  let readmeOutput: PipelineOutput | undefined;
  const readme10k = repeat(() => (readmeOutput = runPipeline(readme)), { minRuns: 2, maxRuns: 3, budgetMs: 1500 });

  // Pre-rendered objects, re-read as JSON, as `validate` gets them from files: all kinds, in output order.
  const rendered = renderAll(t10k).flat();
  const objects = JSON.parse(JSON.stringify(rendered.slice(0, 10_000))) as K8sObject[];
  checked(objects, objects.length === 10_000, "10,000 templates render at least 10,000 objects");
  const validateKinds: Record<string, number> = {};
  for (const o of objects) validateKinds[o.kind] = (validateKinds[o.kind] ?? 0) + 1;
  validateAll(objects.slice(0, 1000)); // warm-up
  let validateDiagnostics = 0;
  const validate10k = repeat(() => (validateDiagnostics = validateAll(objects)), { minRuns: 3, maxRuns: 7, budgetMs: 3000 });

  const jsonFloor10k = repeat(() => jsonChars(rendered), { minRuns: 3, maxRuns: 7, budgetMs: 1000 });
  const jsonFloorValidate = repeat(() => jsonChars(objects), { minRuns: 3, maxRuns: 7, budgetMs: 1000 });
  const layers = measureLayers(t10k, () => runPipeline(t10k).objects);

  const inputs = nextRunInputs(10_000, 42);
  evaluateNextRuns(nextRunInputs(2000, 43)); // warm-up, also fills the zone tables a long-running caller would have
  let nextRunsEvaluations = 0;
  const nextRuns10k = repeat(() => (nextRunsEvaluations = evaluateNextRuns(inputs)), { minRuns: 3, maxRuns: 7, budgetMs: 2000 });
  const peerInputs = inputs.filter((i) => !i.schedule.startsWith("@every"));
  evaluateCronParser(peerInputs.slice(0, 1000));
  let cronParserEvaluations = 0;
  const cronParser10k = repeat(() => (cronParserEvaluations = evaluateCronParser(peerInputs)), { minRuns: 1, maxRuns: 3, budgetMs: 2000 });

  return {
    pipeline1k,
    pipeline10k,
    pipeline10kOutput,
    jsonFloor10k,
    peakRssMiB10k,
    layers,
    readme10k,
    readme10kOutput: readmeOutput!,
    validate10k,
    validateKinds,
    validateDiagnostics,
    jsonFloorValidate,
    nextRuns10k,
    nextRunsEvaluations,
    cronParser10k,
    cronParserEvaluations,
    warmupTemplates: WARMUP_TEMPLATES,
  };
}
