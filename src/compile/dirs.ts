import type { Path } from "../diagnostic.js";
import type { CompileContext } from "./context.js";
import type { OriginRecorder } from "./origins.js";

const DIR_URL = /^(secret|configmap|pvc|emptydir|volume):\/\/([^:]*?)(?::(ro|rw))?$/;
const DIRS_HINT =
  "use secret://NAME, configmap://NAME, pvc://CLAIM, emptydir://, emptydir://memory or volume://NAME, with :ro for read-only";

/**
 * `dirs` → volumes + volumeMounts (appended to `mounts`). Volumes are named after what they hold, so two containers
 * mounting the same Secret, claim or (at the same path) emptyDir share one volume: an init
 * container can fill `/work` for the main container with `emptydir://` in both.
 */
export function compileDirs(
  dirs: Record<string, string>,
  userVolumes: ReadonlySet<string>,
  path: Path,
  ctx: CompileContext,
  rec: OriginRecorder | undefined,
  mounts: Record<string, unknown>[],
): void {
  for (const mountPath in dirs) {
    const url = dirs[mountPath]!;
    const at = [...path, mountPath];
    const m = DIR_URL.exec(url);
    if (m === null) {
      ctx.error("dirs/bad-url", at, `"${url}" is not a directory source`, DIRS_HINT);
      continue;
    }
    const [, scheme, name = "", access] = m;
    let volumeName: string;
    switch (scheme) {
      case "secret":
      case "configmap":
      case "pvc":
        if (name === "" || name.includes("/")) {
          ctx.error("dirs/bad-url", at, `"${url}" needs a ${scheme === "pvc" ? "claim" : scheme} name`, DIRS_HINT);
          continue;
        }
        volumeName = ctx.volumeName(`${scheme}-${name}`);
        ctx.useVolume(volumeName, volumeSource(scheme, name), at);
        break;
      case "emptydir":
        if (name !== "" && name !== "memory") {
          ctx.error("dirs/bad-url", at, `"${url}": emptydir takes no name, only emptydir:// or emptydir://memory`, DIRS_HINT);
          continue;
        }
        volumeName = ctx.volumeName(`${name === "memory" ? "memory" : "emptydir"}-${mountPath}`);
        ctx.useVolume(volumeName, { emptyDir: name === "memory" ? { medium: "Memory" } : {} }, at);
        break;
      default:
        if (!userVolumes.has(name)) {
          ctx.error(
            "dirs/unknown-volume",
            at,
            `volume "${name}" is not defined in volumes`,
            `add it under volumes: (e.g. volumes: { ${name || "data"}: { persistentVolumeClaim: { claimName: ... } } })`,
          );
          continue;
        }
        volumeName = name;
    }
    rec?.translated([mounts.length], at);
    rec?.key([mounts.length, "mountPath"], at);
    mounts.push(access === "ro" ? { name: volumeName, mountPath, readOnly: true } : { name: volumeName, mountPath });
  }
}

function volumeSource(scheme: "secret" | "configmap" | "pvc", name: string): Record<string, unknown> {
  if (scheme === "secret") return { secret: { secretName: name } };
  if (scheme === "configmap") return { configMap: { name } };
  return { persistentVolumeClaim: { claimName: name } };
}
