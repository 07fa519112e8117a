import type { PssCheck, PssFinding, PssLevel } from "./check.js";
import { PSS_CHECKS } from "./checks/index.js";
import type { PssPod } from "./pod-view.js";

export interface PssViolation {
  check: PssCheck;
  findings: PssFinding[];
}

/** Check lists by level and policy version, each selected once: lint asks for them for every pod. */
const checksCache = new Map<string, PssCheck[]>();

function cachedChecks(key: string, select: () => PssCheck[]): PssCheck[] {
  let checks = checksCache.get(key);
  if (checks === undefined) {
    checks = select();
    checksCache.set(key, checks);
  }
  return checks;
}

/**
 * The checks a namespace enforcing `level` at policy version 1.<minor> runs, as PSA's registry
 * builds them: baseline runs the baseline checks; restricted runs the restricted checks plus every
 * baseline check that no restricted check overrides at that version.
 */
export function checksAt(level: PssLevel, minor: number): PssCheck[] {
  return cachedChecks(`${level}${minor}`, () => selectChecks(level, minor));
}

function selectChecks(level: PssLevel, minor: number): PssCheck[] {
  const active = PSS_CHECKS.filter((c) => minor >= c.since);
  if (level === "baseline") return active.filter((c) => c.level === "baseline");
  const overridden = new Set(active.flatMap((c) => (c.overrides && minor >= c.overrides.since ? [c.overrides.id] : [])));
  return active.filter((c) => !overridden.has(c.id));
}

/** Every failing check of `level` for one pod template; empty when admission would allow the pod. */
export function evaluatePodSecurity(pod: PssPod, level: PssLevel, minor: number): PssViolation[] {
  return violations(checksAt(level, minor), pod, minor);
}

/** The restricted-only checks a baseline namespace does not run, at policy version 1.<minor>. */
function beyondBaseline(minor: number): PssCheck[] {
  return cachedChecks(`beyond${minor}`, () => checksAt("restricted", minor).filter((c) => c.level === "restricted"));
}

function violations(checks: readonly PssCheck[], pod: PssPod, minor: number): PssViolation[] {
  const out: PssViolation[] = [];
  for (const check of checks) {
    const findings = check.check(pod, minor);
    if (findings.length > 0) out.push({ check, findings });
  }
  return out;
}

/**
 * Both verdicts of one pod in one pass (each check runs once): the checks of `level`, and under
 * baseline also the restricted-only checks (`beyond`), which lint reports as the way to restricted.
 */
export function podSecurityFindings(pod: PssPod, level: PssLevel, minor: number): { enforced: PssViolation[]; beyond: PssViolation[] } {
  return {
    enforced: violations(checksAt(level, minor), pod, minor),
    beyond: level === "baseline" ? violations(beyondBaseline(minor), pod, minor) : [],
  };
}
