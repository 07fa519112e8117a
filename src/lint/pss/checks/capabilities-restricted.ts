// check_capabilities_restricted.go: every container drops ALL and adds at most NET_BIND_SERVICE
// (restricted, 1.22+; replaces the baseline check). "ALL" is compared as written. From 1.25
// Windows pods are exempt.
import { asArray, asRecord } from "../../../k8s/rules/util.js";
import type { PssCheck, PssFinding } from "../check.js";

export const capabilitiesRestricted: PssCheck = {
  id: "capabilities_restricted",
  code: "pss/capabilities-restricted",
  level: "restricted",
  since: 22,
  overrides: { id: "capabilities_baseline", since: 22 },
  check(pod, minor) {
    const out: PssFinding[] = [];
    if (minor >= 25 && pod.windows) return out;
    for (const c of pod.containers) {
      const capabilities = asRecord(c.securityContext?.capabilities);
      const at = [...c.path, "securityContext", "capabilities"];
      if (!asArray(capabilities?.drop).includes("ALL"))
        out.push({ path: [...at, "drop"], message: `${c.label} must drop all capabilities (capabilities.drop: [ALL])` });
      const add = asArray(capabilities?.add);
      for (let i = 0; i < add.length; i++) {
        if (add[i] !== "NET_BIND_SERVICE")
          out.push({
            path: [...at, "add", i],
            message: `${c.label} adds ${JSON.stringify(add[i])}; restricted allows only NET_BIND_SERVICE`,
          });
      }
    }
    return out;
  },
};
