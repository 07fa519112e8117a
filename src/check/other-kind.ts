import { MANIFEST_KINDS } from "../validate/manifest.js";
import { closest } from "../validate/manifest-suggest.js";

/** An object of a kind kubejobs does not check, passed over as kubeconform passes over kinds it has no schema for. */
export interface SkippedObject {
  file: string;
  line?: number;
  kind: string;
  name?: string;
}

/**
 * Whether a manifest is of another kind (a ServiceAccount, a Role, a Deployment next to the Job in
 * a real `k8s/` folder): valid objects kubejobs has no rules for, not errors. Near misses stay
 * ours, so they are checked and refused with a suggestion: any kind in the `batch` group (only Job
 * and CronJob are served there) and a core `v1` kind spelt like Secret or ConfigMap.
 */
export function isOtherKind(value: unknown): value is { kind: string; apiVersion: string; metadata?: unknown } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const { kind, apiVersion } = value as Record<string, unknown>;
  if (typeof kind !== "string" || typeof apiVersion !== "string" || kind === "" || apiVersion === "") return false;
  if (Object.hasOwn(MANIFEST_KINDS, kind)) return false;
  if (apiVersion === "batch" || apiVersion.startsWith("batch/")) return false;
  if (apiVersion === "v1" && closest(kind, ["Secret", "ConfigMap"]) !== undefined) return false;
  return true;
}

/** The object's name, for the list of skipped objects. */
export function nameOf(value: { metadata?: unknown }): string | undefined {
  const metadata = value.metadata;
  if (typeof metadata !== "object" || metadata === null) return undefined;
  const name = (metadata as Record<string, unknown>).name;
  return typeof name === "string" ? name : undefined;
}
