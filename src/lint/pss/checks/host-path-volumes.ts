// check_hostPathVolumes.go: hostPath volumes (baseline, 1.0+; restrictedVolumes replaces it under restricted).
import { asArray, asRecord } from "../../../k8s/rules/util.js";
import type { PssCheck, PssFinding } from "../check.js";

export const hostPathVolumes: PssCheck = {
  id: "hostPathVolumes",
  code: "pss/host-path-volumes",
  level: "baseline",
  since: 0,
  check(pod) {
    const out: PssFinding[] = [];
    const volumes = asArray(pod.spec.volumes);
    for (let i = 0; i < volumes.length; i++) {
      const volume = asRecord(volumes[i]);
      if (asRecord(volume?.hostPath) === undefined) continue;
      out.push({
        path: [...pod.specPath, "volumes", i, "hostPath"],
        message: `volume ${JSON.stringify(volume?.name)} mounts a path of the node (hostPath)`,
      });
    }
    return out;
  },
};
