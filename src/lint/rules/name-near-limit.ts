import type { LintRule } from "./rule.js";

// A CronJob's name gets an 11-character suffix for its Jobs (52 + 11 = 63); a Job's name is a label value.
const LIMITS: Record<string, number> = { Job: 63, CronJob: 52 };
const MARGIN = 8;

export const nameNearLimit: LintRule = {
  id: "batch/name-near-limit",
  level: "info",
  rationale: "A name within 8 characters of its limit leaves no room for an environment suffix such as -staging.",
  hint: "shorten the name",
  check(t, _ctx, report) {
    const limit = Object.hasOwn(LIMITS, t.kind) ? LIMITS[t.kind] : undefined;
    const name = t.metadata?.name;
    if (limit === undefined || typeof name !== "string" || name.length <= limit - MARGIN || name.length > limit) return;
    report({
      path: ["metadata", "name"],
      message: `the name has ${name.length} characters, ${limit - name.length} short of the ${t.kind} limit of ${limit}: a suffix like -staging will not fit`,
    });
  },
};
