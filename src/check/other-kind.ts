import type { SkippedObject } from "../report/model.js";
import { MANIFEST_KINDS } from "../validate/manifest.js";

export type { SkippedObject };

/** The kinds the core group (`apiVersion: v1`) serves: another kind there is a mistake, not an object to pass over. */
const CORE_KINDS = new Set([
  "Binding",
  "ComponentStatus",
  "ConfigMap",
  "Endpoints",
  "Event",
  "LimitRange",
  "Namespace",
  "Node",
  "PersistentVolume",
  "PersistentVolumeClaim",
  "Pod",
  "PodTemplate",
  "ReplicationController",
  "ResourceQuota",
  "Secret",
  "Service",
  "ServiceAccount",
]);

/**
 * Whether a manifest is of another kind (a ServiceAccount, a Role, a Deployment next to the Job in
 * a real `k8s/` folder): valid objects kubejobs has no rules for, not errors. Near misses stay
 * ours, so they are checked and refused with a suggestion: any kind in the `batch` group (only Job
 * and CronJob are served there) and a `v1` kind the core group does not serve. Other groups may be
 * custom resources: passed over.
 */
export function isOtherKind(value: unknown): value is { kind: string; apiVersion: string; metadata?: unknown } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const { kind, apiVersion } = value as Record<string, unknown>;
  if (typeof kind !== "string" || typeof apiVersion !== "string" || kind === "" || apiVersion === "") return false;
  if (Object.hasOwn(MANIFEST_KINDS, kind)) return false;
  if (apiVersion === "batch" || apiVersion.startsWith("batch/")) return false;
  if (apiVersion === "v1" && !CORE_KINDS.has(kind)) return false;
  return true;
}

/** The object's name, for the list of skipped objects. */
export function nameOf(value: { metadata?: unknown }): string | undefined {
  return metadataString(value, "name");
}

/** The object's namespace, for the list of skipped objects. */
export function namespaceOf(value: { metadata?: unknown }): string | undefined {
  return metadataString(value, "namespace");
}

function metadataString(value: { metadata?: unknown }, key: "name" | "namespace"): string | undefined {
  const metadata = value.metadata;
  if (typeof metadata !== "object" || metadata === null) return undefined;
  const field = (metadata as Record<string, unknown>)[key];
  return typeof field === "string" && field !== "" ? field : undefined;
}
