// Facts the bundled OpenAPI texts get wrong or leave out, applied by gen-schemas.ts. Each one
// names its source; keep this list short and sourced.
import { compareKubeVersions } from "../src/k8s/versions.ts";

/** A field's stage as gen-schemas.ts records it; `null` = generally available (no warning). */
export type StageFact = { stage: "alpha" | "beta"; gate: string; enabledByDefault: boolean } | null;

/**
 * Stage corrections by `group.version.Definition.field`, as [first version, stage from then on]. The
 * descriptions lag the feature gates (their stage sentences are rarely updated, and many gated
 * fields have none), so every field the generated table warns about is checked here against the
 * feature-gate table of pkg/features/kube_features.go (`defaultVersionedKubernetesFeatureGates`,
 * kubernetes/kubernetes master of late 2025: versioned specs up to 1.35 and the first 1.36 entries).
 * A stage holds until the next entry; `null` = generally available (no warning). Changes in 1.36
 * that the snapshot lacks come from the 1.36 OpenAPI texts and release notes, named where used.
 */
export const STAGE_CORRECTIONS: Record<string, [since: string, stage: StageFact][]> = {
  // UserNamespacesSupport: alpha 1.25, beta (off) 1.30, beta (on) 1.33; GA in 1.36 (1.36 release
  // notes: "User Namespaces ... graduated to stable"; the 1.36 description has no gate sentence).
  "core.v1.PodSpec.hostUsers": [
    ["1.29", { stage: "alpha", gate: "UserNamespacesSupport", enabledByDefault: false }],
    ["1.30", { stage: "beta", gate: "UserNamespacesSupport", enabledByDefault: false }],
    ["1.33", { stage: "beta", gate: "UserNamespacesSupport", enabledByDefault: true }],
    ["1.36", null],
  ],
  // PodLevelResources: alpha 1.32, beta (on) 1.34.
  "core.v1.PodSpec.resources": [
    ["1.32", { stage: "alpha", gate: "PodLevelResources", enabledByDefault: false }],
    ["1.34", { stage: "beta", gate: "PodLevelResources", enabledByDefault: true }],
  ],
  // SupplementalGroupsPolicy: alpha 1.31, beta (on) 1.33, GA 1.35.
  "core.v1.PodSecurityContext.supplementalGroupsPolicy": [
    ["1.31", { stage: "alpha", gate: "SupplementalGroupsPolicy", enabledByDefault: false }],
    ["1.33", { stage: "beta", gate: "SupplementalGroupsPolicy", enabledByDefault: true }],
    ["1.35", null],
  ],
  // ContainerStopSignals: alpha since 1.33; the description has no stage sentence.
  "core.v1.Lifecycle.stopSignal": [["1.33", { stage: "alpha", gate: "ContainerStopSignals", enabledByDefault: false }]],
  // ProbeTerminationGracePeriod: GA in 1.28; the "beta" sentence was never removed.
  "core.v1.Probe.terminationGracePeriodSeconds": [["1.29", null]],
  // DynamicResourceAllocation: alpha 1.26, beta (off) 1.32, GA (on) 1.34. The descriptions said
  // "alpha" until 1.34.
  "core.v1.PodSpec.resourceClaims": [
    ["1.29", { stage: "alpha", gate: "DynamicResourceAllocation", enabledByDefault: false }],
    ["1.32", { stage: "beta", gate: "DynamicResourceAllocation", enabledByDefault: false }],
    ["1.34", null],
  ],
  "core.v1.ResourceRequirements.claims": [
    ["1.29", { stage: "alpha", gate: "DynamicResourceAllocation", enabledByDefault: false }],
    ["1.32", { stage: "beta", gate: "DynamicResourceAllocation", enabledByDefault: false }],
    ["1.34", null],
  ],
  // EnvFiles: alpha 1.34, beta (on) 1.35. The description names the gate but no stage.
  "core.v1.EnvVarSource.fileKeyRef": [
    ["1.34", { stage: "alpha", gate: "EnvFiles", enabledByDefault: false }],
    ["1.35", { stage: "beta", gate: "EnvFiles", enabledByDefault: true }],
  ],
  // HostnameOverride: alpha 1.34, beta (on) 1.35.
  "core.v1.PodSpec.hostnameOverride": [
    ["1.34", { stage: "alpha", gate: "HostnameOverride", enabledByDefault: false }],
    ["1.35", { stage: "beta", gate: "HostnameOverride", enabledByDefault: true }],
  ],
  // AnyVolumeDataSource: beta (on) 1.24, GA 1.33.
  "core.v1.PersistentVolumeClaimSpec.dataSourceRef": [
    ["1.29", { stage: "beta", gate: "AnyVolumeDataSource", enabledByDefault: true }],
    ["1.33", null],
  ],
  // MatchLabelKeysInPodAffinity: alpha 1.29, beta (on) 1.31, GA 1.33.
  "core.v1.PodAffinityTerm.matchLabelKeys": [
    ["1.29", { stage: "alpha", gate: "MatchLabelKeysInPodAffinity", enabledByDefault: false }],
    ["1.31", { stage: "beta", gate: "MatchLabelKeysInPodAffinity", enabledByDefault: true }],
    ["1.33", null],
  ],
  "core.v1.PodAffinityTerm.mismatchLabelKeys": [
    ["1.29", { stage: "alpha", gate: "MatchLabelKeysInPodAffinity", enabledByDefault: false }],
    ["1.31", { stage: "beta", gate: "MatchLabelKeysInPodAffinity", enabledByDefault: true }],
    ["1.33", null],
  ],
  // PodSchedulingReadiness: beta (on) 1.27, GA 1.30.
  "core.v1.PodSpec.schedulingGates": [
    ["1.29", { stage: "beta", gate: "PodSchedulingReadiness", enabledByDefault: true }],
    ["1.30", null],
  ],
  // ClusterTrustBundleProjection: alpha 1.29, beta (still off) 1.33.
  "core.v1.VolumeProjection.clusterTrustBundle": [
    ["1.29", { stage: "alpha", gate: "ClusterTrustBundleProjection", enabledByDefault: false }],
    ["1.33", { stage: "beta", gate: "ClusterTrustBundleProjection", enabledByDefault: false }],
  ],
  // ProcMountType: alpha since 1.12, beta (off) 1.31, beta (on) 1.33. The 1.36 description drops
  // "This requires the ProcMountType feature flag to be enabled" (the feature is GA there).
  "core.v1.SecurityContext.procMount": [
    ["1.29", { stage: "alpha", gate: "ProcMountType", enabledByDefault: false }],
    ["1.31", { stage: "beta", gate: "ProcMountType", enabledByDefault: false }],
    ["1.33", { stage: "beta", gate: "ProcMountType", enabledByDefault: true }],
    ["1.36", null],
  ],
  // SELinuxChangePolicy: alpha 1.32, beta (on) 1.33.
  "core.v1.PodSecurityContext.seLinuxChangePolicy": [
    ["1.32", { stage: "alpha", gate: "SELinuxChangePolicy", enabledByDefault: false }],
    ["1.33", { stage: "beta", gate: "SELinuxChangePolicy", enabledByDefault: true }],
  ],
  // ImageVolume: alpha 1.31, beta (off) 1.33, beta (on) 1.35.
  "core.v1.Volume.image": [
    ["1.31", { stage: "alpha", gate: "ImageVolume", enabledByDefault: false }],
    ["1.33", { stage: "beta", gate: "ImageVolume", enabledByDefault: false }],
    ["1.35", { stage: "beta", gate: "ImageVolume", enabledByDefault: true }],
  ],
  // RecursiveReadOnlyMounts: alpha 1.30, beta (on) 1.31, GA 1.33.
  "core.v1.VolumeMount.recursiveReadOnly": [
    ["1.30", { stage: "alpha", gate: "RecursiveReadOnlyMounts", enabledByDefault: false }],
    ["1.31", { stage: "beta", gate: "RecursiveReadOnlyMounts", enabledByDefault: true }],
    ["1.33", null],
  ],
  // InPlacePodVerticalScaling: alpha 1.27, beta (on) 1.33, GA 1.35.
  "core.v1.Container.resizePolicy": [
    ["1.29", { stage: "alpha", gate: "InPlacePodVerticalScaling", enabledByDefault: false }],
    ["1.33", { stage: "beta", gate: "InPlacePodVerticalScaling", enabledByDefault: true }],
    ["1.35", null],
  ],
  // PodLifecycleSleepAction: alpha 1.29, beta (on) 1.30, GA 1.34.
  "core.v1.LifecycleHandler.sleep": [
    ["1.29", { stage: "alpha", gate: "PodLifecycleSleepAction", enabledByDefault: false }],
    ["1.30", { stage: "beta", gate: "PodLifecycleSleepAction", enabledByDefault: true }],
    ["1.34", null],
  ],
  // SidecarContainers (a container restartPolicy): beta (on) 1.29, GA 1.33.
  "core.v1.Container.restartPolicy": [
    ["1.29", { stage: "beta", gate: "SidecarContainers", enabledByDefault: true }],
    ["1.33", null],
  ],
  // ContainerRestartRules: alpha 1.34, beta (on) 1.35.
  "core.v1.Container.restartPolicyRules": [
    ["1.34", { stage: "alpha", gate: "ContainerRestartRules", enabledByDefault: false }],
    ["1.35", { stage: "beta", gate: "ContainerRestartRules", enabledByDefault: true }],
  ],
  // PodCertificateRequest: alpha 1.34, beta (still off) 1.35.
  "core.v1.VolumeProjection.podCertificate": [
    ["1.34", { stage: "alpha", gate: "PodCertificateRequest", enabledByDefault: false }],
    ["1.35", { stage: "beta", gate: "PodCertificateRequest", enabledByDefault: false }],
  ],
  // AppArmorFields: beta (on) 1.30, GA 1.31.
  "core.v1.PodSecurityContext.appArmorProfile": [
    ["1.30", { stage: "beta", gate: "AppArmorFields", enabledByDefault: true }],
    ["1.31", null],
  ],
  "core.v1.SecurityContext.appArmorProfile": [
    ["1.30", { stage: "beta", gate: "AppArmorFields", enabledByDefault: true }],
    ["1.31", null],
  ],
  // VolumeAttributesClass: alpha 1.29, beta (off) 1.31, GA 1.34.
  "core.v1.PersistentVolumeClaimSpec.volumeAttributesClassName": [
    ["1.29", { stage: "alpha", gate: "VolumeAttributesClass", enabledByDefault: false }],
    ["1.31", { stage: "beta", gate: "VolumeAttributesClass", enabledByDefault: false }],
    ["1.34", null],
  ],
  // GenericWorkload: alpha 1.35 (workloadRef, 1.35 only), still alpha in 1.36 (schedulingGroup,
  // 1.36; the Workload and PodGroup APIs reach beta in 1.37).
  "core.v1.PodSpec.workloadRef": [["1.35", { stage: "alpha", gate: "GenericWorkload", enabledByDefault: false }]],
  "core.v1.PodSpec.schedulingGroup": [["1.36", { stage: "alpha", gate: "GenericWorkload", enabledByDefault: false }]],
};

