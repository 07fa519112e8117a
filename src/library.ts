// The library as a TS template sees it (`import { job } from "kubejobs"` inside a template): every
// public export but `loadTemplates`, which loads templates and so cannot be imported by one without
// a circle. src/index.ts adds it back for library users. Re-exports only.
export { job, scheduledJob } from "./template/define.js";
export type * from "./template/types.js";
export type { Diagnostic, DiagnosticCode, Path, Severity } from "./diagnostic.js";
export { KubejobsError, formatPath } from "./diagnostic.js";
export type { K8sObject } from "./k8s/types.js";
export { KUBE_VERSIONS, DEFAULT_KUBE_VERSION, type KubeVersion } from "./k8s/versions.js";
export {
  compile,
  render,
  validateManifests,
  lint,
  lintRules,
  type CompileApiOptions,
  type RenderOptions,
  type LintApiOptions,
} from "./api.js";
export { previewSchedules, type PreviewData, type PreviewInput, type PreviewOptions } from "./api.js";
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
