// Pod tolerations.
// Source: core/validation validateTolerations: key a qualified name; an empty key needs operator
// Exists; tolerationSeconds only with effect NoExecute; Equal (or empty) takes a label value,
// Exists takes no value; effect NoSchedule, PreferNoSchedule or NoExecute.
import { error, type Path } from "../../diagnostic.js";
import { checkLabelValue, checkQualifiedName } from "../names.js";
import type { Rule } from "./rule.js";
import { asArray, asRecord } from "./util.js";

const OPERATORS = new Set(["Equal", "Exists", ""]);
const EFFECTS = new Set(["NoSchedule", "PreferNoSchedule", "NoExecute", ""]);

/** Built only when something is reported: this runs for every toleration. */
function tolerationPath(pod: Path, i: number, field: string): Path {
  return [...pod, "tolerations", i, field];
}

export const tolerations: Rule = {
  code: "toleration",
  codes: ["toleration/invalid"],
  check(t, _ctx, out) {
    const list = asArray(t.podSpec?.tolerations);
    for (let i = 0; i < list.length; i++) {
      const tol = asRecord(list[i]);
      if (!tol) continue;
      const key = typeof tol.key === "string" ? tol.key : "";
      const operator = typeof tol.operator === "string" ? tol.operator : "";
      const value = typeof tol.value === "string" ? tol.value : "";
      if (key !== "") {
        const problem = checkQualifiedName(key);
        if (problem)
          out.push(
            error("toleration/invalid", tolerationPath(t.podSpecPath, i, "key"), `toleration key ${JSON.stringify(key)}: ${problem}`),
          );
      } else if (operator !== "Exists") {
        out.push(
          error(
            "toleration/invalid",
            tolerationPath(t.podSpecPath, i, "operator"),
            'a toleration without a key must use operator "Exists" (it then matches every taint)',
          ),
        );
      }
      if (tol.tolerationSeconds !== undefined && tol.tolerationSeconds !== null && tol.effect !== "NoExecute") {
        out.push(error("toleration/invalid", tolerationPath(t.podSpecPath, i, "effect"), 'tolerationSeconds needs effect "NoExecute"'));
      }
      if (!OPERATORS.has(operator)) {
        out.push(
          error(
            "toleration/invalid",
            tolerationPath(t.podSpecPath, i, "operator"),
            `operator ${JSON.stringify(operator)} is not supported; use "Equal" or "Exists"`,
          ),
        );
      } else if (operator === "Exists") {
        if (value !== "")
          out.push(error("toleration/invalid", tolerationPath(t.podSpecPath, i, "value"), 'value must be empty when operator is "Exists"'));
      } else {
        const problem = checkLabelValue(value);
        if (problem)
          out.push(
            error("toleration/invalid", tolerationPath(t.podSpecPath, i, "value"), `toleration value ${JSON.stringify(value)} ${problem}`),
          );
      }
      if (typeof tol.effect === "string" && !EFFECTS.has(tol.effect)) {
        out.push(
          error(
            "toleration/invalid",
            tolerationPath(t.podSpecPath, i, "effect"),
            `effect ${JSON.stringify(tol.effect)} is not supported; use NoSchedule, PreferNoSchedule or NoExecute`,
          ),
        );
      }
    }
  },
};
