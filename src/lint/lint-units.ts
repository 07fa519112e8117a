import type { Diagnostic, Path } from "../diagnostic.js";
import type { K8sObject } from "../k8s/types.js";
import { DEFAULT_KUBE_VERSION, type KubeVersion } from "../k8s/versions.js";
import type { Template } from "../template/types.js";
import type { LintContext } from "./context.js";
import { applyIgnores, IGNORE_ANNOTATION, kubeLinterIgnores, parseIgnore } from "./ignores.js";
import { levelOf, type RuleLevels } from "./levels.js";
import type { PssLevel } from "./pss/check.js";
import { pssFindings } from "./pss-findings.js";
import { LINT_RULES, RULE_BY_ID } from "./rules/index.js";
import type { LintFinding, LintRule } from "./rules/rule.js";
import { lintTarget, type LintTarget } from "./target.js";
import { asRecord } from "../k8s/rules/util.js";

export interface LintOptions {
  kubeVersion?: KubeVersion;
  /** Pod Security Standards level whose violations are errors (default baseline). */
  pss?: PssLevel;
  /** Rule id → level, overriding the catalogue's defaults (the config file's `lint.rules`). */
  rules?: RuleLevels;
  /** Schedule rules look at the runs after this instant (default: 1 January 2026 UTC, so results are pure). */
  now?: Date;
  /** CronJobs starting in one minute that make batch/same-minute fire (default 3). */
  sameMinuteThreshold?: number;
  /** The project's GitOps tool: Jobs with a TTL then need its annotations (batch/ttl-gitops). */
  gitops?: "argocd-hook" | "argocd-replace" | "flux";
}

/** What lint checks together: one template's objects (or one plain manifest) and its validation findings. */
export interface LintUnit {
  objects: readonly K8sObject[];
  /** The template the objects were compiled from; absent for a plain manifest. */
  template?: Template;
  /** Validation diagnostics of the unit (no errors: a unit with errors is not linted). */
  validation: readonly Diagnostic[];
}

export interface LintedUnit {
  /** Findings on the unit's objects, with paths from the object's root. */
  objectFindings: { object: number; diagnostic: Diagnostic }[];
  /** Findings with the unit's own paths (template paths for a template): template rules, unused ignores. */
  findings: Diagnostic[];
  /** The validation diagnostics, re-levelled by the rules lint adopts, minus ignored ones. */
  validation: Diagnostic[];
}

const DEFAULT_NOW = Date.UTC(2026, 0, 1);

export function lintContext(options: LintOptions): LintContext {
  const kubeVersion = options.kubeVersion ?? DEFAULT_KUBE_VERSION;
  return {
    kubeVersion,
    minor: Number(kubeVersion.split(".")[1]),
    pss: options.pss ?? "baseline",
    nowMs: options.now?.getTime() ?? DEFAULT_NOW,
    sameMinuteThreshold: options.sameMinuteThreshold ?? 3,
    gitops: options.gitops,
  };
}

function diagnosticOf(rule: LintRule, severity: Diagnostic["severity"], f: LintFinding): Diagnostic {
  return { code: rule.id, severity, path: f.path, message: f.message, hint: f.hint ?? rule.hint };
}

