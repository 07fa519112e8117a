import type { LintRule } from "./rule.js";

export const jobNoCleanup: LintRule = {
  id: "batch/job-no-cleanup",
  level: "warning",
  rationale: "A finished Job and its pods stay until someone deletes them: they pile up, and the pods keep their node's resources listed.",
  hint: "set cleanupAfterSeconds (ttlSecondsAfterFinished), e.g. 86400 to keep it a day for kubectl logs",
  check(t, _ctx, report) {
    if (t.kind !== "Job" || t.jobSpec === undefined || t.jobSpec.ttlSecondsAfterFinished !== undefined) return;
    report({ path: [...t.jobSpecPath, "ttlSecondsAfterFinished"], message: "the finished Job is never cleaned up" });
  },
};
