import { entriesOf } from "../../k8s/rules/util.js";
import type { LintRule } from "./rule.js";

export const secretLiteralData: LintRule = {
  id: "security/secret-literal-data",
  level: "warning",
  rationale:
    "A literal in a template's `secrets` data is committed with the template; fromEnv and fromFile read it at render time from CI's secret store.",
  hint: "read it at render time: { fromEnv: VAR } or { fromFile: ./path }",
  checkTemplate(template, _ctx, report) {
    for (const [name, secret] of entriesOf(template.secrets)) {
      for (const [key, value] of entriesOf((secret as { data?: unknown } | undefined)?.data)) {
        if (typeof value !== "string") continue;
        report({
          path: ["secrets", name, "data", key],
          message: `secret ${JSON.stringify(name)} holds a literal value for ${JSON.stringify(key)}`,
        });
      }
    }
  },
};