/**
 * What the API server requires. The OpenAPI `required` lists are documentation: the API server
 * never checks them (kubectl's strict validation only refuses unknown and duplicate fields). It
 * refuses what its validation code refuses, and that code treats an empty value as a missing one
 * (`len(x) == 0` → `field.Required`). gen-schemas.ts replaces every OpenAPI `required` list with
 * this table: a field here must be present, and a string or list must not be empty
 * ("" and [] are reported as `schema/required`), unless `empty` names the rule that reports the
 * empty value with a more specific message, or `by` names what checks the field instead of the
 * schema. Every field the OpenAPI requires is either here or in NOT_REQUIRED (the generator
 * refuses an unclassified one), so a new Kubernetes version cannot slip a requirement in unseen.
 *
 * Sources: `core` = pkg/apis/core/validation/validation.go, `batch` =
 * pkg/apis/batch/validation/validation.go (kubernetes master, 2025–2026), by function name.
 * Fields required only under a condition (a handler type, `nameservers` with dnsPolicy None, one
 * of two fields) are rules in src/k8s/rules, not entries here.
 */
export interface Requirement {
  source: string;
  /** The rule that reports an empty value (the schema then checks presence only). */
  empty?: string;
  /** What checks both absence and emptiness instead of the schema (the schema leaves it out). */
  by?: string;
}

