// check_capabilities_baseline.go: capabilities.add only from the container runtime's default set
// (baseline, 1.0+). Compared as written: "CAP_CHOWN" and "chown" are not "CHOWN".
import { asArray, asRecord } from "../../../k8s/rules/util.js";
import type { PssCheck, PssFinding } from "../check.js";

export const DEFAULT_CAPABILITIES: ReadonlySet<string> = new Set([
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT",
]);

export const capabilitiesBaseline: PssCheck = {
  id: "capabilities_baseline",
  code: "pss/capabilities-baseline",
  level: "baseline",
  since: 0,
  check(pod) {
    const out: PssFinding[] = [];
    for (const c of pod.containers) {
      const add = asArray(asRecord(c.securityContext?.capabilities)?.add);
      for (let i = 0; i < add.length; i++) {
        const cap = add[i];
        if (typeof cap === "string" && DEFAULT_CAPABILITIES.has(cap)) continue;
        out.push({
          path: [...c.path, "securityContext", "capabilities", "add", i],
          message: `${c.label} adds ${JSON.stringify(cap)}, which is not in the default set (${[...DEFAULT_CAPABILITIES].join(", ")})`,
        });
      }
    }
    return out;
  },
};
