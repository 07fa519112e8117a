import type { LintRule } from "./rule.js";

// Reported by validation (schedule/check-schedule.ts); lint reports it too.
export const scheduleNoTimeZone: LintRule = {
  id: "schedule/no-time-zone",
  level: "warning",
  rationale:
    "Without timeZone the schedule runs in kube-controller-manager's zone, which the manifest does not show and a cluster move can change.",
  hint: "set timeZone to an IANA name such as Europe/Berlin, or to UTC to make that explicit",
};
