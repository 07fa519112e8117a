// The lint catalogue (LINT.md §2-4), in the order of --list-rules and the README: Pod Security
// Standards, image and resources, secrets, batch rules, then what lint adopts from validation.
import type { DiagnosticCode } from "../../diagnostic.js";
import { allowOverlap } from "./allow-overlap.js";
import { backoffZeroDisruption } from "./backoff-zero-disruption.js";
import { cleanupBeforeHistory } from "./cleanup-before-history.js";
import { cronJobNoCleanup } from "./cron-job-no-cleanup.js";
import { dayOfMonthOrWeek } from "./day-of-month-or-week.js";
import { extendedResourceUnplaced } from "./extended-resource-unplaced.js";
import { fluxSubstitution } from "./flux-substitution.js";
import { forbidNoDeadline } from "./forbid-no-deadline.js";
import { imageLatestTag } from "./image-latest-tag.js";
import { imageNoDigest } from "./image-no-digest.js";
import { imagePullAlwaysDigest } from "./image-pull-always-digest.js";
import { jobNoCleanup } from "./job-no-cleanup.js";
import { ttlGitops } from "./ttl-gitops.js";
import { missedRunsLimit } from "./missed-runs-limit.js";
import { nameNearLimit } from "./name-near-limit.js";
import { neverRuns } from "./never-runs.js";
import { noMemoryLimit } from "./no-memory-limit.js";
import { noRequests } from "./no-requests.js";
import { onFailureDeletesLogs } from "./on-failure-deletes-logs.js";
import { PSS_RULES } from "./pss.js";
import { rareSchedule } from "./rare-schedule.js";
import type { LintRule } from "./rule.js";
import { sameMinute } from "./same-minute.js";
import { scheduleDst } from "./schedule-dst.js";
import { scheduleNoTimeZone } from "./schedule-no-time-zone.js";
import { secretEnvLiteral } from "./secret-env-literal.js";
import { secretLiteralData } from "./secret-literal-data.js";
import { startingDeadline } from "./starting-deadline.js";
import { suspendedNoDeadline } from "./suspended-no-deadline.js";
import { unusedIgnore } from "./unused-ignore.js";
import { writableRootFilesystem } from "./writable-root-filesystem.js";

export type { LintFinding, LintRule, Peers, RuleLevel } from "./rule.js";

export const LINT_RULES: readonly LintRule[] = [
  ...PSS_RULES,
  imageLatestTag,
  imageNoDigest,
  imagePullAlwaysDigest,
  noMemoryLimit,
  noRequests,
  extendedResourceUnplaced,
  writableRootFilesystem,
  secretEnvLiteral,
  secretLiteralData,
  jobNoCleanup,
  ttlGitops,
  cronJobNoCleanup,
  onFailureDeletesLogs,
  backoffZeroDisruption,
  startingDeadline,
  missedRunsLimit,
  allowOverlap,
  forbidNoDeadline,
  suspendedNoDeadline,
  dayOfMonthOrWeek,
  neverRuns,
  rareSchedule,
  cleanupBeforeHistory,
  nameNearLimit,
  sameMinute,
  fluxSubstitution,
  scheduleDst,
  scheduleNoTimeZone,
  unusedIgnore,
];

export const RULE_BY_ID: ReadonlyMap<string, LintRule> = new Map(LINT_RULES.map((r) => [r.id, r]));

export function isRuleId(id: string): id is DiagnosticCode {
  return RULE_BY_ID.has(id);
}
