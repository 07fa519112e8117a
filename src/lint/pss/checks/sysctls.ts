// check_sysctls.go: only namespaced, node-isolated ("safe") sysctls (baseline). The safe list grew
// with the policy versions 1.27, 1.29, 1.32 and 1.37.
import { asArray, asRecord } from "../../../k8s/rules/util.js";
import type { PssCheck, PssFinding } from "../check.js";

/** Each safe sysctl and the policy version (1.<minor>) that allowed it. */
const SAFE: readonly (readonly [string, number])[] = [
  ["kernel.shm_rmid_forced", 0],
  ["net.ipv4.ip_local_port_range", 0],
  ["net.ipv4.tcp_syncookies", 0],
  ["net.ipv4.ping_group_range", 0],
  ["net.ipv4.ip_unprivileged_port_start", 0],
  ["net.ipv4.ip_local_reserved_ports", 27],
  ["net.ipv4.tcp_keepalive_time", 29],
  ["net.ipv4.tcp_fin_timeout", 29],
  ["net.ipv4.tcp_keepalive_intvl", 29],
  ["net.ipv4.tcp_keepalive_probes", 29],
  ["net.ipv4.tcp_rmem", 32],
  ["net.ipv4.tcp_wmem", 32],
  ["net.ipv4.tcp_slow_start_after_idle", 37],
  ["net.ipv4.tcp_notsent_lowat", 37],
];

/** The safe sysctls at policy version 1.<minor>. */
export function safeSysctls(minor: number): string[] {
  return SAFE.filter(([, since]) => minor >= since).map(([name]) => name);
}

export const sysctls: PssCheck = {
  id: "sysctls",
  code: "pss/sysctls",
  level: "baseline",
  since: 0,
  check(pod, minor) {
    const out: PssFinding[] = [];
    const list = asArray(pod.securityContext?.sysctls);
    if (list.length === 0) return out;
    const safe = new Set(safeSysctls(minor));
    for (let i = 0; i < list.length; i++) {
      const name = asRecord(list[i])?.name;
      if (typeof name === "string" && safe.has(name)) continue;
      const later = SAFE.find(([n]) => n === name);
      out.push({
        path: [...pod.specPath, "securityContext", "sysctls", i, "name"],
        message: `sysctl ${JSON.stringify(name)} is not a safe sysctl${later ? ` before Kubernetes 1.${later[1]}` : ""}`,
      });
    }
    return out;
  },
};
