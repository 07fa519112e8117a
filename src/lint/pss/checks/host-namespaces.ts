// check_hostNamespaces.go: sharing the node's network, process or IPC namespace (baseline, 1.0+).
import type { PssCheck, PssFinding } from "../check.js";

const FIELDS = ["hostNetwork", "hostPID", "hostIPC"] as const;

export const hostNamespaces: PssCheck = {
  id: "hostNamespaces",
  code: "pss/host-namespaces",
  level: "baseline",
  since: 0,
  check(pod) {
    const out: PssFinding[] = [];
    for (const field of FIELDS) {
      if (pod.spec[field] === true)
        out.push({ path: [...pod.specPath, field], message: `${field}: true shares the node's namespace with the pod` });
    }
    return out;
  },
};
