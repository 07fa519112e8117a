import type { LintRule } from "./rule.js";

const DEFAULT_BACKOFF_LIMIT = 6;

export const onFailureDeletesLogs: LintRule = {
  id: "batch/on-failure-deletes-logs",
  level: "warning",
  rationale:
    "With restartPolicy OnFailure the container restarts in the same pod; when backoffLimit is reached the Job controller deletes that pod, and its logs with it.",
  hint: "use restartPolicy: Never (the kubejobs default): each retry is a new pod, and failed pods stay for kubectl logs",
  check(t, _ctx, report) {
    if (t.podSpec?.restartPolicy !== "OnFailure") return;
    const limit = t.jobSpec?.backoffLimit;
    report({
      path: [...t.podSpecPath, "restartPolicy"],
      message: `restartPolicy OnFailure: after ${typeof limit === "number" ? limit : `${DEFAULT_BACKOFF_LIMIT} (the default backoffLimit)`} retries the failed pod is deleted with its logs`,
    });
  },
};
