// Container-level restartPolicy and what plain init containers may not have.
// Source: core/validation validateInitContainers (restartPolicy only "Always", which makes a
// native sidecar, SidecarContainers: beta and on by default in 1.29, GA in 1.33; plain init
// containers may not set lifecycle, livenessProbe, readinessProbe or startupProbe) and
// validateContainers (restartPolicy may not be set on regular containers; ContainerRestartRules,
// alpha since 1.34, is off by default).
import { error } from "../../diagnostic.js";
import type { Rule } from "./rule.js";

const INIT_FORBIDDEN = ["lifecycle", "livenessProbe", "readinessProbe", "startupProbe"] as const;

export const containerRestartPolicy: Rule = {
  code: "container/restart-policy",
  codes: ["container/restart-policy", "container/init-forbidden-field"],
  check(t, _ctx, out) {
    for (const ref of t.containers) {
      const c = ref.container;
      const policy = c.restartPolicy;
      if (ref.init) {
        if (typeof policy === "string" && policy !== "Always") {
          out.push(
            error(
              "container/restart-policy",
              [...ref.path, "restartPolicy"],
              `an init container's restartPolicy may only be "Always" (a sidecar that runs alongside the main containers); ${JSON.stringify(policy)} is not supported`,
              "remove restartPolicy, or set it to Always for a sidecar",
            ),
          );
        }
        if (ref.sidecar) continue;
        for (const field of INIT_FORBIDDEN) {
          if (c[field] !== undefined && c[field] !== null) {
            out.push(
              error(
                "container/init-forbidden-field",
                [...ref.path, field],
                `an init container cannot have ${field}: it must run to completion before the main containers start`,
                `remove ${field}, or set restartPolicy: Always to make it a sidecar`,
              ),
            );
          }
        }
      } else if (policy !== undefined && policy !== null) {
        out.push(
          error(
            "container/restart-policy",
            [...ref.path, "restartPolicy"],
            "restartPolicy may only be set on init containers (to make a sidecar); a regular container follows the pod's restartPolicy",
            "remove it, or set the pod's restartPolicy",
          ),
        );
      }
    }
  },
};
