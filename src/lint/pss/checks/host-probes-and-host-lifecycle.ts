// check_hostProbesAndhostLifecycle.go: probes and lifecycle hooks may not name a host (baseline,
// 1.34+): the kubelet would connect from the node to any address, loopback included.
import { asRecord } from "../../../k8s/rules/util.js";
import type { PssCheck, PssFinding } from "../check.js";

const PROBES = ["livenessProbe", "readinessProbe", "startupProbe"] as const;
const HOOKS = ["postStart", "preStop"] as const;
const ACTIONS = ["httpGet", "tcpSocket"] as const;

export const hostProbesAndHostLifecycle: PssCheck = {
  id: "hostProbesAndHostLifecycle",
  code: "pss/host-probes-and-host-lifecycle",
  level: "baseline",
  since: 34,
  check(pod) {
    const out: PssFinding[] = [];
    for (const c of pod.containers) {
      const handlers: [string[], unknown][] = PROBES.map((p) => [[p], c.value[p]]);
      const lifecycle = asRecord(c.value.lifecycle);
      for (const hook of HOOKS) handlers.push([["lifecycle", hook], lifecycle?.[hook]]);
      for (const [at, handler] of handlers) {
        for (const action of ACTIONS) {
          const host = asRecord(asRecord(handler)?.[action])?.host;
          if (typeof host !== "string" || host === "") continue;
          out.push({
            path: [...c.path, ...at, action, "host"],
            message: `${c.label} ${at.join(".")} connects to host ${JSON.stringify(host)}`,
          });
        }
      }
    }
    return out;
  },
};
