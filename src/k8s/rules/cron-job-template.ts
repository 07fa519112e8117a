// A CronJob's Job template never carries a selector: the Job's selector is generated.
// Source: batch/validation ValidateJobTemplateSpec.
// startingDeadlineSeconds below 10 is accepted, but the CronJob controller works in 10-second
// steps, so such a deadline can make it skip runs (CronJob API field documentation and
// concepts/workloads/controllers/cron-jobs: "may not be scheduled"): a warning.
import { error, warning } from "../../diagnostic.js";
import type { Rule } from "./rule.js";
import { asRecord } from "./util.js";

const MIN_USEFUL_STARTING_DEADLINE_SECONDS = 10;

export const cronJobTemplate: Rule = {
  code: "cronjob/selector",
  codes: ["cronjob/selector", "cronjob/manual-selector", "cronjob/starting-deadline"],
  check(t, _ctx, out) {
    if (t.kind !== "CronJob") return;
    const deadline = asRecord(t.obj.spec)?.startingDeadlineSeconds;
    if (typeof deadline === "number" && deadline >= 0 && deadline < MIN_USEFUL_STARTING_DEADLINE_SECONDS) {
      out.push(
        warning(
          "cronjob/starting-deadline",
          ["spec", "startingDeadlineSeconds"],
          `startingDeadlineSeconds ${deadline} is below ${MIN_USEFUL_STARTING_DEADLINE_SECONDS}: the CronJob controller checks schedules about every 10 seconds, so runs can be missed`,
          `use ${MIN_USEFUL_STARTING_DEADLINE_SECONDS} or more, or leave it out`,
        ),
      );
    }
    if (!t.jobSpec) return;
    if (t.jobSpec.selector !== undefined && t.jobSpec.selector !== null) {
      out.push(
        error(
          "cronjob/selector",
          [...t.jobSpecPath, "selector"],
          "a CronJob's jobTemplate must not set selector: it is generated for each Job",
          "remove selector",
        ),
      );
    }
    if (t.jobSpec.manualSelector === true) {
      out.push(
        error(
          "cronjob/manual-selector",
          [...t.jobSpecPath, "manualSelector"],
          "a CronJob's jobTemplate cannot set manualSelector: true",
          "remove manualSelector",
        ),
      );
    }
  },
};
