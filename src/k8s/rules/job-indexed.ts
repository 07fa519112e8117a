// completionMode Indexed and the per-index backoff fields.
// Source: batch/validation validateJobSpec (maxParallelismForIndexedJob = 100000,
// maxFailedIndexesForIndexedJob = 100000, completionsSoftLimit = 100000,
// parallelismLimitForHighCompletions = maxFailedIndexesLimitForHighCompletions = 10000), and
// ValidateJob for the pod hostname `<job name>-<completions-1>`, which must be a DNS-1123 label.
import { error, type Diagnostic, type Path } from "../../diagnostic.js";
import { checkDns1123Label, checkDns1123Subdomain } from "../names.js";
import type { Rule } from "./rule.js";
import { asInteger } from "./util.js";

const MAX_PARALLELISM_INDEXED = 100_000;
const MAX_FAILED_INDEXES = 100_000;
const COMPLETIONS_SOFT_LIMIT = 100_000;
const HIGH_COMPLETIONS_LIMIT = 10_000;

function at(path: Path, field: string): Path {
  return [...path, field];
}

export const jobIndexed: Rule = {
  code: "job/indexed",
  codes: [
    "job/indexed-completions-required",
    "job/indexed-parallelism-too-large",
    "job/indexed-max-failed-indexes-exceeds-completions",
    "job/indexed-max-failed-indexes-too-large",
    "job/indexed-high-completions",
    "job/indexed-only",
    "job/indexed-max-failed-indexes-needs-backoff-limit-per-index",
    "job/indexed-hostname",
  ],
  check(t, _ctx, out: Diagnostic[]) {
    const spec = t.jobSpec;
    if (!spec) return;
    const p = t.jobSpecPath;
    const indexed = spec.completionMode === "Indexed";
    const completions = asInteger(spec.completions);
    const parallelism = asInteger(spec.parallelism);
    const maxFailedIndexes = asInteger(spec.maxFailedIndexes);
    const hasBackoffPerIndex = spec.backoffLimitPerIndex !== undefined && spec.backoffLimitPerIndex !== null;
    const hasMaxFailed = spec.maxFailedIndexes !== undefined && spec.maxFailedIndexes !== null;

    if (hasMaxFailed && !hasBackoffPerIndex) {
      out.push(
        error(
          "job/indexed-max-failed-indexes-needs-backoff-limit-per-index",
          // The API server names the missing field; the user fixes the line they wrote.
          at(p, "maxFailedIndexes"),
          "maxFailedIndexes needs backoffLimitPerIndex: failed indexes are only counted when each index has its own backoff limit",
          "set backoffLimitPerIndex, or drop maxFailedIndexes",
        ),
      );
    }
    if (!indexed) {
      if (spec.completionMode === undefined || spec.completionMode === "NonIndexed") {
        if (hasBackoffPerIndex)
          out.push(
            error(
              "job/indexed-only",
              at(p, "backoffLimitPerIndex"),
              'backoffLimitPerIndex requires completionMode "Indexed"',
              "set completionMode: Indexed",
            ),
          );
        if (hasMaxFailed)
          out.push(
            error(
              "job/indexed-only",
              at(p, "maxFailedIndexes"),
              'maxFailedIndexes requires completionMode "Indexed"',
              "set completionMode: Indexed",
            ),
          );
      }
      return;
    }
    if (spec.completions === undefined || spec.completions === null) {
      out.push(
        error(
          "job/indexed-completions-required",
          at(p, "completionMode"),
          'completionMode "Indexed" needs completions: the number of indexes to run',
          "set completions",
        ),
      );
    }
    if (parallelism !== undefined && parallelism > MAX_PARALLELISM_INDEXED) {
      out.push(
        error(
          "job/indexed-parallelism-too-large",
          at(p, "parallelism"),
          `parallelism must be at most ${MAX_PARALLELISM_INDEXED} for an Indexed Job (it is ${parallelism})`,
        ),
      );
    }
    if (completions !== undefined && maxFailedIndexes !== undefined && maxFailedIndexes > completions) {
      out.push(
        error(
          "job/indexed-max-failed-indexes-exceeds-completions",
          at(p, "maxFailedIndexes"),
          `maxFailedIndexes (${maxFailedIndexes}) must be less than or equal to completions (${completions})`,
        ),
      );
    }
    if (maxFailedIndexes !== undefined && maxFailedIndexes > MAX_FAILED_INDEXES) {
      out.push(
        error(
          "job/indexed-max-failed-indexes-too-large",
          at(p, "maxFailedIndexes"),
          `maxFailedIndexes must be at most ${MAX_FAILED_INDEXES} (it is ${maxFailedIndexes})`,
        ),
      );
    }
    if (completions !== undefined && completions > COMPLETIONS_SOFT_LIMIT && hasBackoffPerIndex) {
      const why = `when completions is above ${COMPLETIONS_SOFT_LIMIT} and backoffLimitPerIndex is set`;
      if (!hasMaxFailed) out.push(error("job/indexed-high-completions", at(p, "maxFailedIndexes"), `maxFailedIndexes must be set ${why}`));
      if (parallelism !== undefined && parallelism > HIGH_COMPLETIONS_LIMIT) {
        out.push(
          error("job/indexed-high-completions", at(p, "parallelism"), `parallelism must be at most ${HIGH_COMPLETIONS_LIMIT} ${why}`),
        );
      }
      if (maxFailedIndexes !== undefined && maxFailedIndexes > HIGH_COMPLETIONS_LIMIT) {
        out.push(
          error(
            "job/indexed-high-completions",
            at(p, "maxFailedIndexes"),
            `maxFailedIndexes must be at most ${HIGH_COMPLETIONS_LIMIT} ${why}`,
          ),
        );
      }
    }
    // Only Jobs: a CronJob's Jobs get a generated name, checked when each is created.
    const name = t.metadata?.name;
    if (t.kind === "Job" && typeof name === "string" && completions !== undefined && completions > 0) {
      const hostname = `${name}-${completions - 1}`;
      if (checkDns1123Label(hostname) !== undefined && checkDns1123Subdomain(name) === undefined) {
        out.push(
          error(
            "job/indexed-hostname",
            ["metadata", "name"],
            `an Indexed Job's pods are named <job name>-<index>; the last one, ${JSON.stringify(hostname)}, would not be a valid hostname (a DNS-1123 label of at most 63 characters)`,
            "shorten the Job name, or use fewer completions",
          ),
        );
      }
    }
  },
};
