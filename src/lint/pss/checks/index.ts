// Every check pod-security-admission registers at 1.36 (and the 1.37 sysctls), baseline first.
import type { PssCheck } from "../check.js";
import { allowPrivilegeEscalation } from "./allow-privilege-escalation.js";
import { apparmorProfile } from "./apparmor-profile.js";
import { capabilitiesBaseline } from "./capabilities-baseline.js";
import { capabilitiesRestricted } from "./capabilities-restricted.js";
import { hostNamespaces } from "./host-namespaces.js";
import { hostPathVolumes } from "./host-path-volumes.js";
import { hostPorts } from "./host-ports.js";
import { hostProbesAndHostLifecycle } from "./host-probes-and-host-lifecycle.js";
import { privileged } from "./privileged.js";
import { procMount } from "./proc-mount.js";
import { procMountRestricted } from "./proc-mount-restricted.js";
import { restrictedVolumes } from "./restricted-volumes.js";
import { runAsNonRoot } from "./run-as-non-root.js";
import { runAsUser } from "./run-as-user.js";
import { seccompProfileBaseline } from "./seccomp-profile-baseline.js";
import { seccompProfileRestricted } from "./seccomp-profile-restricted.js";
import { selinuxOptions } from "./selinux-options.js";
import { sysctls } from "./sysctls.js";
import { windowsHostProcess } from "./windows-host-process.js";

export const PSS_CHECKS: readonly PssCheck[] = [
  hostNamespaces,
  privileged,
  capabilitiesBaseline,
  hostPathVolumes,
  hostPorts,
  apparmorProfile,
  selinuxOptions,
  procMount,
  seccompProfileBaseline,
  sysctls,
  windowsHostProcess,
  hostProbesAndHostLifecycle,
  restrictedVolumes,
  allowPrivilegeEscalation,
  runAsNonRoot,
  runAsUser,
  seccompProfileRestricted,
  capabilitiesRestricted,
  procMountRestricted,
];
