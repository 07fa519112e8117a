import { checkRules } from "../k8s/rules/index.js";
import type { K8sObject } from "../k8s/types.js";
import type { KubeVersion } from "../k8s/versions.js";
import { checkSchedule } from "../schedule/index.js";
import type { Diagnostic } from "../validate/diagnostic.js";
import { checkManifestSchema } from "../validate/manifest.js";

/**
 * Layers 2 and 3 on one Kubernetes object: the OpenAPI schema of the target version, then the
 * semantic rules (only on a schema-valid object: the rules read fields by their types), and
 * for a CronJob the schedule. Paths are manifest paths.
 */
export function checkManifest(obj: unknown, kubeVersion: KubeVersion, checkCron = true): Diagnostic[] {
  const diagnostics = checkManifestSchema(obj, { kubeVersion });
  if (diagnostics.some((d) => d.severity === "error")) return diagnostics;
  const object = obj as K8sObject;
  diagnostics.push(...checkRules(object, { kubeVersion }));
  if (checkCron && object.kind === "CronJob") {
    const spec = object.spec as { schedule?: unknown; timeZone?: unknown } | undefined;
    diagnostics.push(...checkSchedule(spec?.schedule, spec?.timeZone, { schedule: ["spec", "schedule"], timeZone: ["spec", "timeZone"] }));
  }
  return diagnostics;
}
