// check_seccompProfile_restricted.go: a RuntimeDefault or Localhost seccomp profile on the pod or
// on every container, and no other type anywhere (restricted, 1.19+; replaces the baseline check).
// From 1.25 Windows pods are exempt.
import type { PssCheck, PssFinding } from "../check.js";
import { allowedSeccompType, badSeccomp } from "./seccomp-profile-baseline.js";
import { asRecord } from "../../../k8s/rules/util.js";

export const seccompProfileRestricted: PssCheck = {
  id: "seccompProfile_restricted",
  code: "pss/seccomp-profile-restricted",
  level: "restricted",
  since: 19,
  overrides: { id: "seccompProfile_baseline", since: 19 },
  check(pod, minor) {
    const out: PssFinding[] = [];
    if (minor >= 25 && pod.windows) return out;
    const podPath = [...pod.specPath, "securityContext"];
    const podProfile = asRecord(pod.securityContext?.seccompProfile);
    const podSet = podProfile !== undefined && allowedSeccompType(podProfile.type);
    const podFinding = badSeccomp(pod.securityContext, podPath, "the pod");
    if (podFinding) out.push(podFinding);
    const unset: string[] = [];
    for (const c of pod.containers) {
      if (asRecord(c.securityContext?.seccompProfile) !== undefined) {
        const finding = badSeccomp(c.securityContext, [...c.path, "securityContext"], c.label);
        if (finding) out.push(finding);
      } else if (!podSet) unset.push(c.label);
    }
    if (out.length === 0 && unset.length > 0) {
      out.push({
        path: [...podPath, "seccompProfile"],
        message: `the pod, or ${unset.join(", ")}, must set securityContext.seccompProfile.type to RuntimeDefault or Localhost`,
      });
    }
    return out;
  },
};
