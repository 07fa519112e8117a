// Opt-outs per object (LINT.md §2): `lint.kubejobs.dev/ignore: "<id>,<id>"` on a manifest's
// metadata.annotations, or a template's `annotations`. An id that matches nothing is reported.
// kube-linter's `ignore-check.kube-linter.io/<check>` annotations are honoured the same way.
import type { Diagnostic, Path } from "../diagnostic.js";
import { RULE_BY_ID } from "./rules/index.js";

export const IGNORE_ANNOTATION = "lint.kubejobs.dev/ignore";

/** The ids listed in an ignore annotation's value: comma-separated, blanks dropped. */
export function parseIgnore(value: unknown): string[] {
  if (typeof value !== "string") return [];
  return value
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
}

export interface Ignored {
  kept: Diagnostic[];
  /** One `lint/unused-ignore` finding per id that matched nothing (unplaced, at `at`). */
  unused: Diagnostic[];
}

/** kube-linter's own opt-out, `ignore-check.kube-linter.io/<check>: "<reason>"`: honoured for our rules with that peer. */
export const KUBE_LINTER_IGNORE_PREFIX = "ignore-check.kube-linter.io/";

/**
 * Our rule ids that kube-linter ignore annotations stand for: a team moving from kube-linter keeps
 * its opt-outs. Only rules that check no more than their kube-linter peer (`kubeLinterCovers`): an
 * opt-out of `host-network` must not silence a `hostPID` error, nor one of `drop-net-raw-capability`
 * an added SYS_ADMIN. Annotations for other checks are kube-linter's business: not reported.
 */
export function kubeLinterIgnores(annotations: Record<string, unknown> | undefined): string[] {
  if (annotations === undefined) return [];
  const checks = new Set<string>();
  for (const key of Object.keys(annotations)) {
    if (key.startsWith(KUBE_LINTER_IGNORE_PREFIX)) checks.add(key.slice(KUBE_LINTER_IGNORE_PREFIX.length));
  }
  if (checks.size === 0) return [];
  const ids: string[] = [];
  for (const [id, rule] of RULE_BY_ID) {
    if (rule.kubeLinterCovers === true && rule.peers?.kubeLinter !== undefined && checks.has(rule.peers.kubeLinter)) ids.push(id);
  }
  return ids;
}

/**
 * Drops the findings whose rule is listed; validation errors are never ignorable, so never passed
 * here. `quiet` ids are dropped too but never reported unused (kube-linter's annotations).
 */
export function applyIgnores(findings: readonly Diagnostic[], ids: readonly string[], at: Path, quiet: readonly string[] = []): Ignored {
  if (ids.length === 0 && quiet.length === 0) return { kept: [...findings], unused: [] };
  const quietSet = new Set(quiet);
  const listed = new Set(ids);
  const used = new Set<string>();
  const kept: Diagnostic[] = [];
  for (const d of findings) {
    if (listed.has(d.code)) used.add(d.code);
    else if (!quietSet.has(d.code)) kept.push(d);
  }
  const unused: Diagnostic[] = [];
  for (const id of new Set(ids)) {
    if (used.has(id)) continue;
    const known = RULE_BY_ID.has(id);
    unused.push({
      code: "lint/unused-ignore",
      severity: "info",
      path: at,
      message: known ? `ignores ${id}, which has no finding here` : `ignores ${JSON.stringify(id)}, which is not a lint rule`,
      hint: known ? `remove ${id} from ${IGNORE_ANNOTATION}` : "kubejobs lint --list-rules lists the rule ids",
    });
  }
  return { kept, unused };
}
