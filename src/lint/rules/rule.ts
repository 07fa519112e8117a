import type { DiagnosticCode, Path } from "../../diagnostic.js";
import type { Template } from "../../template/types.js";
import type { LintContext } from "../context.js";
import type { LintTarget } from "../target.js";

/** What a rule's finding becomes: the severity of its diagnostic, or nothing. */
export type RuleLevel = "error" | "warning" | "info" | "off";

/** The same check in other tools, so users can line findings up (and migrate ignores). */
export interface Peers {
  kubeLinter?: string;
  polaris?: string;
  /** The pod-security-admission CheckID. */
  pss?: string;
}

/** One finding: where (a manifest path from the object root, or a template path) and what. */
export interface LintFinding {
  path: Path;
  message: string;
  /** Overrides the rule's hint when the finding knows better (a suggested value). */
  hint?: string;
}

export type Report = (finding: LintFinding) => void;

/**
 * One lint rule (LINT.md §2): a stable id (its diagnostic code), a default level, a one-line
 * rationale, a hint, and its peers. A rule checks one object (`check`), the whole input
 * (`checkAll`: findings for several objects), or a template's own source (`checkTemplate`: what
 * never reaches a manifest, such as a literal in `secrets`). A rule with none of them adopts a
 * finding the validation layers already make (`schedule/dst`): lint reports it at this level.
 * Checks never throw and skip values of the wrong type (lint runs on validated input).
 */
export interface LintRule {
  id: DiagnosticCode;
  level: RuleLevel;
  rationale: string;
  hint: string;
  peers?: Peers;
  /**
   * kube-linter's check (`peers.kubeLinter`) reports everything this rule does, so a team's
   * `ignore-check.kube-linter.io/<check>` annotation silences this rule too. Left out where the
   * check covers less (a PSS rule spans several kube-linter checks; no-requests is cpu and memory).
   */
  kubeLinterCovers?: true;
  /** Where the level comes from when it is not the rule's own (PSS: `--pss`). */
  levelNote?: string;
  check?(target: LintTarget, ctx: LintContext, report: Report): void;
  checkAll?(targets: readonly LintTarget[], ctx: LintContext, report: (index: number, finding: LintFinding) => void): void;
  checkTemplate?(template: Template, ctx: LintContext, report: Report): void;
}
