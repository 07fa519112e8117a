// check_runAsUser.go: no runAsUser: 0 on the pod or any container (restricted, 1.23+); unset is
// allowed. From 1.35 a user-namespace pod (hostUsers: false) is exempt.
import type { PssCheck, PssFinding } from "../check.js";

export const runAsUser: PssCheck = {
  id: "runAsUser",
  code: "pss/run-as-user",
  level: "restricted",
  since: 23,
  check(pod, minor) {
    const out: PssFinding[] = [];
    if (minor >= 35 && pod.userNamespace) return out;
    if (pod.securityContext?.runAsUser === 0)
      out.push({ path: [...pod.specPath, "securityContext", "runAsUser"], message: "the pod runs as user 0 (root)" });
    for (const c of pod.containers) {
      if (c.securityContext?.runAsUser === 0)
        out.push({ path: [...c.path, "securityContext", "runAsUser"], message: `${c.label} runs as user 0 (root)` });
    }
    return out;
  },
};
