/**
 * `kubejobs lint` in process: 1,000 generated templates validated (all three layers) and linted
 * together, as `lint` runs them, beside the validation alone on the same templates (so lint's own
 * share shows). The budget is PRODUCT §5's in-process one, 0.5 s, as issue 11 sets it for 1,000
 * templates. Read pro rata instead (the 10k pipeline's 50 ms per 1,000), it cannot be met by any
 * lint that runs the pipeline's checks first: the row prints that ratio too. The cold figures (`node dist/cli.js lint` of the one-template TS and YAML files,
 * limited like rendering them) are measured with the other cold starts in bench.ts.
 */
import { checkTemplate } from "../src/check/check-template.js";
import { lintValues } from "../src/check/lint-documents.js";
import type { Template } from "../src/template/types.js";
import { repeatInterleaved, type Timing } from "./stats.js";
import type { TargetRow } from "./targets.js";
import { generateTemplates } from "./templates.js";

export interface LintResults {
  lint1k: Timing;
  validate1k: Timing;
  /** Findings on the 1,000 templates, by severity: proves the rules ran. */
  findings: Record<string, number>;
}

const NOW = new Date(Date.UTC(2026, 0, 1));

function lintAll(templates: readonly Template[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const list of lintValues(templates, { now: NOW })) for (const d of list) counts[d.severity] = (counts[d.severity] ?? 0) + 1;
  return counts;
}

function validateAll(templates: readonly Template[]): number {
  let n = 0;
  for (const t of templates) n += checkTemplate(t, { now: NOW }).diagnostics.length;
  return n;
}

export function measureLint(): LintResults {
  const warmup = generateTemplates(1000, 77);
  for (let pass = 0; pass < 2; pass++) lintAll(warmup);
  const templates = generateTemplates(1000, 1001);
  let findings: Record<string, number> = {};
  const timed = repeatInterleaved(
    { lint: () => (findings = lintAll(templates)), validate: () => validateAll(templates) },
    { minRuns: 5, maxRuns: 9, budgetMs: 3000 },
  );
  return { lint1k: timed.lint, validate1k: timed.validate, findings };
}

const ms = (t: number): string => (t >= 100 ? t.toFixed(0) : t.toFixed(1));

export function lintRows(lint: LintResults): TargetRow[] {
  const t = lint.lint1k;
  const limit = 500;
  const proRata = 50;
  const own = t.medianMs - lint.validate1k.medianMs;
  return [
    {
      id: "lint-1k",
      target: "validate+lint, 1,000 templates in process",
      limit: `≤ ${limit} ms (PRODUCT §5)`,
      measured: `${ms(t.medianMs)} ms (min ${ms(t.minMs)}, n=${t.runs}); ${((t.medianMs * 1000) / 1000).toFixed(1)} µs each, lint's own ${((own * 1000) / 1000).toFixed(1)} µs; ${(t.medianMs / proRata).toFixed(1)}× the pro-rata ${proRata} ms`,
      floor: `validation alone: ${ms(lint.validate1k.medianMs)} ms`,
      timesFloor: t.medianMs / lint.validate1k.medianMs,
      ofLimit: t.medianMs / limit,
      pass: t.medianMs <= limit,
    },
  ];
}
