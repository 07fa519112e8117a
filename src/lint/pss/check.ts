import type { DiagnosticCode, Path } from "../../diagnostic.js";
import type { PssPod } from "./pod-view.js";

/** The two Pod Security Standards levels a namespace can enforce (privileged enforces nothing). */
export type PssLevel = "baseline" | "restricted";

/** One offending field: a manifest path (from the object's root) and what is wrong there. */
export interface PssFinding {
  path: Path;
  message: string;
}

/**
 * One pod-security-admission check (staging/src/k8s.io/pod-security-admission/policy/check_<id>.go):
 * its CheckID, the level that owns it, the first policy version it runs at, and the baseline
 * checks it replaces under restricted (OverrideCheckIDs, from the version given).
 * `check` returns no findings when the pod is allowed; behaviour that changed between versions
 * branches on `minor` (the policy version 1.<minor>).
 */
export interface PssCheck {
  id: string;
  code: DiagnosticCode;
  level: PssLevel;
  since: number;
  overrides?: { id: string; since: number };
  check(pod: PssPod, minor: number): PssFinding[];
}
