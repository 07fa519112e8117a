// The kubejobs library. Re-exports only; see each module for the details.
export { job, scheduledJob } from "./template/define.js";
export type * from "./template/types.js";
export type { Diagnostic, DiagnosticCode, Path, Severity } from "./validate/diagnostic.js";
export { KubejobsError, formatPath } from "./validate/diagnostic.js";
export type { K8sObject } from "./k8s/types.js";
export { KUBE_VERSIONS, DEFAULT_KUBE_VERSION, type KubeVersion } from "./k8s/versions.js";
export { compile, render, validateManifests, loadTemplates, type CompileApiOptions, type RenderOptions } from "./api.js";
export {
  nextRuns,
  describeSchedule,
  validateSchedule,
  validateTimeZone,
  checkSchedule,
  dstChanges,
  previewSchedule,
} from "./schedule/index.js";
export { loadManifestSchemas as loadKubeVersion } from "./validate/manifest.js";
