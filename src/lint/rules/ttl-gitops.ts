import { asRecord } from "../../k8s/rules/util.js";
import type { LintRule } from "./rule.js";

/** The annotations INTEGRATIONS.md §5 emits: any one of them settles the Job with its GitOps tool. */
function settled(annotations: Record<string, unknown> | undefined): boolean {
  if (annotations === undefined) return false;
  const syncOptions = annotations["argocd.argoproj.io/sync-options"];
  return (
    typeof annotations["argocd.argoproj.io/hook"] === "string" ||
    (typeof syncOptions === "string" && syncOptions.split(",").some((o) => o.trim() === "Replace=true")) ||
    annotations["kustomize.toolkit.fluxcd.io/force"] === "Enabled"
  );
}

/** Whether an object says it is synced by Argo CD or Flux (their annotations or tracking labels). */
function managedByGitops(metadata: Record<string, unknown> | undefined): boolean {
  const keys = [...Object.keys(asRecord(metadata?.annotations) ?? {}), ...Object.keys(asRecord(metadata?.labels) ?? {})];
  return keys.some((k) => k.startsWith("argocd.argoproj.io/") || k.startsWith("kustomize.toolkit.fluxcd.io/"));
}

const MANIFEST_HINT =
  "annotate the Job for your tool: argocd.argoproj.io/hook: Sync with argocd.argoproj.io/hook-delete-policy: BeforeHookCreation, argocd.argoproj.io/sync-options: Replace=true, or kustomize.toolkit.fluxcd.io/force: Enabled";

export const ttlGitops: LintRule = {
  id: "batch/ttl-gitops",
  level: "warning",
  rationale:
    "A GitOps sync fights a Job: a changed Job fails to sync (field is immutable), and one deleted by its TTL looks missing, so auto-sync creates it again and it runs again.",
  hint: "set gitops: argocd-hook, argocd-replace or flux (template, config or --gitops) so kubejobs adds the annotations your tool needs",
  check(t, ctx, report) {
    if (t.kind !== "Job" || t.jobSpec === undefined || t.jobSpec.ttlSecondsAfterFinished === undefined) return;
    const metadata = asRecord(t.metadata);
    if (ctx.gitops === undefined && !managedByGitops(metadata)) return;
    if (settled(asRecord(metadata?.annotations))) return;
    report({
      path: [...t.jobSpecPath, "ttlSecondsAfterFinished"],
      message:
        "this Job is cleaned up by its TTL under a GitOps sync without the annotations that stop the sync from creating it again (it would run again)",
      // A plain manifest gets no annotations from kubejobs: it needs them written in.
      ...(t.fromTemplate ? {} : { hint: MANIFEST_HINT }),
    });
  },
};
