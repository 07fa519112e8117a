// check_restrictedVolumes.go: under restricted, only volume types that cannot reach the node or
// outside storage directly (1.0+; replaces hostPathVolumes). A volume with no source is an emptyDir
// (the API server defaults it, SetDefaults_Volume). `image` volumes are allowed by API servers from
// 1.33 (patched into the 1.0 check, so at every policy version); before, they were refused.
import { asArray, asRecord, isRecord } from "../../../k8s/rules/util.js";
import type { PssCheck, PssFinding } from "../check.js";

const ALLOWED = ["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"];
const IMAGE_SINCE = 33;
const REFUSED = [
  "hostPath",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "nfs",
  "iscsi",
  "glusterfs",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "fc",
  "azureFile",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "portworxVolume",
  "scaleIO",
  "storageos",
];

export const restrictedVolumes: PssCheck = {
  id: "restrictedVolumes",
  code: "pss/restricted-volumes",
  level: "restricted",
  since: 0,
  overrides: { id: "hostPathVolumes", since: 0 },
  check(pod, minor) {
    const out: PssFinding[] = [];
    const volumes = asArray(pod.spec.volumes);
    for (let i = 0; i < volumes.length; i++) {
      const volume = asRecord(volumes[i]);
      if (volume === undefined) continue;
      if (ALLOWED.some((key) => isRecord(volume[key])) || (minor >= IMAGE_SINCE && isRecord(volume.image))) continue;
      const source = REFUSED.find((key) => isRecord(volume[key])) ?? (isRecord(volume.image) ? "image" : undefined);
      if (source === undefined) continue; // no source: defaulted to emptyDir
      out.push({
        path: [...pod.specPath, "volumes", i, source],
        message: `volume ${JSON.stringify(volume.name)} is of type ${source}; restricted allows ${[...ALLOWED, ...(minor >= IMAGE_SINCE ? ["image"] : [])].join(", ")}`,
      });
    }
    return out;
  },
};
