// check_runAsNonRoot.go: runAsNonRoot: true on the pod or on every container, and false nowhere
// (restricted, 1.0+). From 1.35 a user-namespace pod (hostUsers: false) is exempt: root in it is
// not root on the node.
import type { PssCheck, PssFinding } from "../check.js";

export const runAsNonRoot: PssCheck = {
  id: "runAsNonRoot",
  code: "pss/run-as-non-root",
  level: "restricted",
  since: 0,
  check(pod, minor) {
    const out: PssFinding[] = [];
    if (minor >= 35 && pod.userNamespace) return out;
    const podPath = [...pod.specPath, "securityContext", "runAsNonRoot"];
    const podValue = pod.securityContext?.runAsNonRoot;
    if (podValue === false) out.push({ path: podPath, message: "the pod sets runAsNonRoot: false" });
    const unset: string[] = [];
    for (const c of pod.containers) {
      const value = c.securityContext?.runAsNonRoot;
      if (value === false)
        out.push({ path: [...c.path, "securityContext", "runAsNonRoot"], message: `${c.label} sets runAsNonRoot: false` });
      else if (value !== true && podValue !== true) unset.push(c.label);
    }
    // PSA reports the unset ones only when nothing set false explicitly.
    if (out.length === 0 && unset.length > 0)
      out.push({ path: podPath, message: `the pod, or ${unset.join(", ")}, must set securityContext.runAsNonRoot: true` });
    return out;
  },
};
