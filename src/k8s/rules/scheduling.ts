// Numbers in the pod's scheduling constraints that the schema cannot bound.
// Source: core/validation ValidatePreferredSchedulingTerms and validateWeightedPodAffinityTerms
// (weight 1-100), validateTopologySpreadConstraints: ValidateMaxSkew (greater than zero; an
// absent maxSkew is 0) and validateMinDomains (greater than zero, and only with
// whenUnsatisfiable DoNotSchedule).
import { error, type Diagnostic, type Path } from "../../diagnostic.js";
import type { Rule } from "./rule.js";
import { asArray, asRecord } from "./util.js";

/** A preferred term's weight, at `[...pod, "affinity", kind, "preferredDuringSchedulingIgnoredDuringExecution", i, "weight"]` (built when reported). */
const POD_AFFINITIES = ["podAffinity", "podAntiAffinity"] as const;

function checkWeight(weight: unknown, pod: Path, kind: string, i: number, out: Diagnostic[]): void {
  if (typeof weight === "number" && (weight < 1 || weight > 100))
    out.push(
      error(
        "pod/scheduling",
        [...pod, "affinity", kind, "preferredDuringSchedulingIgnoredDuringExecution", i, "weight"],
        `weight must be between 1 and 100 (it is ${weight})`,
      ),
    );
}

export const scheduling: Rule = {
  code: "pod/scheduling",
  codes: ["pod/scheduling"],
  check(t, _ctx, out) {
    const spec = t.podSpec;
    if (!spec) return;
    const affinity = asRecord(spec.affinity);
    const preferred = asArray(asRecord(affinity?.nodeAffinity)?.preferredDuringSchedulingIgnoredDuringExecution);
    for (let i = 0; i < preferred.length; i++) checkWeight(asRecord(preferred[i])?.weight, t.podSpecPath, "nodeAffinity", i, out);
    for (const kind of POD_AFFINITIES) {
      const terms = asArray(asRecord(affinity?.[kind])?.preferredDuringSchedulingIgnoredDuringExecution);
      for (let i = 0; i < terms.length; i++) checkWeight(asRecord(terms[i])?.weight, t.podSpecPath, kind, i, out);
    }
    const constraints = asArray(spec.topologySpreadConstraints);
    for (let i = 0; i < constraints.length; i++) {
      const c = asRecord(constraints[i]);
      if (!c) continue;
      if (typeof c.maxSkew === "number" && c.maxSkew <= 0)
        out.push(
          error(
            "pod/scheduling",
            [...t.podSpecPath, "topologySpreadConstraints", i, "maxSkew"],
            `maxSkew must be greater than zero (it is ${c.maxSkew})`,
          ),
        );
      const minDomains = c.minDomains;
      if (typeof minDomains === "number") {
        if (minDomains <= 0)
          out.push(
            error(
              "pod/scheduling",
              [...t.podSpecPath, "topologySpreadConstraints", i, "minDomains"],
              `minDomains must be greater than zero (it is ${minDomains})`,
            ),
          );
        else if (typeof c.whenUnsatisfiable === "string" && c.whenUnsatisfiable !== "DoNotSchedule")
          out.push(
            error(
              "pod/scheduling",
              [...t.podSpecPath, "topologySpreadConstraints", i, "minDomains"],
              `minDomains can only be used with whenUnsatisfiable: DoNotSchedule, not ${c.whenUnsatisfiable}`,
              "set whenUnsatisfiable: DoNotSchedule, or remove minDomains",
            ),
          );
      }
    }
  },
};