/** Lints every unit; cross-object rules (batch/same-minute) see the objects of all units together. */
export function lintUnits(units: readonly LintUnit[], options: LintOptions = {}): LintedUnit[] {
  const ctx = lintContext(options);
  const levels = options.rules ?? {};
  const active: (readonly [LintRule, Diagnostic["severity"]])[] = [];
  for (const rule of LINT_RULES) {
    const level = levelOf(rule, levels);
    if (level !== "off") active.push([rule, level]);
  }
  const results: LintedUnit[] = units.map(() => ({ objectFindings: [], findings: [], validation: [] }));

  const targets: LintTarget[] = [];
  const owners: [unit: number, object: number][] = [];
  units.forEach((unit, u) =>
    unit.objects.forEach((obj, o) => {
      targets.push(lintTarget(obj, unit.template !== undefined));
      owners.push([u, o]);
    }),
  );

  // One reporter per rule for the whole run, writing to the current object's list: a closure per
  // rule and object was a tenth of lint's own time.
  let found: Diagnostic[] = [];
  const perObject = active.flatMap(([rule, level]) =>
    rule.check === undefined ? [] : [{ rule, report: (f: LintFinding) => found.push(diagnosticOf(rule, level, f)) }],
  );
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i]!;
    const [u, o] = owners[i]!;
    found = [];
    pssFindings(t, ctx, levels, found);
    for (const { rule, report } of perObject) rule.check!(t, ctx, report);
    const objectFindings = results[u]!.objectFindings;
    for (const diagnostic of found) objectFindings.push({ object: o, diagnostic });
  }
  for (const [rule, level] of active) {
    if (rule.checkAll === undefined) continue;
    rule.checkAll(targets, ctx, (i, f) => {
      const [u, o] = owners[i]!;
      results[u]!.objectFindings.push({ object: o, diagnostic: diagnosticOf(rule, level, f) });
    });
  }

  units.forEach((unit, u) => {
    const result = results[u]!;
    if (unit.template !== undefined) {
      for (const [rule, level] of active) {
        if (rule.checkTemplate === undefined) continue;
        rule.checkTemplate(unit.template, ctx, (f) => result.findings.push(diagnosticOf(rule, level, f)));
      }
    }
    const validation = relevel(unit.validation, levels);
    const { ids, quiet, at } = ignoresOf(unit);
    if (ids.length === 0 && quiet.length === 0) {
      result.validation = validation.adopted.length === 0 ? validation.kept : [...validation.kept, ...validation.adopted];
      return;
    }
    const ignorable = [...result.objectFindings.map((f) => f.diagnostic), ...result.findings, ...validation.adopted];
    const { kept, unused } = applyIgnores(ignorable, ids, at, quiet);
    const keptSet = new Set(kept);
    result.objectFindings = result.objectFindings.filter((f) => keptSet.has(f.diagnostic));
    result.findings = result.findings.filter((d) => keptSet.has(d));
    result.validation = [...validation.kept, ...validation.adopted.filter((d) => keptSet.has(d))];
    const unusedLevel = levelOf(RULE_BY_ID.get("lint/unused-ignore")!, levels);
    if (unusedLevel !== "off") for (const d of unused) result.findings.push({ ...d, severity: unusedLevel });
  });
  return results;
}

/**
 * Validation warnings that lint adopts (a catalogue rule with no check of its own, such as
 * schedule/dst) take the rule's level, or are dropped when it is off; errors are never changed.
 */
function relevel(validation: readonly Diagnostic[], levels: RuleLevels): { kept: Diagnostic[]; adopted: Diagnostic[] } {
  const kept: Diagnostic[] = [];
  const adopted: Diagnostic[] = [];
  for (const d of validation) {
    const rule = RULE_BY_ID.get(d.code);
    if (d.severity === "error" || rule === undefined) {
      kept.push(d);
      continue;
    }
    const level = levelOf(rule, levels);
    if (level !== "off") adopted.push(level === d.severity ? d : { ...d, severity: level });
  }
  return { kept, adopted };
}

/**
 * The ids a unit's ignore annotation lists, where the annotation is (for unused-ignore findings),
 * and the ids its kube-linter ignore annotations stand for (`quiet`: never reported unused).
 */
function ignoresOf(unit: LintUnit): { ids: string[]; quiet: string[]; at: Path } {
  const annotations =
    unit.template !== undefined ? asRecord(unit.template.annotations) : asRecord(asRecord(unit.objects[0]?.metadata)?.annotations);
  const at = unit.template !== undefined ? ["annotations", IGNORE_ANNOTATION] : ["metadata", "annotations", IGNORE_ANNOTATION];
  return { ids: parseIgnore(annotations?.[IGNORE_ANNOTATION]), quiet: kubeLinterIgnores(annotations), at };
}
