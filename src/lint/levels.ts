import type { LintRule, RuleLevel } from "./rules/rule.js";

/** Rule id → level, from the config file's `lint.rules` (already checked against the catalogue). */
export type RuleLevels = Readonly<Record<string, RuleLevel>>;

/** The level a rule runs at: the configured one, else `fallback` (PSS: decided by --pss), else the rule's own. */
export function levelOf(rule: LintRule, levels: RuleLevels, fallback?: RuleLevel): RuleLevel {
  return levels[rule.id] ?? fallback ?? rule.level;
}
