// check_seLinuxOptions.go: SELinux type only from the container types, no user or role (baseline,
// 1.0+; container_engine_t allowed from 1.31).
import { asRecord, type Json } from "../../../k8s/rules/util.js";
import type { Path } from "../../../diagnostic.js";
import type { PssCheck, PssFinding } from "../check.js";

const TYPES = new Set(["", "container_t", "container_init_t", "container_kvm_t"]);
const ENGINE_TYPE = "container_engine_t";
const ENGINE_SINCE = 31;

function allowedType(type: unknown, minor: number): boolean {
  if (type === undefined || type === null) return true;
  return typeof type === "string" && (TYPES.has(type) || (type === ENGINE_TYPE && minor >= ENGINE_SINCE));
}

function checkOptions(holder: Json | undefined, path: Path, who: string, minor: number, out: PssFinding[]): void {
  const options = asRecord(holder?.seLinuxOptions);
  if (options === undefined) return;
  const at = [...path, "seLinuxOptions"];
  if (!allowedType(options.type, minor)) {
    const allowed = [...TYPES].filter(Boolean).concat(minor >= ENGINE_SINCE ? [ENGINE_TYPE] : []);
    out.push({
      path: [...at, "type"],
      message: `${who} sets SELinux type ${JSON.stringify(options.type)}; allowed: ${allowed.join(", ")}`,
    });
  }
  for (const field of ["user", "role"] as const) {
    const value = options[field];
    if (typeof value === "string" && value.length > 0)
      out.push({ path: [...at, field], message: `${who} sets an SELinux ${field} (${JSON.stringify(value)})` });
  }
}

export const selinuxOptions: PssCheck = {
  id: "seLinuxOptions",
  code: "pss/selinux-options",
  level: "baseline",
  since: 0,
  check(pod, minor) {
    const out: PssFinding[] = [];
    checkOptions(pod.securityContext, [...pod.specPath, "securityContext"], "the pod", minor, out);
    for (const c of pod.containers) checkOptions(c.securityContext, [...c.path, "securityContext"], c.label, minor, out);
    return out;
  },
};
