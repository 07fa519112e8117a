// check_allowPrivilegeEscalation.go: every container sets allowPrivilegeEscalation: false
// (restricted, 1.8+); from 1.25 Windows pods are exempt (the field does not apply to them).
import type { PssCheck, PssFinding } from "../check.js";

export const allowPrivilegeEscalation: PssCheck = {
  id: "allowPrivilegeEscalation",
  code: "pss/allow-privilege-escalation",
  level: "restricted",
  since: 8,
  check(pod, minor) {
    const out: PssFinding[] = [];
    if (minor >= 25 && pod.windows) return out;
    for (const c of pod.containers) {
      if (c.securityContext?.allowPrivilegeEscalation === false) continue;
      out.push({
        path: [...c.path, "securityContext", "allowPrivilegeEscalation"],
        message: `${c.label} must set securityContext.allowPrivilegeEscalation: false`,
      });
    }
    return out;
  },
};
