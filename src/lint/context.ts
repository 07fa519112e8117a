import type { KubeVersion } from "../k8s/versions.js";
import type { PssLevel } from "./pss/check.js";

export interface LintContext {
  kubeVersion: KubeVersion;
  /** The minor version as a number (1.36 → 36). */
  minor: number;
  /** The Pod Security Standards level whose violations are errors (LINT.md §3; default baseline). */
  pss: PssLevel;
  /** Schedule rules look at the runs after this instant (unix ms). Pure: the caller passes the clock. */
  nowMs: number;
  /** How many CronJobs starting in one minute make `batch/same-minute` fire (default 3). */
  sameMinuteThreshold: number;
  /** The project's GitOps tool (config `gitops` or `--gitops`), when it names one. */
  gitops: "argocd-hook" | "argocd-replace" | "flux" | undefined;
}
