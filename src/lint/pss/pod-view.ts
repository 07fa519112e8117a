import type { Path } from "../../diagnostic.js";
import { asArray, asRecord, type Json } from "../../k8s/rules/util.js";

export interface PssContainer {
  name: string;
  /** `init container "setup"`, `container "main"`: how messages name it. */
  label: string;
  securityContext: Json | undefined;
  value: Json;
  /** Path of the container object in the manifest. */
  path: Path;
}

/** A pod template as the checks read it: paths are manifest paths, so findings point at the field. */
export interface PssPod {
  annotations: Json;
  annotationsPath: Path;
  spec: Json;
  specPath: Path;
  /** The pod-level securityContext, when it is an object. */
  securityContext: Json | undefined;
  /** Init containers, containers, then ephemeral containers, as PSA's visitContainers walks them. */
  containers: PssContainer[];
  /** `spec.os.name: windows`: restricted exempts such pods from the Linux-only checks from 1.25. */
  windows: boolean;
  /** `spec.hostUsers: false` (a user-namespace pod): some checks relax from 1.35. */
  userNamespace: boolean;
}

const GROUPS = [
  ["initContainers", "init container"],
  ["containers", "container"],
  ["ephemeralContainers", "ephemeral container"],
] as const;

/**
 * The view of a pod template (`metadata` and `spec` at `templatePath`). A value of the wrong type
 * reads as unset, as Go's decoder would never produce it (validation runs first and reports it).
 */
export function podView(metadata: unknown, spec: unknown, templatePath: Path): PssPod {
  const podSpec = asRecord(spec) ?? {};
  const specPath = [...templatePath, "spec"];
  const containers: PssContainer[] = [];
  for (const [group, word] of GROUPS) {
    const list = asArray(podSpec[group]);
    for (let i = 0; i < list.length; i++) {
      const value = asRecord(list[i]);
      if (value === undefined) continue;
      const name = typeof value.name === "string" ? value.name : String(i);
      containers.push({
        name,
        label: `${word} ${JSON.stringify(name)}`,
        securityContext: asRecord(value.securityContext),
        value,
        path: [...specPath, group, i],
      });
    }
  }
  return {
    annotations: asRecord(asRecord(metadata)?.annotations) ?? {},
    annotationsPath: [...templatePath, "metadata", "annotations"],
    spec: podSpec,
    specPath,
    securityContext: asRecord(podSpec.securityContext),
    containers,
    windows: asRecord(podSpec.os)?.name === "windows",
    userNamespace: podSpec.hostUsers === false,
  };
}
