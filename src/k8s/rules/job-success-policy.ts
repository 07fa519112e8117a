// successPolicy: only for Indexed Jobs; 1–20 rules, each with succeededCount and/or
// succeededIndexes ("0,2-4": increasing intervals below completions, at most 64 KiB).
// Source: batch/validation validateJobSpec, validateSuccessPolicy, validateSuccessPolicyRule,
// validateIndexesFormat, parseIndexInterval (maxSuccessPolicyRule = 20,
// maxJobSuccessPolicySucceededIndexesLimit = 64 * 1024).
import { error, type Diagnostic, type Path } from "../../diagnostic.js";
import type { Rule } from "./rule.js";
import { asInteger, asRecord } from "./util.js";

const MAX_RULES = 20;
const MAX_SUCCEEDED_INDEXES_LENGTH = 64 * 1024;
const INDEX = /^[+-]?[0-9]+$/; // strconv.Atoi accepts a sign

/** Counts the indexes in "1,3-5", or returns the reason it is malformed. */
export function countIndexes(text: string, completions: number): number | string {
  if (text === "") return 0;
  let last: number | undefined;
  let total = 0;
  for (const interval of text.split(",")) {
    const limits = interval.split("-");
    if (limits.length > 2) return `the fragment ${JSON.stringify(interval)} may have at most two parts separated by '-'`;
    const [first = "", second] = limits;
    if (!INDEX.test(first)) return `cannot convert ${JSON.stringify(first)} to an index`;
    const x = Number(first);
    if (x >= completions) return `index ${x} is not below completions (${completions})`;
    let y = x;
    if (second !== undefined) {
      if (!INDEX.test(second)) return `cannot convert ${JSON.stringify(second)} to an index`;
      y = Number(second);
      if (y >= completions) return `index ${y} is not below completions (${completions})`;
      if (x >= y) return `interval ${JSON.stringify(interval)} is not increasing`;
    }
    if (last !== undefined && last >= x) return `indexes must increase: ${x} follows ${last}`;
    total += y - x + 1;
    last = y;
  }
  return total;
}

function checkRule(rule: Record<string, unknown>, path: Path, completions: number | undefined, out: Diagnostic[]): void {
  const count = asInteger(rule.succeededCount);
  const indexes = rule.succeededIndexes;
  if ((rule.succeededCount === undefined || rule.succeededCount === null) && (indexes === undefined || indexes === null)) {
    out.push(error("job/success-policy-rule", path, "a successPolicy rule needs succeededCount or succeededIndexes"));
  }
  let total: number | undefined;
  if (typeof indexes === "string") {
    const indexesPath = [...path, "succeededIndexes"];
    if (indexes.length > MAX_SUCCEEDED_INDEXES_LENGTH)
      out.push(error("job/success-policy-indexes", indexesPath, `succeededIndexes may be at most ${MAX_SUCCEEDED_INDEXES_LENGTH} bytes`));
    if (completions !== undefined) {
      const counted = countIndexes(indexes, completions);
      if (typeof counted === "string")
        out.push(
          error(
            "job/success-policy-indexes",
            indexesPath,
            `succeededIndexes ${JSON.stringify(indexes.slice(0, 80))}: ${counted}`,
            'list indexes and ranges in increasing order, e.g. "0,2-4"',
          ),
        );
      else total = counted;
    }
  }
  if (count === undefined) return;
  const countPath = [...path, "succeededCount"];
  if (count < 0) out.push(error("count/negative", countPath, `succeededCount must be greater than or equal to 0 (it is ${count})`));
  if (completions !== undefined && count > completions)
    out.push(
      error("job/success-policy-count", countPath, `succeededCount (${count}) must be less than or equal to completions (${completions})`),
    );
  if (total !== undefined && count > total)
    out.push(
      error(
        "job/success-policy-count",
        countPath,
        `succeededCount (${count}) must be less than or equal to the ${total} indexes listed in succeededIndexes`,
      ),
    );
}

export const jobSuccessPolicy: Rule = {
  code: "job/success-policy",
  codes: [
    "job/success-policy-not-indexed",
    "job/success-policy-rules",
    "job/success-policy-rule",
    "job/success-policy-indexes",
    "job/success-policy-count",
    "count/negative",
  ],
  check(t, _ctx, out) {
    const spec = t.jobSpec;
    const policy = asRecord(spec?.successPolicy);
    if (!spec || !policy) return;
    const path = [...t.jobSpecPath, "successPolicy"];
    if (spec.completionMode !== "Indexed") {
      out.push(
        error(
          "job/success-policy-not-indexed",
          path,
          'successPolicy requires completionMode "Indexed"',
          "set completionMode: Indexed and completions",
        ),
      );
      return;
    }
    const rules = Array.isArray(policy.rules) ? policy.rules : [];
    const rulesPath = [...path, "rules"];
    if (rules.length === 0) out.push(error("job/success-policy-rules", rulesPath, "a successPolicy needs at least one rule"));
    if (rules.length > MAX_RULES)
      out.push(
        error("job/success-policy-rules", rulesPath, `a successPolicy may have at most ${MAX_RULES} rules (it has ${rules.length})`),
      );
    const completions = asInteger(spec.completions);
    for (let i = 0; i < rules.length; i++) {
      const rule = asRecord(rules[i]);
      if (rule) checkRule(rule, [...rulesPath, i], completions, out);
    }
  },
};
