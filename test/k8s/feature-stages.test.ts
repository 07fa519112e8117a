// Feature stages per version, pinned: the warning `validate` gives for a gated field must match
// the feature-gate table of pkg/features/kube_features.go (scripts/k8s-corrections.ts cites it).
import { describe, expect, it } from "vitest";
import { FIELD_STAGES } from "../../src/k8s/generated/fields.js";

type Pin = "GA" | `alpha` | `beta on` | `beta off`;

/** [field, version, stage], where "GA" means no warning. */
const PINS: [string, string, Pin][] = [
  ["core.v1.PodSpec.resourceClaims", "1.29", "alpha"],
  ["core.v1.PodSpec.resourceClaims", "1.31", "alpha"],
  ["core.v1.PodSpec.resourceClaims", "1.32", "beta off"],
  ["core.v1.PodSpec.resourceClaims", "1.33", "beta off"],
  ["core.v1.PodSpec.resourceClaims", "1.34", "GA"],
  ["core.v1.ResourceRequirements.claims", "1.33", "beta off"],
  ["core.v1.ResourceRequirements.claims", "1.34", "GA"],
  ["core.v1.PodSpec.hostUsers", "1.29", "alpha"],
  ["core.v1.PodSpec.hostUsers", "1.30", "beta off"],
  ["core.v1.PodSpec.hostUsers", "1.33", "beta on"],
  ["core.v1.PodSpec.hostUsers", "1.36", "GA"],
  ["core.v1.SecurityContext.procMount", "1.29", "alpha"],
  ["core.v1.SecurityContext.procMount", "1.31", "beta off"],
  ["core.v1.SecurityContext.procMount", "1.33", "beta on"],
  ["core.v1.SecurityContext.procMount", "1.36", "GA"],
  ["core.v1.PodSpec.resources", "1.32", "alpha"],
  ["core.v1.PodSpec.resources", "1.34", "beta on"],
  ["core.v1.EnvVarSource.fileKeyRef", "1.34", "alpha"],
  ["core.v1.EnvVarSource.fileKeyRef", "1.35", "beta on"],
  ["core.v1.PodSpec.hostnameOverride", "1.34", "alpha"],
  ["core.v1.PodSpec.hostnameOverride", "1.36", "beta on"],
  ["core.v1.PersistentVolumeClaimSpec.dataSourceRef", "1.29", "beta on"],
  ["core.v1.PersistentVolumeClaimSpec.dataSourceRef", "1.33", "GA"],
  ["core.v1.PodAffinityTerm.matchLabelKeys", "1.30", "alpha"],
  ["core.v1.PodAffinityTerm.matchLabelKeys", "1.31", "beta on"],
  ["core.v1.PodAffinityTerm.matchLabelKeys", "1.33", "GA"],
  ["core.v1.PodSpec.schedulingGates", "1.29", "beta on"],
  ["core.v1.PodSpec.schedulingGates", "1.30", "GA"],
  ["core.v1.VolumeProjection.clusterTrustBundle", "1.32", "alpha"],
  ["core.v1.VolumeProjection.clusterTrustBundle", "1.33", "beta off"],
  ["core.v1.PodSecurityContext.seLinuxChangePolicy", "1.32", "alpha"],
  ["core.v1.PodSecurityContext.seLinuxChangePolicy", "1.33", "beta on"],
  ["core.v1.Volume.image", "1.31", "alpha"],
  ["core.v1.Volume.image", "1.33", "beta off"],
  ["core.v1.Volume.image", "1.35", "beta on"],
  ["core.v1.VolumeMount.recursiveReadOnly", "1.30", "alpha"],
  ["core.v1.VolumeMount.recursiveReadOnly", "1.31", "beta on"],
  ["core.v1.VolumeMount.recursiveReadOnly", "1.33", "GA"],
  ["core.v1.Container.resizePolicy", "1.32", "alpha"],
  ["core.v1.Container.resizePolicy", "1.33", "beta on"],
  ["core.v1.Container.resizePolicy", "1.35", "GA"],
  ["core.v1.LifecycleHandler.sleep", "1.29", "alpha"],
  ["core.v1.LifecycleHandler.sleep", "1.30", "beta on"],
  ["core.v1.LifecycleHandler.sleep", "1.34", "GA"],
  ["core.v1.Container.restartPolicy", "1.29", "beta on"],
  ["core.v1.Container.restartPolicy", "1.33", "GA"],
  ["core.v1.Container.restartPolicyRules", "1.34", "alpha"],
  ["core.v1.Container.restartPolicyRules", "1.35", "beta on"],
  ["core.v1.SecurityContext.appArmorProfile", "1.30", "beta on"],
  ["core.v1.SecurityContext.appArmorProfile", "1.31", "GA"],
  ["core.v1.PodSpec.workloadRef", "1.35", "alpha"],
  ["core.v1.PodSpec.schedulingGroup", "1.36", "alpha"],
  ["core.v1.Lifecycle.stopSignal", "1.36", "alpha"],
  ["core.v1.PodSecurityContext.supplementalGroupsPolicy", "1.31", "alpha"],
  ["core.v1.PodSecurityContext.supplementalGroupsPolicy", "1.33", "beta on"],
  ["core.v1.PodSecurityContext.supplementalGroupsPolicy", "1.35", "GA"],
  ["batch.v1.JobSpec.managedBy", "1.30", "alpha"],
  ["batch.v1.JobSpec.managedBy", "1.32", "beta on"],
  ["batch.v1.JobSpec.managedBy", "1.35", "GA"],
  ["batch.v1.JobSpec.successPolicy", "1.30", "alpha"],
  ["batch.v1.JobSpec.successPolicy", "1.31", "beta on"],
  ["batch.v1.JobSpec.successPolicy", "1.33", "GA"],
  ["batch.v1.JobSpec.backoffLimitPerIndex", "1.32", "beta on"],
  ["batch.v1.JobSpec.backoffLimitPerIndex", "1.33", "GA"],
  ["batch.v1.JobSpec.podReplacementPolicy", "1.33", "beta on"],
  ["batch.v1.JobSpec.podReplacementPolicy", "1.34", "GA"],
  ["batch.v1.JobSpec.podFailurePolicy", "1.30", "beta on"],
  ["batch.v1.JobSpec.podFailurePolicy", "1.31", "GA"],
  ["core.v1.TopologySpreadConstraint.matchLabelKeys", "1.36", "beta on"],
  ["core.v1.TopologySpreadConstraint.minDomains", "1.29", "beta on"],
  ["core.v1.TopologySpreadConstraint.minDomains", "1.30", "GA"],
];

