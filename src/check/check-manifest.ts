import { checkRules } from "../k8s/rules/index.js";
import type { K8sObject } from "../k8s/types.js";
import type { KubeVersion } from "../k8s/versions.js";
import { checkSchedule } from "../schedule/index.js";
import type { Diagnostic, DiagnosticCode } from "../diagnostic.js";
import { checkManifestSchema, manifestSchemasLoaded } from "../validate/manifest.js";
import { decodeNulls } from "../validate/manifest-nulls.js";
import { error } from "../diagnostic.js";

/**
 * Schedule findings that are advice, not the API server's answer: `validate` leaves them out for
 * plain manifests (lint reports them; templates get them from check-template.ts).
 */
const SCHEDULE_ADVICE: ReadonlySet<DiagnosticCode> = new Set(["schedule/no-time-zone", "schedule/dst"]);

/** Schema findings a rule words better when it reports the same field (one mistake, one message). */
const SCHEMA_GENERIC: ReadonlySet<DiagnosticCode> = new Set(["schema/enum", "schema/required"]);

/**
 * What checkManifest does with a CronJob's schedule: nothing (a template's schedule is checked
 * on the template), the API server's verdict (`validate`), or that and the advice too (`lint`,
 * which reports the DST and missing-timeZone warnings on manifests as on templates).
 */
export type ScheduleChecks = "none" | "verdict" | "advice";

/**
 * Layers 2 and 3 on one Kubernetes object: the OpenAPI schema of the target version, the
 * semantic rules (which skip fields of the wrong type, so both layers report in one run), and
 * for a CronJob the schedule. Paths are manifest paths. The object is checked as the API server
 * decodes it: nulls are unset fields (manifest-nulls.ts).
 */
export function checkManifest(
  obj: unknown,
  kubeVersion: KubeVersion,
  scheduleChecks: ScheduleChecks = "verdict",
  now?: Date,
): Diagnostic[] {
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
  let decoded = obj;
  let schema = checkManifestSchema(obj, { kubeVersion });
  // A null the schema accepts (a Time) means what it says already: only a manifest with schema
  // errors can hold nulls that matter, so a valid one is never copied or walked a second time.
  if (isObject(obj) && schema.some((d) => d.severity === "error")) {
    decoded = decodeManifest(obj, kubeVersion);
    if (decoded !== obj) schema = checkManifestSchema(decoded, { kubeVersion });
  }
  if (typeof decoded !== "object" || decoded === null || Array.isArray(decoded)) return schema;
  const object = decoded as K8sObject;
  const specific = checkRules(object, { kubeVersion });
  if (scheduleChecks !== "none" && object.kind === "CronJob") {
    const spec = object.spec as { schedule?: unknown; timeZone?: unknown } | undefined;
    const schedule = checkSchedule(
      spec?.schedule,
      spec?.timeZone,
      { schedule: ["spec", "schedule"], timeZone: ["spec", "timeZone"] },
      { now },
    );
    specific.push(...(scheduleChecks === "advice" ? schedule : schedule.filter((d) => !SCHEDULE_ADVICE.has(d.code))));
  }
  return [...withoutRepeats(schema, specific), ...specific];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function decodeManifest(obj: Record<string, unknown>, kubeVersion: KubeVersion): Record<string, unknown> {
  return typeof obj.kind === "string" ? decodeNulls(obj.kind, obj, kubeVersion) : obj;
}

/**
 * The schema's generic errors, minus those at a field a rule or the schedule check reports an error
 * for. The rule's message is kept; when it has no hint, it takes the schema's (a did-you-mean).
 */
function withoutRepeats(schema: Diagnostic[], specific: Diagnostic[]): Diagnostic[] {
  if (specific.length === 0) return schema;
  const byField = new Map<string, Diagnostic>();
  for (const d of specific) if (d.severity === "error") byField.set(JSON.stringify(d.path), d);
  return schema.filter((d) => {
    const rule = SCHEMA_GENERIC.has(d.code) ? byField.get(JSON.stringify(d.path)) : undefined;
    if (rule === undefined) return true;
    if (rule.hint === undefined && d.hint !== undefined) rule.hint = d.hint;
    return false;
  });
}
