// Counts and durations that must not be negative.
// Source: batch/validation validateJobSpec and validateCronJobSpec (ValidateNonnegativeField).
import { error, type Diagnostic, type Path } from "../../diagnostic.js";
import type { Rule } from "./rule.js";
import { asRecord, type Json } from "./util.js";

const JOB_FIELDS = [
  "parallelism",
  "completions",
  "activeDeadlineSeconds",
  "backoffLimit",
  "ttlSecondsAfterFinished",
  "backoffLimitPerIndex",
  "maxFailedIndexes",
] as const;
const CRON_JOB_FIELDS = ["startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit"] as const;
const CRON_JOB_SPEC: Path = ["spec"];

function checkFields(spec: Json, fields: readonly string[], path: Path, out: Diagnostic[]): void {
  for (const field of fields) {
    const value = spec[field];
    if (typeof value === "number" && value < 0) {
      out.push(error("count/negative", [...path, field], `${field} must be greater than or equal to 0 (it is ${value})`));
    }
  }
}

export const jobCounts: Rule = {
  code: "count",
  codes: ["count/negative"],
  check(t, _ctx, out) {
    if (t.jobSpec) checkFields(t.jobSpec, JOB_FIELDS, t.jobSpecPath, out);
    if (t.kind === "CronJob") {
      const spec = asRecord(t.obj.spec);
      if (spec) checkFields(spec, CRON_JOB_FIELDS, CRON_JOB_SPEC, out);
    }
  },
};
