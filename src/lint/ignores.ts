// Opt-outs per object (LINT.md §2): `lint.kubejobs.dev/ignore: "<id>,<id>"` on a manifest's
// metadata.annotations, or a template's `annotations`. An id that matches nothing is reported.
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

/** Drops the findings whose rule is listed; validation errors are never ignorable, so never passed here. */
export function applyIgnores(findings: readonly Diagnostic[], ids: readonly string[], at: Path): Ignored {
  if (ids.length === 0) return { kept: [...findings], unused: [] };
  const listed = new Set(ids);
  const used = new Set<string>();
  const kept: Diagnostic[] = [];
  for (const d of findings) {
    if (listed.has(d.code)) used.add(d.code);
    else kept.push(d);
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
