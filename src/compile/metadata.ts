import type { JobFields } from "../template/types.js";
import type { Path } from "../diagnostic.js";
import type { OriginRecorder } from "./origins.js";
import { inKeyOrder, sortKeys, hasKeys } from "./records.js";

export const NAME_LABEL = "app.kubernetes.io/name";
export const MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";

/** Labels every generated object carries: the standard two, then the user's (whose values win). */
export function objectLabels(t: JobFields): Record<string, string> {
  // Written in sorted order (managed-by < name), so that inKeyOrder usually finds them sorted.
  return inKeyOrder({ [MANAGED_BY_LABEL]: "kubejobs", [NAME_LABEL]: t.name, ...t.labels });
}

/** Pod labels: the object labels plus `podLabels`, which add to or override them. */
export function podLabels(t: JobFields): Record<string, string> {
  if (t.podLabels === undefined) return objectLabels(t);
  return inKeyOrder({ [MANAGED_BY_LABEL]: "kubejobs", [NAME_LABEL]: t.name, ...t.labels, ...t.podLabels });
}

/**
 * `metadata` for a generated object: name, namespace, labels, annotations (sorted).
 * `namePath` is where the name came from in the template (the template name, or a secret's key).
 */
export function objectMeta(
  name: string,
  t: JobFields,
  namespace: string | undefined,
  namePath: Path,
  rec: OriginRecorder | undefined,
): Record<string, unknown> {
  // A secret's name is its key under `secrets`; the template's own name is a value.
  if (namePath.length > 1) rec?.key(["metadata", "name"], namePath);
  else rec?.add(["metadata", "name"], namePath);
  const meta: Record<string, unknown> = { name };
  if (namespace !== undefined) {
    rec?.add(["metadata", "namespace"], ["namespace"]);
    meta.namespace = namespace;
  }
  meta.labels = objectLabels(t);
  recordLabels(rec?.at("metadata"), "labels", t.labels, undefined);
  if (t.annotations !== undefined && hasKeys(t.annotations)) {
    meta.annotations = sortKeys(t.annotations);
    rec?.add(["metadata", "annotations"], ["annotations"]);
  }
  return meta;
}

/** Points each label of a metadata block at the template map it came from. */
export function recordLabels(
  rec: OriginRecorder | undefined,
  key: "labels",
  labels: Record<string, string> | undefined,
  override: Record<string, string> | undefined,
): void {
  if (rec === undefined) return;
  rec.add([key], ["labels"]);
  // The standard name label carries the template's name unless the user set it.
  if (labels === undefined || !Object.hasOwn(labels, NAME_LABEL)) rec.translated([key, NAME_LABEL], ["name"]);
  for (const k of Object.keys(labels ?? {})) rec.add([key, k], ["labels", k]);
  for (const k of Object.keys(override ?? {})) rec.add([key, k], ["podLabels", k]);
}
