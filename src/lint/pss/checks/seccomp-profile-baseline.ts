// check_seccompProfile_baseline.go (1.19+ branch): a seccomp profile, where set, is RuntimeDefault or
// Localhost. Versions before 1.19 read annotations; kubejobs targets 1.29 and later.
import { asRecord, type Json } from "../../../k8s/rules/util.js";
import type { Path } from "../../../diagnostic.js";
import type { PssCheck, PssFinding } from "../check.js";

export function allowedSeccompType(type: unknown): boolean {
  return type === "RuntimeDefault" || type === "Localhost";
}

/** A finding when `holder.seccompProfile` is set to a type other than RuntimeDefault or Localhost. */
export function badSeccomp(holder: Json | undefined, path: Path, who: string): PssFinding | undefined {
  const profile = asRecord(holder?.seccompProfile);
  if (profile === undefined || allowedSeccompType(profile.type)) return undefined;
  return { path: [...path, "seccompProfile", "type"], message: `${who} sets seccomp profile type ${JSON.stringify(profile.type)}` };
}

export const seccompProfileBaseline: PssCheck = {
  id: "seccompProfile_baseline",
  code: "pss/seccomp-profile-baseline",
  level: "baseline",
  since: 19,
  check(pod) {
    const out: PssFinding[] = [];
    const podFinding = badSeccomp(pod.securityContext, [...pod.specPath, "securityContext"], "the pod");
    if (podFinding) out.push(podFinding);
    for (const c of pod.containers) {
      const finding = badSeccomp(c.securityContext, [...c.path, "securityContext"], c.label);
      if (finding) out.push(finding);
    }
    return out;
  },
};
