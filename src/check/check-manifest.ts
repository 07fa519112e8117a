import { checkRules } from "../k8s/rules/index.js";
import type { K8sObject } from "../k8s/types.js";
import type { KubeVersion } from "../k8s/versions.js";
import { checkSchedule } from "../schedule/index.js";
import type { Diagnostic } from "../diagnostic.js";
import { checkManifestSchema, manifestSchemasLoaded } from "../validate/manifest.js";
import { error } from "../diagnostic.js";

/**
 * Layers 2 and 3 on one Kubernetes object: the OpenAPI schema of the target version, the
 * semantic rules (which skip fields of the wrong type, so both layers report in one run), and
 * for a CronJob the schedule. Paths are manifest paths.
 */
export function checkManifest(obj: unknown, kubeVersion: KubeVersion, checkCron = true, now?: Date): Diagnostic[] {
  if (!manifestSchemasLoaded(kubeVersion)) {
    // Only the default version is loaded at import (each costs a few ms); the CLI loads its target.
    return [
      error(
        "version/not-loaded",
        [],
        `the Kubernetes ${kubeVersion} schemas are not loaded`,
        `await loadKubeVersion("${kubeVersion}") before compiling or validating for it`,
      ),
    ];
  }
  const diagnostics = checkManifestSchema(obj, { kubeVersion });
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) return diagnostics;
  const object = obj as K8sObject;
  diagnostics.push(...checkRules(object, { kubeVersion }));
  if (checkCron && object.kind === "CronJob") {
    const spec = object.spec as { schedule?: unknown; timeZone?: unknown } | undefined;
    diagnostics.push(
      ...checkSchedule(spec?.schedule, spec?.timeZone, { schedule: ["spec", "schedule"], timeZone: ["spec", "timeZone"] }, { now }),
    );
  }
  return diagnostics;
}
