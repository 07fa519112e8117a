import { asArray, asRecord } from "../../k8s/rules/util.js";
import type { LintRule } from "./rule.js";

/**
 * Whether a podFailurePolicy rule ignores pods failed by a disruption (drain, preemption, eviction):
 * those carry the condition DisruptionTarget=True, and a pattern's `status` defaults to True.
 */
function ignoresDisruptions(policy: unknown): boolean {
  return asArray(asRecord(policy)?.rules).some((rule) => {
    const r = asRecord(rule);
    return (
      r?.action === "Ignore" &&
      asArray(r.onPodConditions).some((c) => {
        const condition = asRecord(c);
        return condition?.type === "DisruptionTarget" && (condition.status ?? "True") === "True";
      })
    );
  });
}

export const backoffZeroDisruption: LintRule = {
  id: "batch/backoff-zero-disruption",
  level: "info",
  rationale: "With backoffLimit 0 a node drain, a preemption or an eviction fails the whole run, though the work itself never failed.",
  hint: "add podFailurePolicy: { rules: [{ action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }] } (needs restartPolicy: Never)",
  check(t, _ctx, report) {
    if (t.jobSpec?.backoffLimit !== 0 || ignoresDisruptions(t.jobSpec.podFailurePolicy)) return;
    report({ path: [...t.jobSpecPath, "backoffLimit"], message: "backoffLimit 0: a disrupted pod (node drain, preemption) fails the run" });
  },
};
