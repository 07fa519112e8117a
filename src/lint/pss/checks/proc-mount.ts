// check_procMount_baseline.go: /proc masks kept (procMount unset or Default; baseline, 1.0+). From
// 1.35 a user-namespace pod (hostUsers: false) may set any value.
import type { PssPod } from "../pod-view.js";
import type { PssCheck, PssFinding } from "../check.js";

const RELAXED_SINCE = 35;

/** Every container whose procMount is set to something other than Default. */
export function unmaskedProcMounts(pod: PssPod): PssFinding[] {
  const out: PssFinding[] = [];
  for (const c of pod.containers) {
    const value = c.securityContext?.procMount;
    if (value === undefined || value === null || value === "Default") continue;
    out.push({ path: [...c.path, "securityContext", "procMount"], message: `${c.label} sets procMount ${JSON.stringify(value)}` });
  }
  return out;
}

export const procMount: PssCheck = {
  id: "procMount",
  code: "pss/proc-mount",
  level: "baseline",
  since: 0,
  check(pod, minor) {
    if (minor >= RELAXED_SINCE && pod.userNamespace) return [];
    return unmaskedProcMounts(pod);
  },
};
