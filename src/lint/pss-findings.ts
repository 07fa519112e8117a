import type { Diagnostic } from "../diagnostic.js";
import type { LintContext } from "./context.js";
import { levelOf, type RuleLevels } from "./levels.js";
import { podSecurityFindings, type PssViolation } from "./pss/evaluate-pod-security.js";
import { podView } from "./pss/pod-view.js";
import { RULE_BY_ID } from "./rules/index.js";
import type { RuleLevel } from "./rules/rule.js";
import type { LintTarget } from "./target.js";

/**
 * The Pod Security Standards findings of one object's pod template (LINT.md §3): the checks of the
 * chosen level are errors; under baseline, the restricted-only checks are reported as info too, so
 * the way to restricted is visible. Paths are manifest paths from the object's root.
 */
export function pssFindings(t: LintTarget, ctx: LintContext, levels: RuleLevels, out: Diagnostic[]): void {
  if (t.podSpec === undefined) return;
  const { enforced, beyond } = podSecurityFindings(podView(t.podMeta, t.podSpec, [...t.jobSpecPath, "template"]), ctx.pss, ctx.minor);
  report(enforced, "error", levels, out);
  report(beyond, "info", levels, out);
}

function report(violations: readonly PssViolation[], level: PssLevelPass, levels: RuleLevels, out: Diagnostic[]): void {
  for (const { check, findings } of violations) {
    const rule = RULE_BY_ID.get(check.code)!;
    const severity = levelOf(rule, levels, level);
    if (severity === "off") continue;
    for (const f of findings) {
      out.push({
        code: check.code,
        severity,
        path: f.path,
        message: `${f.message} (Pod Security Standards ${check.level}: ${check.id})`,
        hint: rule.hint,
      });
    }
  }
}

type PssLevelPass = Exclude<RuleLevel, "off">;
