import { asArray, asRecord, entriesOf } from "../../k8s/rules/util.js";
import type { Path } from "../../diagnostic.js";
import type { LintRule, Report } from "./rule.js";

// Flux's post-build substitution (envsubst) replaces ${VAR}, ${VAR:=default}, ... and empties an
// unknown one; $${VAR} is its escape. Kubernetes' own $(VAR) is left alone.
const SUBSTITUTED = /(?<!\$)\$\{[^}]*\}/;

function scan(value: unknown, path: Path, what: string, report: Report): void {
  if (typeof value !== "string") return;
  const m = SUBSTITUTED.exec(value);
  if (m === null) return;
  report({
    path,
    message: `${what} contains ${m[0]}: Flux's post-build substitution replaces it, or empties it when the variable is not set`,
  });
}

export const fluxSubstitution: LintRule = {
  id: "batch/flux-substitution",
  level: "info",
  rationale:
    "When Flux applies the manifests with post-build substitution, ${VAR} in a command or file is replaced by Flux, not by the shell in the container.",
  hint: "write $${VAR} to keep it for the shell under Flux, or $(VAR) for a Kubernetes env reference",
  check(t, _ctx, report) {
    for (const ref of t.containers) {
      for (const field of ["command", "args"] as const) {
        const list = asArray(ref.container[field]);
        for (let i = 0; i < list.length; i++) scan(list[i], [...ref.path, field, i], field, report);
      }
      const env = asArray(ref.container.env);
      for (let i = 0; i < env.length; i++) scan(asRecord(env[i])?.value, [...ref.path, "env", i, "value"], "an env value", report);
    }
    if (t.kind === "ConfigMap") {
      for (const [key, value] of entriesOf(t.obj.data)) scan(value, ["data", key], `file ${JSON.stringify(key)}`, report);
    }
  },
};
