// check_procMount_restricted.go: from 1.35, restricted keeps refusing any procMount but Default,
// user namespace or not, in place of the relaxed baseline check.
import type { PssCheck } from "../check.js";
import { unmaskedProcMounts } from "./proc-mount.js";

export const procMountRestricted: PssCheck = {
  id: "procMount_restricted",
  code: "pss/proc-mount-restricted",
  level: "restricted",
  since: 35,
  overrides: { id: "procMount", since: 35 },
  check: unmaskedProcMounts,
};
