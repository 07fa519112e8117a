// A Job's pods must not restart forever: restartPolicy Never or OnFailure, and Never alone when a
// podFailurePolicy is set (the policy needs to see each failed pod).
// Source: batch/validation validateJobSpec. An absent restartPolicy is defaulted to Always by
// SetDefaults_PodSpec before validation, so it is refused too.
import { error } from "../../diagnostic.js";
import type { Rule } from "./rule.js";
import { isRecord } from "./util.js";

const JOB_POLICIES = ["Never", "OnFailure"];

export const jobRestartPolicy: Rule = {
  code: "job/restart-policy",
  codes: ["job/restart-policy", "job/pod-failure-policy-restart-policy"],
  check(t, _ctx, out) {
    if (!t.jobSpec || !t.podSpec) return;
    const policy = t.podSpec.restartPolicy;
    if (policy === undefined || policy === "" || policy === "Always") {
      out.push(
        error(
          "job/restart-policy",
          [...t.podSpecPath, "restartPolicy"],
          policy === "Always"
            ? 'a Job\'s pods cannot use restartPolicy "Always": a Job runs to completion, so Kubernetes accepts only "Never" or "OnFailure"'
            : 'a Job\'s pod template needs restartPolicy "Never" or "OnFailure" (left out, Kubernetes defaults it to "Always", which Jobs refuse)',
          'use restartPolicy "Never" (a new pod per retry) or "OnFailure" (restart the container in place)',
        ),
      );
    } else if (typeof policy === "string" && policy !== "Never" && policy !== "OnFailure") {
      // The schema's enum (Always, OnFailure, Never) is dropped for this field: this says more.
      const meant = JOB_POLICIES.find((p) => p.toLowerCase() === policy.toLowerCase());
      out.push(
        error(
          "job/restart-policy",
          [...t.podSpecPath, "restartPolicy"],
          `restartPolicy ${JSON.stringify(policy)} is not supported for a Job; use "Never" or "OnFailure"`,
          meant
            ? `did you mean "${meant}"? (values are case-sensitive)`
            : 'use "Never" (a new pod per retry) or "OnFailure" (restart the container in place)',
        ),
      );
    } else if (policy === "OnFailure" && isRecord(t.jobSpec.podFailurePolicy)) {
      out.push(
        error(
          "job/pod-failure-policy-restart-policy",
          [...t.podSpecPath, "restartPolicy"],
          'a podFailurePolicy needs restartPolicy "Never": with "OnFailure" containers restart in place and the policy never sees a failed pod',
          'set restartPolicy to "Never", or drop podFailurePolicy',
        ),
      );
    }
  },
};