function stageOf(field: string, version: string): Pin {
  const s = FIELD_STAGES[field]?.[version];
  if (!s) return "GA";
  if (s.stage === "alpha") return "alpha";
  if (s.stage === "beta") return s.enabledByDefault ? "beta on" : "beta off";
  return `gated ${s.gate}` as Pin;
}

describe("feature stages match the feature-gate table", () => {
  it.each(PINS)("%s in %s: %s", (field, version, stage) => {
    expect(stageOf(field, version)).toBe(stage);
  });

  it("no field is left as merely 'gated' (a gate named without a stage)", () => {
    const gated = Object.entries(FIELD_STAGES).flatMap(([field, byVersion]) =>
      Object.entries(byVersion)
        .filter(([, s]) => s.stage === "gated")
        .map(([v]) => `${field} ${v}`),
    );
    expect(gated).toEqual([]);
  });

  it("a beta stage always says whether the gate is on by default", () => {
    const unknown = Object.entries(FIELD_STAGES).flatMap(([field, byVersion]) =>
      Object.entries(byVersion)
        .filter(([, s]) => s.stage === "beta" && s.enabledByDefault === undefined && !field.includes("Status."))
        .map(([v]) => `${field} ${v}`),
    );
    expect(unknown).toEqual([]);
  });
});
