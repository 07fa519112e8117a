// Pod and container securityContext rules the schema cannot express.
// Source: core/validation validatePodSpecSecurityContext / ValidateSecurityContext /
// validateSeccompProfileField / validateSysctls: user and group ids between 0 and 2147483647;
// allowPrivilegeEscalation false contradicts privileged true and the CAP_SYS_ADMIN capability;
// a Localhost seccomp or AppArmor profile needs localhostProfile, other types must not set it
// (validateSeccompProfileField, ValidateAppArmorProfileField); sysctl names
// match SysctlFmt and appear once; procMount Unmasked needs a user namespace: the pod's hostUsers
// false (ValidateSecurityContext, "`hostUsers` must be false to use `Unmasked`", kubernetes#123520,
// 1.30). Below 1.33 ProcMountType is off by default and the API server drops procMount before
// validating it, so the check starts where the gate is on by default.
import { error, type Diagnostic, type Path } from "../../diagnostic.js";
import { checkLocalDescendingPath } from "../names.js";
import type { Rule } from "./rule.js";
import { asArray, asRecord, type Json } from "./util.js";

const MAX_ID = 2_147_483_647;
const ID_FIELDS = ["runAsUser", "runAsGroup"] as const;
const POD_ID_FIELDS = ["runAsUser", "runAsGroup", "fsGroup"] as const;
// SysctlFmt in core/validation: dot- or slash-separated segments of lower case letters, digits, '_' and '-'.
const SYSCTL_NAME = /^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$/;
const SYSCTL_MAX_LENGTH = 253;

// These checks run for every securityContext: paths are built only when something is reported,
// from the holder's path and what follows ("securityContext" and the field).
function checkId(value: unknown, holder: Path, field: string, index: number | undefined, out: Diagnostic[]): void {
  if (typeof value === "number" && (value < 0 || value > MAX_ID)) {
    const path = index === undefined ? [...holder, "securityContext", field] : [...holder, "securityContext", field, index];
    out.push(
      error("security-context/invalid-id", path, `${String(path[path.length - 1])} must be between 0 and ${MAX_ID} (it is ${value})`),
    );
  }
}

function profilePath(holder: Path, field: string): Path {
  return [...holder, "securityContext", field, "localhostProfile"];
}

/** seccompProfile and appArmorProfile share their shape: localhostProfile goes with type Localhost only. */
function checkProfile(context: Json, field: "seccompProfile" | "appArmorProfile", holder: Path, out: Diagnostic[]): void {
  const profile = asRecord(context[field]);
  if (!profile) return;
  const local = profile.localhostProfile;
  if (profile.type === "Localhost") {
    if (local === undefined || local === null)
      out.push(error("security-context/profile", profilePath(holder, field), `a "Localhost" ${field} needs localhostProfile`));
    else if (field === "seccompProfile" && typeof local === "string") {
      const problem = checkLocalDescendingPath(local);
      if (problem)
        out.push(error("security-context/profile", profilePath(holder, field), `localhostProfile ${JSON.stringify(local)} ${problem}`));
    }
  } else if (typeof profile.type === "string" && local !== undefined && local !== null) {
    out.push(
      error(
        "security-context/profile",
        profilePath(holder, field),
        `localhostProfile can only be set with type "Localhost" (the type is ${JSON.stringify(profile.type)})`,
      ),
    );
  }
}

export const securityContext: Rule = {
  code: "security-context",
  codes: [
    "security-context/invalid-id",
    "security-context/privilege-escalation",
    "security-context/proc-mount",
    "security-context/profile",
    "security-context/sysctl",
  ],
  check(t, ctx, out) {
    const userNamespace = t.podSpec?.hostUsers === false;
    const podContext = asRecord(t.podSpec?.securityContext);
    if (podContext) {
      const p = t.podSpecPath;
      for (const field of POD_ID_FIELDS) checkId(podContext[field], p, field, undefined, out);
      const groups = asArray(podContext.supplementalGroups);
      for (let i = 0; i < groups.length; i++) checkId(groups[i], p, "supplementalGroups", i, out);
      checkProfile(podContext, "seccompProfile", p, out);
      checkProfile(podContext, "appArmorProfile", p, out);
      const sysctls = asArray(podContext.sysctls);
      const seen = new Set<string>();
      for (let i = 0; i < sysctls.length; i++) {
        const name = asRecord(sysctls[i])?.name;
        if (typeof name !== "string" || name === "") continue; // "" is Required: the schema's to say
        if (name.length > SYSCTL_MAX_LENGTH || !SYSCTL_NAME.test(name)) {
          out.push(
            error(
              "security-context/sysctl",
              [...p, "securityContext", "sysctls", i, "name"],
              `sysctl name ${JSON.stringify(name)} must be segments of lower case letters, digits, '_' and '-' separated by '.' or '/' (at most ${SYSCTL_MAX_LENGTH} characters)`,
            ),
          );
        } else if (seen.has(name)) {
          out.push(
            error(
              "security-context/sysctl",
              [...p, "securityContext", "sysctls", i, "name"],
              `sysctl ${JSON.stringify(name)} is set twice`,
            ),
          );
        }
        seen.add(name);
      }
    }
    for (const ref of t.containers) {
      const sc = asRecord(ref.container.securityContext);
      if (!sc) continue;
      const p = ref.path;
      for (const field of ID_FIELDS) checkId(sc[field], p, field, undefined, out);
      checkProfile(sc, "seccompProfile", p, out);
      checkProfile(sc, "appArmorProfile", p, out);
      if (sc.procMount === "Unmasked" && !userNamespace && ctx.minor >= 33) {
        out.push(
          error(
            "security-context/proc-mount",
            [...p, "securityContext", "procMount"],
            'procMount "Unmasked" needs a user namespace: the pod must set hostUsers: false',
            "set spec.hostUsers: false in the pod template, or remove procMount",
          ),
        );
      }
      if (sc.allowPrivilegeEscalation === false) {
        if (sc.privileged === true) {
          out.push(
            error(
              "security-context/privilege-escalation",
              [...p, "securityContext", "allowPrivilegeEscalation"],
              "allowPrivilegeEscalation cannot be false for a privileged container",
              "drop one of the two",
            ),
          );
        }
        const added = asArray(asRecord(sc.capabilities)?.add);
        // The API server compares the literal "CAP_SYS_ADMIN" only; "SYS_ADMIN" passes validation.
        if (added.includes("CAP_SYS_ADMIN")) {
          out.push(
            error(
              "security-context/privilege-escalation",
              [...p, "securityContext", "allowPrivilegeEscalation"],
              "allowPrivilegeEscalation cannot be false when the container adds the CAP_SYS_ADMIN capability",
              "drop one of the two",
            ),
          );
        }
      }
    }
  },
};
