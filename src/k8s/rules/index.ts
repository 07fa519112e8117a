// The Kubernetes semantic rules (PRODUCT §2, layer 2): what the OpenAPI schema cannot say, checked
// on rendered manifests as the API server checks them, no stricter. Where the API server accepts
// something dubious, or answers with a warning, the rule reports a warning.
import type { Diagnostic } from "../../diagnostic.js";
import type { K8sObject } from "../types.js";
import type { KubeVersion } from "../versions.js";
import { annotations } from "./annotations.js";
import { configMapData } from "./config-map-data.js";
import { containerImage } from "./container-image.js";
import { containerNames } from "./container-names.js";
import { containerPorts } from "./container-ports.js";
import { containerResources } from "./container-resources.js";
import { containerRestartPolicy } from "./container-restart-policy.js";
import { cronJobTemplate } from "./cron-job-template.js";
import { envNames } from "./env-names.js";
import { envSources } from "./env-sources.js";
import { jobCounts } from "./job-counts.js";
import { jobIndexed } from "./job-indexed.js";
import { jobManagedBy } from "./job-managed-by.js";
import { jobPodFailurePolicy } from "./job-pod-failure-policy.js";
import { jobRestartPolicy } from "./job-restart-policy.js";
import { jobSelector } from "./job-selector.js";
import { jobSuccessPolicy } from "./job-success-policy.js";
import { labels } from "./labels.js";
import { lifecycle } from "./lifecycle.js";
import { namespaceName } from "./namespace-name.js";
import { objectName } from "./object-name.js";
import { podSpec } from "./pod-spec.js";
import { podWarnings } from "./pod-warnings.js";
import { probes } from "./probes.js";
import { scheduling } from "./scheduling.js";
import { secretData } from "./secret-data.js";
import { securityContext } from "./security-context.js";
import type { Rule, RuleContext } from "./rule.js";
import { toTarget } from "./target.js";
import { tolerations } from "./tolerations.js";
import { volumeMounts } from "./volume-mounts.js";
import { volumes } from "./volumes.js";

export type { Rule, RuleContext } from "./rule.js";

/** Every rule, in the order their findings are reported: metadata, Job, pod, containers, data. */
export const RULES: readonly Rule[] = [
  objectName,
  namespaceName,
  labels,
  annotations,
  jobRestartPolicy,
  jobCounts,
  jobIndexed,
  jobPodFailurePolicy,
  jobSuccessPolicy,
  jobManagedBy,
  jobSelector,
  cronJobTemplate,
  podSpec,
  podWarnings,
  scheduling,
  securityContext,
  tolerations,
  volumes,
  containerNames,
  containerImage,
  containerRestartPolicy,
  envNames,
  envSources,
  containerResources,
  containerPorts,
  volumeMounts,
  probes,
  lifecycle,
  secretData,
  configMapData,
];

// Objects other than Jobs and CronJobs have no Job spec, pod or containers in their target
// (toTarget), so the rules that read those find nothing there: they are not run at all. About
// half the manifests a template renders are Secrets and ConfigMaps.
const METADATA_AND_DATA_RULES: ReadonlySet<Rule> = new Set([objectName, namespaceName, labels, annotations, secretData, configMapData]);
const OTHER_KINDS_RULES: readonly Rule[] = RULES.filter((rule) => METADATA_AND_DATA_RULES.has(rule));

// One context per version string, shared by every call (rules only read it).
const CONTEXTS = new Map<string, RuleContext>();

/** The rules' context for a version: "1.32" → minor 32, computed once per version string. */
function contextOf(kubeVersion: KubeVersion): RuleContext {
  let context = CONTEXTS.get(kubeVersion);
  if (context === undefined) {
    context = { kubeVersion, minor: Number(String(kubeVersion).split(".")[1] ?? 0) || 0 };
    if (CONTEXTS.size < 64) CONTEXTS.set(kubeVersion, context);
  }
  return context;
}

/**
 * Applies every rule to one rendered manifest (Job, CronJob, Secret, ConfigMap; other kinds get
 * the metadata rules only). Paths are relative to the object. Never throws on malformed input:
 * a rule that meets an unexpected type skips it, and the schema layer reports it.
 */
export function checkRules(obj: K8sObject, ctx: { kubeVersion: KubeVersion }): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) return out;
  const target = toTarget(obj);
  const ruleContext = contextOf(ctx.kubeVersion);
  const rules = target.kind === "Job" || target.kind === "CronJob" ? RULES : OTHER_KINDS_RULES;
  for (const rule of rules) rule.check(target, ruleContext, out);
  return out;
}
