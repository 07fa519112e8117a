// Downward API volume files (downwardAPI volumes and projected downwardAPI sources).
// Source: core/validation validateDownwardAPIVolumeFile: exactly one of fieldRef and
// resourceFieldRef; fieldRef paths from validVolumeDownwardAPIFieldPathExpressions (whole label
// and annotation maps allowed, unlike env); resourceFieldRef needs containerName.
import { error, type Diagnostic, type Path } from "../../diagnostic.js";
import { asRecord } from "./util.js";

const VOLUME_FIELD_PATHS = new Set(["metadata.name", "metadata.namespace", "metadata.labels", "metadata.annotations", "metadata.uid"]);
const SUBSCRIPTED_FIELD = /^metadata\.(labels|annotations)\['.*'\]$/;

function itemPath(pod: Path, volume: number, after: Path, i: number, ...rest: string[]): Path {
  return [...pod, "volumes", volume, ...after, i, ...rest];
}

/**
 * Checks the items of a downwardAPI volume or projected source: `after` is their path after the
 * volume's (e.g. ["downwardAPI", "items"]), joined to it only when something is reported.
 */
export function checkDownwardApiItems(list: readonly unknown[], pod: Path, volume: number, after: Path, out: Diagnostic[]): void {
  for (let i = 0; i < list.length; i++) {
    const item = asRecord(list[i]);
    if (!item) continue;
    const fieldRef = asRecord(item.fieldRef);
    const resourceRef = asRecord(item.resourceFieldRef);
    if (fieldRef && resourceRef) {
      out.push(
        error("volume/downward-api", itemPath(pod, volume, after, i), "a downwardAPI item may set fieldRef or resourceFieldRef, not both"),
      );
    } else if (!fieldRef && !resourceRef && item.fieldRef === undefined && item.resourceFieldRef === undefined) {
      out.push(error("volume/downward-api", itemPath(pod, volume, after, i), "a downwardAPI item needs fieldRef or resourceFieldRef"));
    }
    const fieldPath = fieldRef?.fieldPath;
    if (typeof fieldPath === "string" && !VOLUME_FIELD_PATHS.has(fieldPath) && !SUBSCRIPTED_FIELD.test(fieldPath)) {
      out.push(
        error(
          "volume/downward-api",
          itemPath(pod, volume, after, i, "fieldRef", "fieldPath"),
          `fieldPath ${JSON.stringify(fieldPath)} is not supported in a downwardAPI volume; use metadata.name, metadata.namespace, metadata.uid, metadata.labels or metadata.annotations (whole or ['KEY'])`,
        ),
      );
    }
    if (resourceRef && (resourceRef.containerName === undefined || resourceRef.containerName === "")) {
      out.push(
        error(
          "volume/downward-api",
          itemPath(pod, volume, after, i, "resourceFieldRef", "containerName"),
          "a resourceFieldRef in a volume needs containerName",
        ),
      );
    }
  }
}
