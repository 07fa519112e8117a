import type { ScheduledJobTemplate } from "../template/types.js";
import type { CompileContext } from "./context.js";
import { compileJobSpec } from "./job.js";
import { objectLabels, objectMeta, recordLabels } from "./metadata.js";
import type { OriginRecorder } from "./origins.js";
import { sortKeys, hasKeys } from "./records.js";

const CRON_SPEC_FIELDS = [
  "schedule",
  "timeZone",
  "concurrencyPolicy",
  "startingDeadlineSeconds",
  "suspend",
  "successfulJobsHistoryLimit",
  "failedJobsHistoryLimit",
] as const satisfies readonly (keyof ScheduledJobTemplate)[];

/** A ScheduledJob → CronJob; the Job fields go to `spec.jobTemplate.spec`. */
export function compileCronJob(
  t: ScheduledJobTemplate,
  namespace: string | undefined,
  ctx: CompileContext,
  rec: OriginRecorder | undefined,
): Record<string, unknown> {
  rec?.add([], []);
  const spec: Record<string, unknown> = {};
  rec?.add(["spec"], []);
  for (const key of CRON_SPEC_FIELDS) {
    rec?.add(["spec", key], [key]);
    if (t[key] !== undefined) spec[key] = t[key];
  }
  // Labels (and annotations) also go on the jobTemplate, so every Job the CronJob creates carries them.
  const jobMeta: Record<string, unknown> = { labels: objectLabels(t) };
  recordLabels(rec?.at("spec", "jobTemplate", "metadata"), "labels", t.labels, undefined);
  if (t.annotations !== undefined && hasKeys(t.annotations)) {
    rec?.add(["spec", "jobTemplate", "metadata", "annotations"], ["annotations"]);
    jobMeta.annotations = sortKeys(t.annotations);
  }
  spec.jobTemplate = { metadata: jobMeta, spec: compileJobSpec(t, undefined, ctx, rec?.at("spec", "jobTemplate", "spec")) };
  return {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: objectMeta(t.name, t, namespace, ["name"], rec),
    spec,
  };
}