const core = (fn: string): Requirement => ({ source: `core ${fn}` });
const batch = (fn: string): Requirement => ({ source: `batch ${fn}` });

export const REQUIRED: Record<string, Record<string, Requirement>> = {
  "io.k8s.api.batch.v1.CronJob": { spec: batch("ValidateCronJobSpec: an absent spec has no schedule (Required)") },
  "io.k8s.api.batch.v1.CronJobSpec": {
    schedule: { source: "batch ValidateCronJobSpec (len == 0)", by: "src/schedule/check-schedule.ts (schedule/required, schedule/*)" },
    jobTemplate: batch("ValidateJobTemplateSpec: an absent jobTemplate has no pod template, whose containers are Required"),
  },
  "io.k8s.api.batch.v1.Job": { spec: batch("validateJobSpec: an absent spec has no pod template, whose containers are Required") },
  "io.k8s.api.batch.v1.JobSpec": { template: batch("validateJobSpec → ValidatePodTemplateSpec: an absent template has no containers") },
  "io.k8s.api.batch.v1.JobTemplateSpec": { spec: batch("ValidateJobTemplateSpec: an absent spec has no pod template") },
  "io.k8s.api.core.v1.PodTemplateSpec": { spec: core("ValidatePodTemplateSpec → validateContainers (len == 0)") },
  "io.k8s.api.batch.v1.PodFailurePolicyRule": {
    action: { ...batch('validatePodFailurePolicyRule (action == "")'), empty: "job-pod-failure-policy.ts" },
  },
  "io.k8s.api.batch.v1.PodFailurePolicyOnExitCodesRequirement": {
    operator: { ...batch('validatePodFailurePolicyRuleOnExitCodes (operator == "")'), empty: "job-pod-failure-policy.ts" },
    values: { ...batch('validatePodFailurePolicyRuleOnExitCodes ("at least one value is required")'), empty: "job-pod-failure-policy.ts" },
  },
  "io.k8s.api.batch.v1.PodFailurePolicyOnPodConditionsPattern": {
    type: { ...batch("validatePodFailurePolicyRuleOnPodConditions (ValidateQualifiedName)"), empty: "job-pod-failure-policy.ts" },
  },
  "io.k8s.api.batch.v1.SuccessPolicy": {
    rules: { ...batch("validateSuccessPolicy (len == 0)"), empty: "job-success-policy.ts" },
  },
  "io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource": { volumeID: core("validateAWSElasticBlockStoreVolumeSource") },
  "io.k8s.api.core.v1.AppArmorProfile": { type: core('ValidateAppArmorProfileField (type == "")') },
  "io.k8s.api.core.v1.AzureDiskVolumeSource": { diskName: core("validateAzureDisk"), diskURI: core("validateAzureDisk") },
  "io.k8s.api.core.v1.AzureFileVolumeSource": { secretName: core("validateAzureFile"), shareName: core("validateAzureFile") },
  "io.k8s.api.core.v1.CSIVolumeSource": { driver: core("ValidateCSIDriverName (len == 0)") },
  "io.k8s.api.core.v1.CephFSVolumeSource": { monitors: core("validateCephFSVolumeSource") },
  "io.k8s.api.core.v1.CinderVolumeSource": { volumeID: core("validateCinderVolumeSource") },
  "io.k8s.api.core.v1.ClusterTrustBundleProjection": { path: core('validateProjectionSources (path == "")') },
  "io.k8s.api.core.v1.ConfigMapEnvSource": {
    name: { ...core("validateConfigMapEnvSource"), by: "env-sources.ts (env/invalid-reference)" },
  },
  "io.k8s.api.core.v1.ConfigMapKeySelector": { key: { ...core("validateConfigMapKeySelector"), empty: "env-sources.ts" } },
  "io.k8s.api.core.v1.ConfigMapProjection": { name: core("validateProjectionSources (len(source.ConfigMap.Name) == 0)") },
  "io.k8s.api.core.v1.ConfigMapVolumeSource": {
    name: { ...core("validateConfigMapVolumeSource"), by: "volumes.ts (volume/missing-reference)" },
  },
  "io.k8s.api.core.v1.Container": {
    name: core("validateContainerCommon (len == 0)"),
    image: { ...core("validateContainerCommon (len == 0)"), by: "container-image.ts (container/image-required)" },
  },
  "io.k8s.api.core.v1.ContainerPort": { containerPort: { ...core("validateContainerPorts (== 0)"), empty: "container-ports.ts" } },
  "io.k8s.api.core.v1.ContainerResizePolicy": {
    resourceName: core('validateResizePolicy ("" → Required)'),
    restartPolicy: core('validateResizePolicy ("" → Required)'),
  },
  "io.k8s.api.core.v1.DownwardAPIVolumeFile": { path: { ...core("validateDownwardAPIVolumeFile"), empty: "volumes.ts" } },
  "io.k8s.api.core.v1.EnvVar": { name: { ...core("ValidateEnv (len == 0)"), empty: "env-names.ts" } },
  "io.k8s.api.core.v1.EphemeralContainer": { name: core("validateContainerCommon (len == 0)") },
  "io.k8s.api.core.v1.FlexVolumeSource": { driver: core("validateFlexVolumeSource") },
  "io.k8s.api.core.v1.GCEPersistentDiskVolumeSource": { pdName: core("validateGCEPersistentDiskVolumeSource") },
  "io.k8s.api.core.v1.GRPCAction": { port: { ...core("validateGRPCAction: an absent port is 0, not a valid port"), empty: "probes.ts" } },
  "io.k8s.api.core.v1.GitRepoVolumeSource": { repository: core("validateGitRepoVolumeSource") },
  "io.k8s.api.core.v1.GlusterfsVolumeSource": {
    endpoints: core("validateGlusterfsVolumeSource"),
    path: core("validateGlusterfsVolumeSource"),
  },
  "io.k8s.api.core.v1.HTTPGetAction": { port: { ...core("ValidatePortNumOrName: an absent port is 0"), empty: "handlers.ts" } },
  "io.k8s.api.core.v1.HTTPHeader": { name: { ...core("validateHTTPGetAction (IsHTTPHeaderName)"), empty: "handlers.ts" } },
  "io.k8s.api.core.v1.HostAlias": { ip: { ...core('ValidateHostAliases (IsValidIP of "")'), empty: "pod-spec.ts" } },
  "io.k8s.api.core.v1.HostPathVolumeSource": {
    path: { ...core("validateHostPathVolumeSource"), by: "volumes.ts (volume/missing-reference)" },
  },
  "io.k8s.api.core.v1.ISCSIVolumeSource": { targetPortal: core("validateISCSIVolumeSource"), iqn: core("validateISCSIVolumeSource") },
  "io.k8s.api.core.v1.KeyToPath": {
    key: { ...core("validateKeyToPath"), by: "volumes.ts (volume/item-key)" },
    path: { ...core("validateKeyToPath"), by: "volumes.ts (volume/item-path)" },
  },
  "io.k8s.api.core.v1.NFSVolumeSource": { server: core("validateNFSVolumeSource"), path: core("validateNFSVolumeSource") },
  "io.k8s.api.core.v1.NodeSelector": { nodeSelectorTerms: core('ValidateNodeSelector ("must have at least one node selector term")') },
  "io.k8s.api.core.v1.NodeSelectorRequirement": {
    key: core('ValidateNodeSelectorRequirement (ValidateLabelName of "")'),
    operator: core('ValidateNodeSelectorRequirement ("not a valid selector operator")'),
  },
  "io.k8s.api.core.v1.ObjectFieldSelector": { fieldPath: core("validateObjectFieldSelector (len == 0)") },
  "io.k8s.api.core.v1.PersistentVolumeClaimTemplate": {
    spec: core("ValidatePersistentVolumeClaimTemplate: an absent spec has no accessModes (Required)"),
  },
  "io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource": {
    claimName: { ...core("validatePersistentClaimVolumeSource"), by: "volumes.ts (volume/missing-reference)" },
  },
  "io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource": { pdID: core("validatePhotonPersistentDiskVolumeSource") },
  "io.k8s.api.core.v1.PodAffinityTerm": { topologyKey: core('validatePodAffinityTerm ("can not be empty")') },
  "io.k8s.api.core.v1.PodDNSConfigOption": {
    name: { ...core('validatePodDNSConfig ("must not be empty")'), by: "pod-spec.ts (pod/dns-config)" },
  },
  "io.k8s.api.core.v1.PodOS": { name: core('validateOS ("cannot be empty")') },
  "io.k8s.api.core.v1.PodReadinessGate": { conditionType: core('validateReadinessGates (ValidateQualifiedName of "")') },
  "io.k8s.api.core.v1.PodResourceClaim": { name: core('validatePodResourceClaim (name == "")') },
  "io.k8s.api.core.v1.PodSchedulingGate": { name: core('validateSchedulingGates (ValidateQualifiedName of "")') },
  "io.k8s.api.core.v1.PodSpec": { containers: core("validateContainers (len == 0)") },
  "io.k8s.api.core.v1.PortworxVolumeSource": { volumeID: core("validatePortworxVolumeSource") },
  "io.k8s.api.core.v1.PreferredSchedulingTerm": {
    weight: { ...core("ValidatePreferredSchedulingTerms: 0 is outside 1-100"), empty: "scheduling.ts" },
  },
  "io.k8s.api.core.v1.QuobyteVolumeSource": { registry: core("validateQuobyteVolumeSource"), volume: core("validateQuobyteVolumeSource") },
  "io.k8s.api.core.v1.RBDVolumeSource": { monitors: core("validateRBDVolumeSource"), image: core("validateRBDVolumeSource") },
  "io.k8s.api.core.v1.ResourceClaim": { name: core('validateResourceClaimNames (name == "")') },
  "io.k8s.api.core.v1.ResourceFieldSelector": { resource: core("validateContainerResourceFieldSelector (len == 0)") },
  "io.k8s.api.core.v1.ScaleIOVolumeSource": {
    gateway: core("validateScaleIOVolumeSource"),
    system: core("validateScaleIOVolumeSource"),
    volumeName: core("validateScaleIOVolumeSource"),
  },
  "io.k8s.api.core.v1.SeccompProfile": { type: core('validateSeccompProfileType ("type is required when seccompProfile is set")') },
  "io.k8s.api.core.v1.SecretEnvSource": { name: { ...core("validateSecretEnvSource"), by: "env-sources.ts (env/invalid-reference)" } },
  "io.k8s.api.core.v1.SecretKeySelector": { key: { ...core("validateSecretKeySelector"), empty: "env-sources.ts" } },
  "io.k8s.api.core.v1.SecretProjection": { name: core("validateProjectionSources (len(source.Secret.Name) == 0)") },
  "io.k8s.api.core.v1.SecretVolumeSource": {
    secretName: { ...core("validateSecretVolumeSource"), by: "volumes.ts (volume/missing-reference)" },
  },
  "io.k8s.api.core.v1.ServiceAccountTokenProjection": { path: { ...core('validateProjectionSources (Path == "")'), empty: "volumes.ts" } },
  "io.k8s.api.core.v1.StorageOSVolumeSource": { volumeName: core("validateStorageOSVolumeSource") },
  "io.k8s.api.core.v1.Sysctl": { name: core("validateSysctls (len == 0)") },
  "io.k8s.api.core.v1.TCPSocketAction": { port: { ...core("validateTCPSocketAction: an absent port is 0"), empty: "handlers.ts" } },
  "io.k8s.api.core.v1.TopologySpreadConstraint": {
    maxSkew: { ...core("ValidateMaxSkew: an absent maxSkew is 0, not positive"), empty: "scheduling.ts" },
    topologyKey: core('ValidateTopologyKey ("can not be empty")'),
    whenUnsatisfiable: { ...core('ValidateWhenUnsatisfiable ("" is not supported)'), empty: "the schema's enum" },
  },
  "io.k8s.api.core.v1.Volume": { name: core("ValidateVolumes (len == 0)") },
  "io.k8s.api.core.v1.VolumeDevice": {
    name: core("ValidateVolumeDevices (len == 0)"),
    devicePath: core("ValidateVolumeDevices (len == 0)"),
  },
  "io.k8s.api.core.v1.VolumeMount": {
    name: core("ValidateVolumeMounts (len == 0)"),
    mountPath: { ...core("ValidateVolumeMounts (len == 0)"), empty: "volume-mounts.ts" },
  },
  "io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource": { volumePath: core("validateVsphereVolumeSource") },
  "io.k8s.api.core.v1.WeightedPodAffinityTerm": {
    weight: { ...core("validateWeightedPodAffinityTerms: 0 is outside 1-100"), empty: "scheduling.ts" },
    podAffinityTerm: core("validatePodAffinityTerm: an absent term has no topologyKey (Required)"),
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement": {
    key: core('ValidateLabelSelectorRequirement (ValidateLabelName of "")'),
    operator: core('ValidateLabelSelectorRequirement ("not a valid selector operator")'),
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference": {
    apiVersion: core('ValidateOwnerReferences ("version must not be empty")'),
    kind: core('ValidateOwnerReferences ("kind must not be empty")'),
    name: core('ValidateOwnerReferences ("name must not be empty")'),
    uid: core('ValidateOwnerReferences ("uid must not be empty")'),
  },
  // Not read in the validation code: kept as the OpenAPI says (presence only), to be verified.
  "io.k8s.api.core.v1.ContainerRestartRule": { action: { source: "OpenAPI (unverified)", empty: "none" } },
  "io.k8s.api.core.v1.ContainerRestartRuleOnExitCodes": { operator: { source: "OpenAPI (unverified)", empty: "none" } },
  "io.k8s.api.core.v1.FileKeySelector": {
    key: { source: "OpenAPI (unverified)", empty: "none" },
    path: { source: "OpenAPI (unverified)", empty: "none" },
    volumeName: { source: "OpenAPI (unverified)", empty: "none" },
  },
  "io.k8s.api.core.v1.PodCertificateProjection": {
    keyType: { source: "OpenAPI (unverified)", empty: "none" },
    signerName: { source: "OpenAPI (unverified)", empty: "none" },
  },
  "io.k8s.api.core.v1.TypedLocalObjectReference": {
    kind: { source: "OpenAPI (unverified)", empty: "none" },
    name: { source: "OpenAPI (unverified)", empty: "none" },
  },
  "io.k8s.api.core.v1.TypedObjectReference": {
    kind: { source: "OpenAPI (unverified)", empty: "none" },
    name: { source: "OpenAPI (unverified)", empty: "none" },
  },
  "io.k8s.api.core.v1.WorkloadReference": {
    name: { source: "OpenAPI (unverified)", empty: "none" },
    podGroup: { source: "OpenAPI (unverified)", empty: "none" },
  },
};

