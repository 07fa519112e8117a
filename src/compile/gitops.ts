// GitOps (INTEGRATIONS.md §5): Jobs are immutable once created and deleted by their TTL, which a
// GitOps sync fights (`field is immutable`; a Job gone after its TTL is created, and run, again).
// These annotations tell each tool what to do instead. Only on Jobs: a CronJob is mutable, so a
// sync updates it in place, and the Jobs it starts are not the tool's objects.
import type { GitopsMode, JobTemplate } from "../template/types.js";
import type { CompileContext } from "./context.js";
import { inlineFilesConfigMapName } from "./files.js";
import type { OriginRecorder } from "./origins.js";
import { sha256Hex } from "./sha256.js";
import { inKeyOrder } from "./records.js";

export const GITOPS_ANNOTATIONS: Record<GitopsMode, Record<string, string>> = {
  // A Sync hook re-runs on every sync by design; BeforeHookCreation deletes the previous run first,
  // so the TTL and the sync no longer fight.
  "argocd-hook": { "argocd.argoproj.io/hook": "Sync", "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation" },
  "argocd-replace": { "argocd.argoproj.io/sync-options": "Replace=true" },
  flux: { "kustomize.toolkit.fluxcd.io/force": "Enabled" },
};

/** `-` and 8 hex digits: what `nameSuffix: hash` adds to a Job's name. */
export const NAME_HASH_LENGTH = 9;
/** A Job name is at most 63 characters (it becomes the job-name label of its pods). */
const JOB_NAME_MAX_LENGTH = 63;

/** Adds the mode's annotations to a Job's metadata; the template's own annotations win. */
export function addGitopsAnnotations(
  meta: Record<string, unknown>,
  t: JobTemplate,
  projectMode: GitopsMode | undefined,
  rec: OriginRecorder | undefined,
): void {
  const mode = t.gitops ?? projectMode;
  if (mode === undefined || mode === "none") return;
  const own = (meta.annotations as Record<string, string> | undefined) ?? {};
  meta.annotations = inKeyOrder({ ...GITOPS_ANNOTATIONS[mode], ...own });
  if (t.gitops !== undefined)
    for (const key of Object.keys(GITOPS_ANNOTATIONS[mode])) rec?.add(["metadata", "annotations", key], ["gitops"]);
}

/** The name budget with `nameSuffix: hash`, checked before anything is named. */
export function checkHashedName(t: JobTemplate, ctx: CompileContext): void {
  const max = JOB_NAME_MAX_LENGTH - NAME_HASH_LENGTH;
  if (t.nameSuffix === "hash" && typeof t.name === "string" && t.name.length > max) {
    ctx.error(
      "name/too-long",
      ["name"],
      `with nameSuffix: hash, a Job name must be no more than ${max} characters (this one has ${t.name.length}): the suffix adds ${NAME_HASH_LENGTH} and a Job name must fit in ${JOB_NAME_MAX_LENGTH}`,
      `shorten the name to ${max} characters or fewer`,
    );
  }
}

/**
 * `nameSuffix: hash`: the Job and its inline-files ConfigMap are named after their content. The
 * hash covers the Job's spec (with the ConfigMap's unsuffixed name) and the ConfigMap's data, so
 * a changed script is a new Job too; labels, annotations and Secrets stay out of it (they are
 * mutable, and a Secret's values do not belong in a name).
 */
export function nameByContent(
  job: Record<string, unknown>,
  filesConfigMap: Record<string, unknown> | undefined,
  templateName: string,
): void {
  const hash = sha256Hex(JSON.stringify([job.spec, filesConfigMap?.data ?? null])).slice(0, 8);
  (job.metadata as { name: string }).name = `${templateName}-${hash}`;
  if (filesConfigMap === undefined) return;
  const from = inlineFilesConfigMapName(templateName);
  const to = inlineFilesConfigMapName(`${templateName}-${hash}`);
  (filesConfigMap.metadata as { name: string }).name = to;
  const pod = (job.spec as { template?: { spec?: { volumes?: { configMap?: { name?: string } }[] } } }).template?.spec;
  for (const volume of pod?.volumes ?? []) if (volume.configMap?.name === from) volume.configMap.name = to;
}
