// Liveness, readiness and startup probes.
// Source: core/validation validateProbe (one handler; non-negative delays and thresholds;
// probe terminationGracePeriodSeconds > 0), validateLivenessProbe / validateStartupProbe
// (successThreshold must be 1), validateReadinessProbe (no terminationGracePeriodSeconds).
// Defaulting (SetDefaults_Probe) turns 0 into timeoutSeconds 1, periodSeconds 10,
// successThreshold 1, failureThreshold 3 before validation, so 0 is accepted: a warning.
// Plain init containers may not have probes at all (container-restart-policy reports that).
import { error, warning, type Path } from "../../diagnostic.js";
import { checkHandlers, checkPortNumOrName } from "./handlers.js";
import type { Rule } from "./rule.js";
import { asRecord } from "./util.js";

const PROBES = ["livenessProbe", "readinessProbe", "startupProbe"] as const;
/** Each probe's place in its container, for checkHandlers (paths are built only when something is reported). */
const PROBE_AT: Readonly<Record<(typeof PROBES)[number], Path>> = {
  livenessProbe: ["livenessProbe"],
  readinessProbe: ["readinessProbe"],
  startupProbe: ["startupProbe"],
};
const HANDLERS = ["exec", "httpGet", "tcpSocket", "grpc"] as const;
const NON_NEGATIVE = ["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"] as const;
const DEFAULTED_FROM_ZERO: Readonly<Record<string, number>> = {
  timeoutSeconds: 1,
  periodSeconds: 10,
  successThreshold: 1,
  failureThreshold: 3,
};

export const probes: Rule = {
  code: "probe",
  codes: [
    "probe/handler-count",
    "probe/no-handler",
    "probe/exec-command",
    "probe/invalid-port",
    "probe/invalid-header",
    "probe/negative",
    "probe/zero-defaulted",
    "probe/success-threshold",
    "probe/termination-grace-period",
  ],
  check(t, _ctx, out) {
    for (const ref of t.containers) {
      if (ref.init && !ref.sidecar) continue;
      for (const kind of PROBES) {
        const probe = asRecord(ref.container[kind]);
        if (!probe) continue;
        const count = checkHandlers(probe, HANDLERS, ref.path, PROBE_AT[kind], kind, out, "probe");
        if (count === 0)
          out.push(error("probe/no-handler", [...ref.path, kind], `${kind} needs a handler: exec, httpGet, tcpSocket or grpc`));
        const grpc = asRecord(probe.grpc);
        if (grpc && typeof grpc.port === "number") checkPortNumOrName(grpc.port, ref.path, PROBE_AT[kind], "grpc", out, "probe");
        for (const field of NON_NEGATIVE) {
          const value = probe[field];
          if (typeof value !== "number") continue;
          if (value < 0)
            out.push(error("probe/negative", [...ref.path, kind, field], `${field} must be greater than or equal to 0 (it is ${value})`));
          else if (value === 0 && field in DEFAULTED_FROM_ZERO) {
            out.push(
              warning(
                "probe/zero-defaulted",
                [...ref.path, kind, field],
                `${field}: 0 means "use the default": Kubernetes replaces it with ${DEFAULTED_FROM_ZERO[field]}`,
                `write ${DEFAULTED_FROM_ZERO[field]}, or leave it out`,
              ),
            );
          }
        }
        const success = probe.successThreshold;
        if (kind !== "readinessProbe" && typeof success === "number" && success > 0 && success !== 1) {
          out.push(
            error(
              "probe/success-threshold",
              [...ref.path, kind, "successThreshold"],
              `${kind} successThreshold must be 1 (it is ${success}): one success is enough to count a ${kind === "livenessProbe" ? "container as alive" : "container as started"}`,
              "remove successThreshold",
            ),
          );
        }
        const grace = probe.terminationGracePeriodSeconds;
        if (typeof grace === "number") {
          if (kind === "readinessProbe")
            out.push(
              error(
                "probe/termination-grace-period",
                [...ref.path, kind, "terminationGracePeriodSeconds"],
                "terminationGracePeriodSeconds cannot be set on a readinessProbe",
              ),
            );
          else if (grace <= 0)
            out.push(
              error(
                "probe/termination-grace-period",
                [...ref.path, kind, "terminationGracePeriodSeconds"],
                `terminationGracePeriodSeconds must be greater than 0 (it is ${grace})`,
              ),
            );
        }
      }
    }
  },
};
