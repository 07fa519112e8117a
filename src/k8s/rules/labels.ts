// Label keys and values on the object, the pod template and (CronJob) the Job template.
// Source: apimachinery meta/v1/validation ValidateLabels (IsQualifiedName, IsValidLabelValue).
// The API server does not validate a CronJob's jobTemplate.metadata, but every Job the controller
// creates from it is validated, so problems there are reported as warnings: the CronJob is
// accepted and each of its Jobs is refused.
import { atKey, error, warning, type Diagnostic, type Path } from "../../diagnostic.js";
import { checkLabelValue, checkQualifiedName } from "../names.js";
import type { Rule } from "./rule.js";
import { isRecord } from "./util.js";

// Paths are built only when something is reported: `meta` is the metadata's path.
const METADATA: Path = ["metadata"];
const JOB_TEMPLATE_METADATA: Path = ["spec", "jobTemplate", "metadata"];

function checkLabels(labels: unknown, meta: Path, out: Diagnostic[], severe: boolean): void {
  if (!isRecord(labels)) return;
  const report = severe ? error : warning;
  const later = severe ? "" : " (the API server accepts the CronJob, but refuses every Job created from it)";
  for (const key in labels) {
    const keyProblem = checkQualifiedName(key);
    if (keyProblem)
      out.push(atKey(report("label/invalid-key", [...meta, "labels", key], `label key ${JSON.stringify(key)}: ${keyProblem}${later}`)));
    const value = labels[key];
    if (typeof value !== "string") continue;
    const valueProblem = checkLabelValue(value);
    if (valueProblem) {
      out.push(
        report(
          "label/invalid-value",
          [...meta, "labels", key],
          `label value ${JSON.stringify(value)} ${valueProblem}${later}`,
          value.length > 63
            ? "shorten the value to 63 characters or move it to an annotation"
            : "drop leading or trailing '-', '_' or '.' and use letters, digits, '-', '_' or '.' only",
        ),
      );
    }
  }
}

export const labels: Rule = {
  code: "label",
  codes: ["label/invalid-key", "label/invalid-value"],
  check(t, _ctx, out) {
    checkLabels(t.metadata?.labels, METADATA, out, true);
    if (t.podMeta) checkLabels(t.podMeta.labels, t.podMetaPath, out, true);
    if (t.kind === "CronJob" && isRecord(t.obj.spec) && isRecord(t.obj.spec.jobTemplate) && isRecord(t.obj.spec.jobTemplate.metadata)) {
      checkLabels(t.obj.spec.jobTemplate.metadata.labels, JOB_TEMPLATE_METADATA, out, false);
    }
  },
};
