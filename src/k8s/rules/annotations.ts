// Annotation keys and total size.
// Source: apimachinery api/validation ValidateAnnotations: keys are qualified names (checked in
// lower case), and keys plus values may total at most 256 KiB (TotalAnnotationSizeLimitB).
// Pod template annotations that Kubernetes answers with a warning: pkg/api/pod/warnings.go
// (deprecatedAnnotations, seccomp annotations).
import { atKey, error, warning, type Diagnostic, type Path } from "../../diagnostic.js";
import { checkQualifiedName } from "../names.js";
import type { Rule } from "./rule.js";
import { isRecord, utf8Length } from "./util.js";

const TOTAL_ANNOTATION_SIZE_LIMIT_BYTES = 256 * 1024;

// A Map: annotation keys are the user's, and `constructor` must not find Object's.
const DEPRECATED_POD_ANNOTATIONS: ReadonlyMap<string, string> = new Map([
  ["scheduler.alpha.kubernetes.io/critical-pod", 'non-functional since Kubernetes 1.16; use the "priorityClassName" field instead'],
  ["security.alpha.kubernetes.io/sysctls", 'non-functional since Kubernetes 1.11; use the pod securityContext "sysctls" field instead'],
  [
    "security.alpha.kubernetes.io/unsafe-sysctls",
    'non-functional since Kubernetes 1.11; use the pod securityContext "sysctls" field instead',
  ],
]);
// Warned only when the matching securityContext.seccompProfile field is absent (warnings.go).
const SECCOMP_POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
const SECCOMP_CONTAINER_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";
const SECCOMP_REASON = 'non-functional since Kubernetes 1.27; use the "seccompProfile" field instead';

function hasSeccompProfile(holder: unknown): boolean {
  return isRecord(holder) && isRecord(holder.securityContext) && holder.securityContext.seccompProfile != null;
}

// Paths are built only when something is reported: `meta` is the metadata's path.
const METADATA: Path = ["metadata"];
const JOB_TEMPLATE_METADATA: Path = ["spec", "jobTemplate", "metadata"];

function checkAnnotations(annotations: unknown, meta: Path, out: Diagnostic[], severe: boolean): void {
  if (!isRecord(annotations)) return;
  const report = severe ? error : warning;
  let total = 0;
  for (const key in annotations) {
    const problem = checkQualifiedName(key.toLowerCase());
    if (problem)
      out.push(atKey(report("annotation/invalid-key", [...meta, "annotations", key], `annotation key ${JSON.stringify(key)}: ${problem}`)));
    const value = annotations[key];
    total += utf8Length(key) + (typeof value === "string" ? utf8Length(value) : 0);
  }
  if (total > TOTAL_ANNOTATION_SIZE_LIMIT_BYTES) {
    out.push(
      report(
        "annotation/too-large",
        [...meta, "annotations"],
        `annotations total ${total} bytes; Kubernetes allows at most ${TOTAL_ANNOTATION_SIZE_LIMIT_BYTES} (256 KiB) per object`,
        "move large data into a ConfigMap",
      ),
    );
  }
}

export const annotations: Rule = {
  code: "annotation",
  codes: ["annotation/invalid-key", "annotation/too-large", "annotation/deprecated"],
  check(t, _ctx, out) {
    checkAnnotations(t.metadata?.annotations, METADATA, out, true);
    if (t.kind === "CronJob" && isRecord(t.obj.spec) && isRecord(t.obj.spec.jobTemplate) && isRecord(t.obj.spec.jobTemplate.metadata)) {
      checkAnnotations(t.obj.spec.jobTemplate.metadata.annotations, JOB_TEMPLATE_METADATA, out, false);
    }
    const podAnnotations = t.podMeta?.annotations;
    if (!isRecord(podAnnotations)) return;
    checkAnnotations(podAnnotations, t.podMetaPath, out, true);
    for (const key in podAnnotations) {
      let reason = DEPRECATED_POD_ANNOTATIONS.get(key);
      if (key === SECCOMP_POD_ANNOTATION && !hasSeccompProfile(t.podSpec)) reason = SECCOMP_REASON;
      if (key.startsWith(SECCOMP_CONTAINER_PREFIX)) {
        const name = key.slice(SECCOMP_CONTAINER_PREFIX.length);
        const container = t.containers.find((c) => c.container.name === name);
        if (container && !hasSeccompProfile(container.container)) reason = SECCOMP_REASON;
      }
      if (reason)
        out.push(
          warning("annotation/deprecated", [...t.podMetaPath, "annotations", key], `annotation ${JSON.stringify(key)} is ${reason}`),
        );
    }
  },
};
