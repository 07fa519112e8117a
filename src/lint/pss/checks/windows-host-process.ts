// check_windowsHostProcess.go: Windows HostProcess containers run on the node itself (baseline, 1.0+).
import { asRecord, type Json } from "../../../k8s/rules/util.js";
import type { Path } from "../../../diagnostic.js";
import type { PssCheck, PssFinding } from "../check.js";

function check(holder: Json | undefined, path: Path, who: string, out: PssFinding[]): void {
  if (asRecord(holder?.windowsOptions)?.hostProcess === true)
    out.push({ path: [...path, "windowsOptions", "hostProcess"], message: `${who} runs as a Windows HostProcess` });
}

export const windowsHostProcess: PssCheck = {
  id: "windowsHostProcess",
  code: "pss/windows-host-process",
  level: "baseline",
  since: 0,
  check(pod) {
    const out: PssFinding[] = [];
    check(pod.securityContext, [...pod.specPath, "securityContext"], "the pod", out);
    for (const c of pod.containers) check(c.securityContext, [...c.path, "securityContext"], c.label, out);
    return out;
  },
};
