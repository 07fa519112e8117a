// check_privileged.go: privileged containers (baseline, 1.0+).
import type { PssCheck, PssFinding } from "../check.js";

export const privileged: PssCheck = {
  id: "privileged",
  code: "pss/privileged",
  level: "baseline",
  since: 0,
  check(pod) {
    const out: PssFinding[] = [];
    for (const c of pod.containers) {
      if (c.securityContext?.privileged === true)
        out.push({ path: [...c.path, "securityContext", "privileged"], message: `${c.label} is privileged` });
    }
    return out;
  },
};
