import type { GitopsMode, JobFields, JobTemplate } from "../template/types.js";
import type { CompileContext } from "./context.js";
import { addGitopsAnnotations } from "./gitops.js";
import { objectMeta } from "./metadata.js";
import type { OriginRecorder } from "./origins.js";
import { compilePodTemplate } from "./pod-spec.js";

/** JobSpec fields: template word → Kubernetes word, in the order we write them (the pod template last). */
const JOB_SPEC_FIELDS = [
  ["parallelism", "parallelism"],
  ["completions", "completions"],
  ["completionMode", "completionMode"],
  ["backoffLimit", "backoffLimit"],
  ["backoffLimitPerIndex", "backoffLimitPerIndex"],
  ["maxFailedIndexes", "maxFailedIndexes"],
  ["activeDeadlineSeconds", "activeDeadlineSeconds"],
  ["cleanupAfterSeconds", "ttlSecondsAfterFinished"],
  ["podReplacementPolicy", "podReplacementPolicy"],
  ["podFailurePolicy", "podFailurePolicy"],
  ["successPolicy", "successPolicy"],
  ["managedBy", "managedBy"],
] as const satisfies readonly (readonly [keyof JobFields, string])[];

/** The JobSpec shared by a Job and a CronJob's jobTemplate. `suspend` is the Job's own only for kind Job. */
export function compileJobSpec(
  t: JobFields,
  suspend: boolean | undefined,
  ctx: CompileContext,
  rec: OriginRecorder | undefined,
): Record<string, unknown> {
  const spec: Record<string, unknown> = {};
  // Recorded present or not: a rule may name a missing field (`completions` for an Indexed Job).
  rec?.add([], []);
  for (const [from, to] of JOB_SPEC_FIELDS) {
    rec?.add([to], [from]);
    if (t[from] !== undefined) spec[to] = t[from];
  }
  if (suspend !== undefined) {
    rec?.add(["suspend"], ["suspend"]);
    spec.suspend = suspend;
  }
  spec.template = compilePodTemplate(t, ctx, rec?.at("template"));
  return spec;
}

export function compileJob(
  t: JobTemplate,
  namespace: string | undefined,
  gitops: GitopsMode | undefined,
  ctx: CompileContext,
  rec: OriginRecorder | undefined,
): Record<string, unknown> {
  rec?.add([], []);
  const metadata = objectMeta(t.name, t, namespace, ["name"], rec);
  addGitopsAnnotations(metadata, t, gitops, rec);
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata,
    spec: compileJobSpec(t, t.suspend, ctx, rec?.at("spec")),
  };
}
