// Numbers in the pod's scheduling constraints that the schema cannot bound.
// Source: core/validation ValidatePreferredSchedulingTerms and validateWeightedPodAffinityTerms
// (weight 1-100), validateTopologySpreadConstraints: ValidateMaxSkew (greater than zero; an
// absent maxSkew is 0) and validateMinDomains (greater than zero, and only with
// whenUnsatisfiable DoNotSchedule).
import { error, type Diagnostic, type Path } from "../../diagnostic.js";
import type { Rule } from "./rule.js";
import { asArray, asRecord } from "./util.js";

function checkWeight(weight: unknown, path: Path, out: Diagnostic[]): void {
  if (typeof weight === "number" && (weight < 1 || weight > 100))
    out.push(error("pod/scheduling", path, `weight must be between 1 and 100 (it is ${weight})`));
}

export const scheduling: Rule = {
  code: "pod/scheduling",
  codes: ["pod/scheduling"],
  check(t, _ctx, out) {
    const spec = t.podSpec;
    if (!spec) return;
    const affinity = asRecord(spec.affinity);
    const p = [...t.podSpecPath, "affinity"];
    const preferred = asArray(asRecord(affinity?.nodeAffinity)?.preferredDuringSchedulingIgnoredDuringExecution);
    for (let i = 0; i < preferred.length; i++)
      checkWeight(
        asRecord(preferred[i])?.weight,
        [...p, "nodeAffinity", "preferredDuringSchedulingIgnoredDuringExecution", i, "weight"],
        out,
      );
    for (const kind of ["podAffinity", "podAntiAffinity"]) {
      const terms = asArray(asRecord(affinity?.[kind])?.preferredDuringSchedulingIgnoredDuringExecution);
      for (let i = 0; i < terms.length; i++)
        checkWeight(asRecord(terms[i])?.weight, [...p, kind, "preferredDuringSchedulingIgnoredDuringExecution", i, "weight"], out);
    }
    const constraints = asArray(spec.topologySpreadConstraints);
    for (let i = 0; i < constraints.length; i++) {
      const c = asRecord(constraints[i]);
      if (!c) continue;
      const at = [...t.podSpecPath, "topologySpreadConstraints", i];
      if (typeof c.maxSkew === "number" && c.maxSkew <= 0)
        out.push(error("pod/scheduling", [...at, "maxSkew"], `maxSkew must be greater than zero (it is ${c.maxSkew})`));
      const minDomains = c.minDomains;
      if (typeof minDomains === "number") {
        if (minDomains <= 0)
          out.push(error("pod/scheduling", [...at, "minDomains"], `minDomains must be greater than zero (it is ${minDomains})`));
        else if (typeof c.whenUnsatisfiable === "string" && c.whenUnsatisfiable !== "DoNotSchedule")
          out.push(
            error(
              "pod/scheduling",
              [...at, "minDomains"],
              `minDomains can only be used with whenUnsatisfiable: DoNotSchedule, not ${c.whenUnsatisfiable}`,
              "set whenUnsatisfiable: DoNotSchedule, or remove minDomains",
            ),
          );
      }
    }
  },
};
