// The Pod Security Standards checks as lint rules: one per pod-security-admission check, run by
// lint/pss-findings.ts. A violation of the chosen --pss level is an error; one of restricted under
// --pss baseline is info. The `rules:` config can still set any of them to another level or off.
import type { PssCheck } from "../pss/check.js";
import { PSS_CHECKS } from "../pss/checks/index.js";
import type { LintRule, Peers } from "./rule.js";

interface PssText {
  rationale: string;
  hint: string;
  kubeLinter?: string;
  polaris?: string;
}

const TEXT: Record<string, PssText> = {
  hostNamespaces: {
    rationale: "The node's network, process or IPC namespace lets the pod see and reach everything on the node.",
    hint: "remove hostNetwork, hostPID and hostIPC",
    kubeLinter: "host-network, host-pid, host-ipc",
    polaris: "hostNetworkSet, hostPIDSet, hostIPCSet",
  },
  privileged: {
    rationale: "A privileged container has every capability and the node's devices: it is root on the node.",
    hint: "remove securityContext.privileged; add the one capability needed instead",
    kubeLinter: "privileged-container",
    polaris: "runAsPrivileged",
  },
  capabilities_baseline: {
    rationale: "Capabilities beyond the runtime's default set (NET_RAW excluded) widen what a compromised container can do on the node.",
    hint: "add only capabilities of the default set, written as the runtime names them (CHOWN, not CAP_CHOWN)",
    kubeLinter: "drop-net-raw-capability",
    polaris: "insecureCapabilities, dangerousCapabilities",
  },
  hostPathVolumes: {
    rationale: "A hostPath volume reads or writes the node's filesystem.",
    hint: "use an emptyDir, a PersistentVolumeClaim, a ConfigMap or a Secret instead",
    kubeLinter: "sensitive-host-mounts",
  },
  hostPorts: {
    rationale: "A host port binds the node's network interface and limits scheduling to nodes where it is free.",
    hint: "remove hostPort (a Job rarely serves traffic; use a Service if it does)",
    polaris: "hostPortSet",
  },
  appArmorProfile: {
    rationale: "AppArmor Unconfined turns off the runtime's default confinement.",
    hint: "use appArmorProfile type RuntimeDefault or Localhost (or remove the annotation)",
  },
  seLinuxOptions: {
    rationale: "A custom SELinux type, user or role can give the container the node's labels.",
    hint: "remove seLinuxOptions.user and .role; keep type to container_t, container_init_t, container_kvm_t or container_engine_t",
  },
  procMount: {
    rationale: "An Unmasked /proc exposes kernel interfaces the runtime normally hides.",
    hint: "remove procMount (Default), or run the pod in a user namespace (hostUsers: false)",
    kubeLinter: "unsafe-proc-mount",
  },
  seccompProfile_baseline: {
    rationale: "seccomp Unconfined lets the container make every system call.",
    hint: "use seccompProfile type RuntimeDefault or Localhost",
  },
  sysctls: {
    rationale: "Only namespaced, isolated sysctls are safe; the others change the node for every pod.",
    hint: "keep to the safe sysctls of your Kubernetes version",
    kubeLinter: "unsafe-sysctls",
  },
  windowsHostProcess: {
    rationale: "A Windows HostProcess container runs directly on the node.",
    hint: "remove windowsOptions.hostProcess",
  },
  hostProbesAndHostLifecycle: {
    rationale: "A probe or hook with a host makes the kubelet connect from the node to any address (server-side request forgery).",
    hint: "remove the host: probes and hooks then target the pod's own IP",
  },
  restrictedVolumes: {
    rationale: "Restricted allows only volume types that cannot reach the node or outside storage directly.",
    hint: "use configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret volumes",
  },
  allowPrivilegeEscalation: {
    rationale: "A process that can gain privileges (setuid binaries) can become root in the container.",
    hint: "set securityContext.allowPrivilegeEscalation: false on every container (or securityContext: restricted on the template)",
    kubeLinter: "privilege-escalation-container",
    polaris: "privilegeEscalationAllowed",
  },
  runAsNonRoot: {
    rationale: "A container running as root is one kernel bug away from root on the node.",
    hint: "set securityContext.runAsNonRoot: true on the pod (or securityContext: restricted on the template) and use an image with a non-root user",
    kubeLinter: "run-as-non-root",
    polaris: "runAsRootAllowed",
  },
  runAsUser: {
    rationale: "runAsUser 0 is root, whatever runAsNonRoot says elsewhere.",
    hint: "remove runAsUser: 0, or set a non-zero user id",
    kubeLinter: "run-as-non-root",
  },
  seccompProfile_restricted: {
    rationale: "Restricted requires a seccomp profile: without one, the container can make every system call.",
    hint: "set securityContext.seccompProfile.type: RuntimeDefault on the pod (or securityContext: restricted on the template)",
  },
  capabilities_restricted: {
    rationale: "Restricted requires dropping every capability; only NET_BIND_SERVICE may be added back.",
    hint: "set securityContext.capabilities.drop: [ALL] on every container (or securityContext: restricted on the template)",
  },
  procMount_restricted: {
    rationale: "Restricted keeps the default /proc masks even in a user namespace.",
    hint: "remove procMount",
    kubeLinter: "unsafe-proc-mount",
  },
};

function ruleOf(check: PssCheck): LintRule {
  const text = TEXT[check.id]!;
  const peers: Peers = { pss: check.id };
  if (text.kubeLinter !== undefined) peers.kubeLinter = text.kubeLinter;
  if (text.polaris !== undefined) peers.polaris = text.polaris;
  return {
    id: check.code,
    level: check.level === "baseline" ? "error" : "info",
    levelNote: check.level === "baseline" ? "baseline" : "error with --pss restricted",
    rationale: text.rationale,
    hint: text.hint,
    peers,
  };
}

/** One rule per PSS check, in PSA's order (baseline first). */
export const PSS_RULES: readonly LintRule[] = PSS_CHECKS.map(ruleOf);

/** The check behind a PSS rule id. */
export const PSS_CHECK_OF: ReadonlyMap<string, PssCheck> = new Map(PSS_CHECKS.map((c) => [c.code, c]));
