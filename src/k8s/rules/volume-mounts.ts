// Volume mounts of every container.
// Source: core/validation ValidateVolumeMounts (name must be a pod volume; mountPath unique
// within the container; subPath and subPathExpr relative without '..', and not both),
// validateMountPropagation (Bidirectional needs a privileged container) and
// validateMountRecursiveReadOnly (recursiveReadOnly other than Disabled needs readOnly: true).
import { error, type Path } from "../../diagnostic.js";
import { checkLocalDescendingPath } from "../names.js";
import type { Rule } from "./rule.js";
import { asArray, asRecord } from "./util.js";

/** The path of one mount's field, built only when something is reported: this runs for every mount. */
function mountField(container: Path, i: number, field: string): Path {
  return [...container, "volumeMounts", i, field];
}

function namesOf(volumes: unknown): Set<string> {
  const names = new Set<string>();
  for (const v of asArray(volumes)) {
    const name = asRecord(v)?.name;
    if (typeof name === "string") names.add(name);
  }
  return names;
}

export const volumeMounts: Rule = {
  code: "volume-mount",
  codes: [
    "volume-mount/unknown-volume",
    "volume-mount/duplicate-path",
    "volume-mount/missing-path",
    "volume-mount/invalid-sub-path",
    "volume-mount/sub-path-conflict",
    "volume-mount/propagation",
    "volume-mount/recursive-read-only",
  ],
  check(t, _ctx, out) {
    if (!t.podSpec) return;
    // Made when the first mount names a volume, once per pod.
    let volumeNames: Set<string> | undefined;
    for (const ref of t.containers) {
      const mounts = asArray(ref.container.volumeMounts);
      // The mount paths seen, for duplicates: only two or more mounts can clash.
      const paths = mounts.length > 1 ? new Set<string>() : undefined;
      for (let i = 0; i < mounts.length; i++) {
        const mount = asRecord(mounts[i]);
        if (!mount) continue;
        const name = mount.name;
        if (typeof name === "string" && name !== "" && !(volumeNames ??= namesOf(t.podSpec.volumes)).has(name)) {
          out.push(
            error(
              "volume-mount/unknown-volume",
              mountField(ref.path, i, "name"),
              `volume mount refers to volume ${JSON.stringify(name)}, which the pod does not define`,
              volumeNames.size ? `define it under volumes, or use one of: ${[...volumeNames].join(", ")}` : "define it under volumes",
            ),
          );
        }
        const mountPath = mount.mountPath;
        if (mountPath === "")
          out.push(error("volume-mount/missing-path", mountField(ref.path, i, "mountPath"), "a volume mount needs a mountPath"));
        else if (typeof mountPath === "string") {
          if (paths?.has(mountPath))
            out.push(
              error(
                "volume-mount/duplicate-path",
                mountField(ref.path, i, "mountPath"),
                `two volume mounts of this container use mountPath ${JSON.stringify(mountPath)}; mount paths must be unique`,
                "mount the second volume elsewhere, or use subPath for single files",
              ),
            );
          paths?.add(mountPath);
        }
        const subPath = mount.subPath;
        if (typeof subPath === "string" && subPath !== "") {
          const problem = checkLocalDescendingPath(subPath);
          if (problem)
            out.push(
              error("volume-mount/invalid-sub-path", mountField(ref.path, i, "subPath"), `subPath ${JSON.stringify(subPath)} ${problem}`),
            );
        }
        const subPathExpr = mount.subPathExpr;
        if (typeof subPathExpr === "string" && subPathExpr !== "") {
          if (typeof subPath === "string" && subPath !== "")
            out.push(
              error("volume-mount/sub-path-conflict", mountField(ref.path, i, "subPathExpr"), "subPath and subPathExpr cannot both be set"),
            );
          const problem = checkLocalDescendingPath(subPathExpr);
          if (problem)
            out.push(
              error(
                "volume-mount/invalid-sub-path",
                mountField(ref.path, i, "subPathExpr"),
                `subPathExpr ${JSON.stringify(subPathExpr)} ${problem}`,
              ),
            );
        }
        if (mount.mountPropagation === "Bidirectional" && asRecord(ref.container.securityContext)?.privileged !== true) {
          out.push(
            error(
              "volume-mount/propagation",
              mountField(ref.path, i, "mountPropagation"),
              "Bidirectional mount propagation is allowed only in privileged containers",
            ),
          );
        }
        const rro = mount.recursiveReadOnly;
        if (typeof rro === "string" && rro !== "Disabled" && mount.readOnly !== true) {
          out.push(
            error(
              "volume-mount/recursive-read-only",
              mountField(ref.path, i, "recursiveReadOnly"),
              `recursiveReadOnly ${JSON.stringify(rro)} needs readOnly: true`,
            ),
          );
        }
      }
    }
  },
};
