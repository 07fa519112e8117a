import type { SecurityContext } from "../k8s/types.js";
import type { JobFields } from "../template/types.js";

/**
 * `securityContext: restricted` (LINT.md §3): the settings the Pod Security Standards restricted
 * level requires, so `kubejobs lint --pss restricted` passes on the output. The pod runs as
 * non-root with the runtime's seccomp profile; every container drops all capabilities and cannot
 * gain privileges. Fields a container sets itself win (`capabilities.add: [NET_BIND_SERVICE]` keeps
 * `drop: [ALL]`). Windows pods get runAsNonRoot only: the API refuses seccomp, capabilities and
 * allowPrivilegeEscalation there, and PSS exempts them (policy 1.25+).
 */
export interface RestrictedSecurity {
  /** A fresh object each time: manifests never share structure. */
  pod(): Record<string, unknown>;
  container(own: SecurityContext | undefined): SecurityContext | undefined;
}

const LINUX: RestrictedSecurity = {
  pod: () => ({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } }),
  container(own) {
    const out: SecurityContext = { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] }, ...own };
    if (own?.capabilities !== undefined) out.capabilities = { drop: ["ALL"], ...own.capabilities };
    return out;
  },
};

const WINDOWS: RestrictedSecurity = {
  pod: () => ({ runAsNonRoot: true }),
  container: (own) => own,
};

/** The restricted settings when the template asks for them, else undefined. */
export function restrictedSecurity(t: JobFields): RestrictedSecurity | undefined {
  if (t.securityContext !== "restricted") return undefined;
  return t.os?.name === "windows" ? WINDOWS : LINUX;
}
