// A CronJob's Job template never carries a selector: the Job's selector is generated.
// Source: batch/validation ValidateJobTemplateSpec.
import { error } from "../../validate/diagnostic.js";
import type { Rule } from "./rule.js";

export const cronJobTemplate: Rule = {
  code: "cronjob/selector",
  codes: ["cronjob/selector", "cronjob/manual-selector"],
  check(t, _ctx, out) {
    if (t.kind !== "CronJob" || !t.jobSpec) return;
    if (t.jobSpec.selector !== undefined && t.jobSpec.selector !== null) {
      out.push(error("cronjob/selector", [...t.jobSpecPath, "selector"], "a CronJob's jobTemplate must not set selector: it is generated for each Job", "remove selector"));
    }
    if (t.jobSpec.manualSelector === true) {
      out.push(error("cronjob/manual-selector", [...t.jobSpecPath, "manualSelector"], "a CronJob's jobTemplate cannot set manualSelector: true", "remove manualSelector"));
    }
  },
};