/** Fields the OpenAPI marks required that the API server accepts without, and why. */
export const NOT_REQUIRED: Record<string, Record<string, string>> = {
  "io.k8s.api.batch.v1.JobCondition": {
    type: "status is cleared on create (pkg/registry/batch/job/strategy.go PrepareForCreate); never validated from a manifest",
    status: "status is cleared on create (pkg/registry/batch/job/strategy.go PrepareForCreate); never validated from a manifest",
  },
  "io.k8s.api.batch.v1.PodFailurePolicy": {
    rules: "batch validatePodFailurePolicy sets a maximum, no minimum: `podFailurePolicy: {}` is valid",
  },
  "io.k8s.api.batch.v1.PodFailurePolicyOnPodConditionsPattern": {
    status: "pkg/apis/batch/v1/defaults.go SetDefaults_Job sets a missing status to True (the OpenAPI drops it from 1.35)",
  },
  "io.k8s.api.core.v1.HTTPHeader": { value: "core validateHTTPGetAction checks header names only" },
  "io.k8s.api.core.v1.ISCSIVolumeSource": {
    lun: "an integer whose absent value, 0, is in the valid range 0-255 (core validateISCSIVolumeSource)",
  },
  "io.k8s.api.core.v1.PreferredSchedulingTerm": {
    preference: "an absent preference is an empty term, which core ValidateNodeSelectorTerm accepts",
  },
  "io.k8s.api.core.v1.ScaleIOVolumeSource": { secretRef: "core validateScaleIOVolumeSource requires gateway, system and volumeName only" },
  "io.k8s.api.core.v1.SleepAction": {
    seconds:
      "an absent value is 0; lifecycle.ts checks it against the version (0 is refused before 1.33, PodLifecycleSleepActionAllowZero)",
  },
  "io.k8s.api.core.v1.Sysctl": { value: "core validateSysctls checks names only" },
};

/** The stage a correction table gives `version`, or undefined when it says nothing for it. */
export function correctedStage(corrections: [string, StageFact][], version: string): StageFact | undefined {
  let found: StageFact | undefined;
  for (const [since, stage] of corrections) if (compareKubeVersions(since, version) <= 0) found = stage;
  return found;
}

/**
 * Per definition, the OpenAPI-required fields the API server does not require (NOT_REQUIRED by
 * name), for schemas that start from the OpenAPI lists (the editor schema of templates).
 */
export const DEFAULTED_REQUIRED: Record<string, string[]> = Object.fromEntries(
  Object.entries(NOT_REQUIRED).map(([def, fields]) => [def, Object.keys(fields)]),
);
