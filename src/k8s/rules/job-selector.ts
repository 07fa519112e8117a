// A Job's selector and the labels Kubernetes adds to its pods.
// Sources: pkg/registry/batch/job/strategy.go generateSelector (unless manualSelector is true,
// the selector is generated from the Job's uid and the pod template gets job-name and
// controller-uid labels; labels the user already set are kept, then checked) and
// batch/validation validateGeneratedSelector (those labels must carry the Job's name and uid,
// and a user selector, merged with the generated one, must match them: "`selector` not
// auto-generated") and
// ValidateJobSpec (with manualSelector, the selector must match the template labels).
// A CronJob's Jobs are validated only when the controller creates them, so the same label
// problems in its jobTemplate are warnings: the CronJob is accepted, every Job it makes is not.
import { error, warning, type Diagnostic } from "../../diagnostic.js";
import type { Rule } from "./rule.js";
import { asArray, asRecord, isRecord, type Json } from "./util.js";

const JOB_NAME_LABELS = ["job-name", "batch.kubernetes.io/job-name"];
const UID_LABELS = ["controller-uid", "batch.kubernetes.io/controller-uid"];
/** Stands for the Job's uid, which the API server assigns on create: no written value equals it. */
const UNKNOWN_UID = "\u0000uid";

/** The labels a Job's pods get (strategy.go generateSelector), as ValidateGeneratedSelector checks the selector against them. */
function generatedLabels(metadata: Json | undefined): Json {
  const name = typeof metadata?.name === "string" ? metadata.name : "\u0000name"; // generateName: not known before create
  const labels: Json = {};
  for (const key of JOB_NAME_LABELS) labels[key] = name;
  for (const key of UID_LABELS) labels[key] = UNKNOWN_UID;
  return labels;
}

/** Whether a label selector matches a label set. Source: apimachinery LabelSelectorAsSelector. */
function matches(selector: Json, labels: Json): boolean {
  const matchLabels = asRecord(selector.matchLabels);
  if (matchLabels) for (const key in matchLabels) if (!Object.hasOwn(labels, key) || labels[key] !== matchLabels[key]) return false;
  for (const raw of asArray(selector.matchExpressions)) {
    const expr = asRecord(raw);
    if (!expr || typeof expr.key !== "string") continue;
    const has = Object.hasOwn(labels, expr.key);
    const values = asArray(expr.values);
    switch (expr.operator) {
      case "In":
        if (!has || !values.includes(labels[expr.key])) return false;
        break;
      case "NotIn":
        if (has && values.includes(labels[expr.key])) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
    }
  }
  return true;
}

export const jobSelector: Rule = {
  code: "job/selector",
  codes: ["job/selector", "job/selector-mismatch", "job/reserved-label"],
  check(t, _ctx, out: Diagnostic[]) {
    const spec = t.jobSpec;
    if (!spec) return;
    const labels = asRecord(t.podMeta?.labels) ?? {};
    const manual = spec.manualSelector === true;
    const selector = asRecord(spec.selector);
    if (t.kind === "Job" && manual && !selector) {
      out.push(
        error(
          "job/selector",
          [...t.jobSpecPath, "selector"],
          "manualSelector is true but there is no selector: the Job selects its pods by a selector you write",
          "add a selector matching the pod template's labels, or remove manualSelector",
        ),
      );
    }
    if (t.kind === "Job" && selector) {
      const path = [...t.jobSpecPath, "selector"];
      if (manual) {
        if (!matches(selector, labels)) {
          out.push(
            error(
              "job/selector-mismatch",
              [...t.podMetaPath, "labels"],
              "the pod template labels do not match the Job's selector, so the Job would never see its own pods",
              "add the selector's labels to the pod template",
            ),
          );
        }
      } else if (!matches(selector, generatedLabels(t.metadata))) {
        // ValidateGeneratedSelector: the selector (with the generated controller-uid added) must
        // select the labels Kubernetes gives the Job's pods: its uid (unknown before create, so
        // no written value can match) and its name.
        out.push(
          error(
            "job/selector",
            path,
            "`selector` not auto-generated: without manualSelector, a Job's selector may only repeat the labels Kubernetes generates (job-name: <the Job's name>)",
            "remove selector (Kubernetes generates it), or set manualSelector: true and keep it in step with the pod template's labels",
          ),
        );
      }
    }
    if (manual) return;
    const report = t.kind === "Job" ? error : warning;
    const later = t.kind === "Job" ? "" : " (the CronJob is accepted, but every Job created from it is refused)";
    const name = t.kind === "Job" && isRecord(t.metadata) ? t.metadata.name : undefined;
    for (const key of UID_LABELS) {
      if (key in labels) {
        out.push(
          report(
            "job/reserved-label",
            [...t.podMetaPath, "labels", key],
            `the pod label ${JSON.stringify(key)} is set by Kubernetes to the Job's uid and cannot be chosen${later}`,
            `remove the ${key} label`,
          ),
        );
      }
    }
    for (const key of JOB_NAME_LABELS) {
      if (!(key in labels)) continue;
      if (t.kind === "Job" && labels[key] === name) continue;
      out.push(
        report(
          "job/reserved-label",
          [...t.podMetaPath, "labels", key],
          `the pod label ${JSON.stringify(key)} is set by Kubernetes to the Job's name; a different value is refused${later}`,
          `remove the ${key} label`,
        ),
      );
    }
  },
};
