import type { Diagnostic, DiagnosticCode } from "../../diagnostic.js";
import type { KubeVersion } from "../versions.js";
import type { Target } from "./target.js";

/** Shared by every call for the same version (checkRules keeps one per version): read-only. */
export interface RuleContext {
  readonly kubeVersion: KubeVersion;
  /** The minor version as a number (1.32 → 32), for version-dependent rules. */
  readonly minor: number;
}

/**
 * One Kubernetes semantic rule. `code` names the rule; `codes` lists every diagnostic code it
 * can report (all in the rule's own area). `check` pushes its findings into `out` and must never
 * throw, whatever the input: a value of the wrong type is skipped (the schema reports it).
 */
export interface Rule {
  code: string;
  codes: readonly DiagnosticCode[];
  check(target: Target, ctx: RuleContext, out: Diagnostic[]): void;
}
