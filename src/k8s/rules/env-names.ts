// Environment variable names, and envFrom prefixes, by Kubernetes version.
// Source: core/validation ValidateEnv / validateEnvFrom with IsEnvVarName or, when
// RelaxedEnvironmentVariableValidation is on, IsRelaxedEnvVarName (any printable ASCII but '=').
// The gate is alpha (off) in 1.30–1.31, beta and on by default from 1.32, GA (locked on) in 1.34.
// Duplicate names get an API-server warning: pkg/api/pod/warnings.go ("hides previous definition").
import { error, warning } from "../../diagnostic.js";
import { checkEnvVarName, checkRelaxedEnvVarName } from "../names.js";
import type { Rule } from "./rule.js";
import { asArray, asRecord } from "./util.js";

export const envNames: Rule = {
  code: "env/name",
  codes: ["env/invalid-name", "env/duplicate-name", "env/invalid-prefix"],
  check(t, ctx, out) {
    const relaxed = ctx.minor >= 32;
    const checkName = relaxed ? checkRelaxedEnvVarName : checkEnvVarName;
    const hint = relaxed
      ? "use printable ASCII characters other than '='"
      : "use letters, digits and '_' (e.g. LOG_LEVEL); Kubernetes 1.32+ also accepts other printable characters";
    for (const ref of t.containers) {
      const vars = asArray(ref.container.env);
      // The names seen, for duplicates: only a list of two or more can have one.
      const seen = vars.length > 1 ? new Set<string>() : undefined;
      for (let i = 0; i < vars.length; i++) {
        const v = asRecord(vars[i]);
        const name = v?.name;
        if (!v || typeof name !== "string") continue;
        if (name === "") {
          // ValidateEnv: field.Required(name) for an empty name, whatever the gate.
          out.push(
            error(
              "env/invalid-name",
              [...ref.path, "env", i, "name"],
              "an environment variable needs a name",
              "give the variable a name, e.g. LOG_LEVEL",
            ),
          );
          continue;
        }
        const problem = checkName(name);
        if (problem)
          out.push(
            error(
              "env/invalid-name",
              [...ref.path, "env", i, "name"],
              `environment variable name ${JSON.stringify(name)} ${problem} (Kubernetes ${ctx.kubeVersion})`,
              hint,
            ),
          );
        if (seen?.has(name)) {
          // warnings.go: redefining X is fine only as X="...$(X)..." with a plain value.
          const value = typeof v.value === "string" ? v.value : "";
          const ref$ = `$(${name})`;
          if (v.valueFrom !== undefined || value === ref$ || !value.includes(ref$)) {
            out.push(
              warning(
                "env/duplicate-name",
                [...ref.path, "env", i],
                `environment variable ${JSON.stringify(name)} hides an earlier definition, which may be dropped when using kubectl apply`,
                "keep one definition",
              ),
            );
          }
        }
        seen?.add(name);
      }
      const sources = asArray(ref.container.envFrom);
      for (let i = 0; i < sources.length; i++) {
        const prefix = asRecord(sources[i])?.prefix;
        if (typeof prefix !== "string" || prefix === "") continue;
        const problem = checkName(prefix);
        if (problem)
          out.push(
            error(
              "env/invalid-prefix",
              [...ref.path, "envFrom", i, "prefix"],
              `envFrom prefix ${JSON.stringify(prefix)} ${problem} (Kubernetes ${ctx.kubeVersion})`,
              hint,
            ),
          );
      }
    }
  },
};
