// Facts the bundled OpenAPI texts get wrong or leave out, applied by gen-schemas.ts. Each one
// names its source; keep this list short and sourced.
import { compareKubeVersions } from "../src/k8s/versions.ts";

/** A field's stage as gen-schemas.ts records it; `null` = generally available (no warning). */
export type StageFact = { stage: "alpha" | "beta"; gate: string; enabledByDefault: boolean } | null;

/**
 * Stage corrections by `group.version.Definition.field`, as [first version, stage from then on]. Descriptions
 * lag the feature gates (their stage sentences are rarely updated), so the warnings would be
 * stale. Source: the Kubernetes feature-gate reference (kubernetes.io/docs/reference/
 * command-line-tools-reference/feature-gates/) and the release notes of each minor version.
 */
export const STAGE_CORRECTIONS: Record<string, [since: string, stage: StageFact][]> = {
  // UserNamespacesSupport: beta (off) 1.30, on by default 1.33, GA 1.36.
  "core.v1.PodSpec.hostUsers": [
    ["1.29", { stage: "alpha", gate: "UserNamespacesSupport", enabledByDefault: false }],
    ["1.30", { stage: "beta", gate: "UserNamespacesSupport", enabledByDefault: false }],
    ["1.33", { stage: "beta", gate: "UserNamespacesSupport", enabledByDefault: true }],
    ["1.36", null],
  ],
  // PodLevelResources: alpha 1.32, beta and on by default 1.34.
  "core.v1.PodSpec.resources": [["1.34", { stage: "beta", gate: "PodLevelResources", enabledByDefault: true }]],
  // SupplementalGroupsPolicy: alpha 1.31, beta (on) 1.33, GA 1.35.
  "core.v1.PodSecurityContext.supplementalGroupsPolicy": [
    ["1.33", { stage: "beta", gate: "SupplementalGroupsPolicy", enabledByDefault: true }],
    ["1.35", null],
  ],
  // ContainerStopSignals: alpha since 1.33; the description has no stage sentence.
  "core.v1.Lifecycle.stopSignal": [["1.33", { stage: "alpha", gate: "ContainerStopSignals", enabledByDefault: false }]],
  // ProbeTerminationGracePeriod: GA in 1.28; the "beta" sentence was never removed.
  "core.v1.Probe.terminationGracePeriodSeconds": [["1.29", null]],
};

/**
 * Fields the OpenAPI marks required that the API server defaults before validating, so leaving
 * them out is accepted. Source: pkg/apis/batch/v1/defaults.go SetDefaults_Job sets
 * podFailurePolicy.rules[].onPodConditions[].status to True (the OpenAPI itself drops the
 * requirement from 1.35).
 */
export const DEFAULTED_REQUIRED: Record<string, string[]> = {
  "io.k8s.api.batch.v1.PodFailurePolicyOnPodConditionsPattern": ["status"],
};

/** The stage a correction table gives `version`, or undefined when it says nothing for it. */
export function correctedStage(corrections: [string, StageFact][], version: string): StageFact | undefined {
  let found: StageFact | undefined;
  for (const [since, stage] of corrections) if (compareKubeVersions(since, version) <= 0) found = stage;
  return found;
}
