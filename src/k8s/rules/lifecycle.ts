// postStart / preStop hooks.
// Source: core/validation validateLifecycle → validateHandler (exactly one of exec, httpGet,
// tcpSocket, sleep) and validateSleepAction: seconds at most the pod's
// terminationGracePeriodSeconds (default 30); 0 is refused until PodLifecycleSleepActionAllowZero
// (beta, on by default in 1.33) lets it through. sleep itself is beta from 1.30.
import { error, type Path } from "../../diagnostic.js";
import { checkHandlers } from "./handlers.js";
import type { Rule } from "./rule.js";
import { asRecord } from "./util.js";

const HOOKS = ["postStart", "preStop"] as const;
/** Each hook's place in its container, for checkHandlers (paths are built only when something is reported). */
const HOOK_AT: Readonly<Record<(typeof HOOKS)[number], Path>> = {
  postStart: ["lifecycle", "postStart"],
  preStop: ["lifecycle", "preStop"],
};
const HANDLERS = ["exec", "httpGet", "tcpSocket", "sleep"] as const;
const DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS = 30;

export const lifecycle: Rule = {
  code: "lifecycle",
  codes: [
    "lifecycle/no-handler",
    "lifecycle/sleep-seconds",
    "lifecycle/handler-count",
    "lifecycle/exec-command",
    "lifecycle/invalid-port",
    "lifecycle/invalid-header",
  ],
  check(t, ctx, out) {
    const zeroAllowed = ctx.minor >= 33;
    const grace =
      typeof t.podSpec?.terminationGracePeriodSeconds === "number"
        ? t.podSpec.terminationGracePeriodSeconds
        : DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS;
    for (const ref of t.containers) {
      if (ref.init && !ref.sidecar) continue;
      const hooks = asRecord(ref.container.lifecycle);
      if (!hooks) continue;
      for (const hook of HOOKS) {
        const handler = asRecord(hooks[hook]);
        if (!handler) continue;
        if (checkHandlers(handler, HANDLERS, ref.path, HOOK_AT[hook], hook, out, "lifecycle") === 0)
          out.push(
            error("lifecycle/no-handler", [...ref.path, "lifecycle", hook], `${hook} needs a handler: exec, httpGet, tcpSocket or sleep`),
          );
        const sleep = asRecord(handler.sleep);
        // An absent seconds decodes to 0 (SleepAction.seconds is a plain int64).
        const seconds = sleep && sleep.seconds === undefined ? 0 : sleep?.seconds;
        // Before 1.30 PodLifecycleSleepAction is alpha: the API server drops the field, and the
        // schema layer reports it, so its value is not checked here.
        if (typeof seconds !== "number" || ctx.minor < 30) continue;
        const tooSmall = zeroAllowed ? seconds < 0 : seconds <= 0;
        if (tooSmall || seconds > grace) {
          const floor = zeroAllowed ? "0 or more" : "greater than 0 (0 is accepted from Kubernetes 1.33)";
          out.push(
            error(
              "lifecycle/sleep-seconds",
              [...ref.path, "lifecycle", hook, "sleep", "seconds"],
              `sleep seconds must be ${floor} and at most terminationGracePeriodSeconds (${grace}); it is ${seconds}`,
            ),
          );
        }
      }
    }
  },
};
