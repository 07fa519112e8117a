import type { PssCheck, PssFinding, PssLevel } from "./check.js";
import { PSS_CHECKS } from "./checks/index.js";
import type { PssPod } from "./pod-view.js";

export interface PssViolation {
  check: PssCheck;
  findings: PssFinding[];
}

/**
 * The checks a namespace enforcing `level` at policy version 1.<minor> runs, as PSA's registry
 * builds them: baseline runs the baseline checks; restricted runs the restricted checks plus every
 * baseline check that no restricted check overrides at that version.
 */
export function checksAt(level: PssLevel, minor: number): PssCheck[] {
  const active = PSS_CHECKS.filter((c) => minor >= c.since);
  if (level === "baseline") return active.filter((c) => c.level === "baseline");
  const overridden = new Set(active.flatMap((c) => (c.overrides && minor >= c.overrides.since ? [c.overrides.id] : [])));
  return active.filter((c) => !overridden.has(c.id));
}

/** Every failing check of `level` for one pod template; empty when admission would allow the pod. */
export function evaluatePodSecurity(pod: PssPod, level: PssLevel, minor: number): PssViolation[] {
  const out: PssViolation[] = [];
  for (const check of checksAt(level, minor)) {
    const findings = check.check(pod, minor);
    if (findings.length > 0) out.push({ check, findings });
  }
  return out;
}
