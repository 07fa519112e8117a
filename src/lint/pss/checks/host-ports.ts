// check_hostPorts.go: container ports bound on the node (baseline, 1.0+); 0 means unset.
import { asArray, asRecord } from "../../../k8s/rules/util.js";
import type { PssCheck, PssFinding } from "../check.js";

export const hostPorts: PssCheck = {
  id: "hostPorts",
  code: "pss/host-ports",
  level: "baseline",
  since: 0,
  check(pod) {
    const out: PssFinding[] = [];
    for (const c of pod.containers) {
      const ports = asArray(c.value.ports);
      for (let i = 0; i < ports.length; i++) {
        const hostPort = asRecord(ports[i])?.hostPort;
        if (typeof hostPort !== "number" || hostPort === 0) continue;
        out.push({ path: [...c.path, "ports", i, "hostPort"], message: `${c.label} binds host port ${hostPort}` });
      }
    }
    return out;
  },
};
