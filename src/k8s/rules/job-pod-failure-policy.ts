// podFailurePolicy rule shapes.
// Source: batch/validation validatePodFailurePolicy, validatePodFailurePolicyRule,
// validatePodFailurePolicyRuleOnExitCodes, validatePodFailurePolicyRuleOnPodConditions
// (maxPodFailurePolicyRules = 20, maxPodFailurePolicyOnExitCodesValues = 255,
// maxPodFailurePolicyOnPodConditionsPatterns = 20), and validatePodReplacementPolicy
// (only "Failed" with a podFailurePolicy). Defaulting (batch/v1 SetDefaults_Job) first sets a
// missing onPodConditions status to "True" and podReplacementPolicy to "Failed".
import { error, type Diagnostic, type Path } from "../../diagnostic.js";
import { checkQualifiedName } from "../names.js";
import type { Rule } from "./rule.js";
import type { Target } from "./target.js";
import { asArray, asRecord, isRecord, type Json } from "./util.js";

const MAX_RULES = 20;
const MAX_EXIT_CODE_VALUES = 255;
const MAX_CONDITION_PATTERNS = 20;
const ACTIONS = new Set(["Count", "FailIndex", "FailJob", "Ignore"]);
const OPERATORS = new Set(["In", "NotIn"]);
const STATUSES = new Set(["True", "False", "Unknown"]);

function checkExitCodes(req: Json, path: Path, containerNames: Set<string>, out: Diagnostic[]): void {
  const operator = req.operator;
  if (operator === undefined || operator === "") {
    out.push(error("job/pod-failure-policy-operator", [...path, "operator"], 'onExitCodes needs an operator: "In" or "NotIn"'));
  } else if (typeof operator === "string" && !OPERATORS.has(operator)) {
    out.push(
      error(
        "job/pod-failure-policy-operator",
        [...path, "operator"],
        `operator ${JSON.stringify(operator)} is not supported; use "In" or "NotIn"`,
      ),
    );
  }
  const containerName = req.containerName;
  if (typeof containerName === "string" && !containerNames.has(containerName)) {
    out.push(
      error(
        "job/pod-failure-policy-container-name",
        [...path, "containerName"],
        `containerName ${JSON.stringify(containerName)} must be one of the container or init container names in the pod template`,
      ),
    );
  }
  if (!Array.isArray(req.values)) return;
  const values = req.values;
  const valuesPath = [...path, "values"];
  if (values.length === 0) {
    out.push(error("job/pod-failure-policy-exit-codes", valuesPath, "onExitCodes needs at least one value"));
  } else if (values.length > MAX_EXIT_CODE_VALUES) {
    out.push(
      error(
        "job/pod-failure-policy-exit-codes",
        valuesPath,
        `onExitCodes may list at most ${MAX_EXIT_CODE_VALUES} values (it has ${values.length})`,
      ),
    );
  }
  const seen = new Set<number>();
  let ordered = true;
  let previous: number | undefined;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number") continue;
    if (operator === "In" && v === 0) {
      out.push(
        error(
          "job/pod-failure-policy-exit-codes",
          [...valuesPath, i],
          'exit code 0 means success and cannot be listed with the "In" operator',
        ),
      );
    }
    if (seen.has(v)) out.push(error("job/pod-failure-policy-exit-codes", [...valuesPath, i], `exit code ${v} is listed twice`));
    seen.add(v);
    if (previous !== undefined && previous > v) ordered = false;
    previous = v;
  }
  if (!ordered)
    out.push(
      error("job/pod-failure-policy-exit-codes", valuesPath, "onExitCodes values must be in increasing order", "sort the exit codes"),
    );
}

function checkConditions(patterns: readonly unknown[], path: Path, out: Diagnostic[]): void {
  if (patterns.length > MAX_CONDITION_PATTERNS) {
    out.push(
      error(
        "job/pod-failure-policy-conditions",
        path,
        `onPodConditions may list at most ${MAX_CONDITION_PATTERNS} patterns (it has ${patterns.length})`,
      ),
    );
  }
  for (let j = 0; j < patterns.length; j++) {
    const pattern = asRecord(patterns[j]);
    if (!pattern) continue;
    const type = pattern.type;
    if (typeof type === "string" || type === undefined) {
      const problem = checkQualifiedName(type ?? "");
      if (problem)
        out.push(
          error("job/pod-failure-policy-conditions", [...path, j, "type"], `condition type ${JSON.stringify(type ?? "")}: ${problem}`),
        );
    }
    // A missing or empty status is defaulted to "True" (SetDefaults_Job) before validation.
    const status = pattern.status;
    if (typeof status === "string" && status !== "" && !STATUSES.has(status)) {
      out.push(
        error(
          "job/pod-failure-policy-conditions",
          [...path, j, "status"],
          `status ${JSON.stringify(status)} is not supported; use "True", "False" or "Unknown"`,
        ),
      );
    }
  }
}

function containerNamesOf(t: Target): Set<string> {
  const names = new Set<string>();
  for (const ref of t.containers) if (typeof ref.container.name === "string") names.add(ref.container.name);
  return names;
}

export const jobPodFailurePolicy: Rule = {
  code: "job/pod-failure-policy",
  codes: [
    "job/pod-failure-policy-too-many-rules",
    "job/pod-failure-policy-action",
    "job/pod-failure-policy-fail-index",
    "job/pod-failure-policy-rule",
    "job/pod-failure-policy-operator",
    "job/pod-failure-policy-container-name",
    "job/pod-failure-policy-exit-codes",
    "job/pod-failure-policy-conditions",
    "job/pod-replacement-policy",
  ],
  check(t, _ctx, out) {
    const spec = t.jobSpec;
    const policy = asRecord(spec?.podFailurePolicy);
    if (!spec || !policy) return;
    const policyPath = [...t.jobSpecPath, "podFailurePolicy"];
    const replacement = spec.podReplacementPolicy;
    if (typeof replacement === "string" && replacement !== "Failed") {
      out.push(
        error(
          "job/pod-replacement-policy",
          [...t.jobSpecPath, "podReplacementPolicy"],
          `podReplacementPolicy must be "Failed" when a podFailurePolicy is set (it is ${JSON.stringify(replacement)})`,
          "set podReplacementPolicy: Failed, or leave it out",
        ),
      );
    }
    if (!Array.isArray(policy.rules)) return;
    const rules = policy.rules;
    const rulesPath = [...policyPath, "rules"];
    if (rules.length > MAX_RULES)
      out.push(
        error(
          "job/pod-failure-policy-too-many-rules",
          rulesPath,
          `a podFailurePolicy may have at most ${MAX_RULES} rules (it has ${rules.length})`,
        ),
      );
    let containerNames: Set<string> | undefined;
    for (let i = 0; i < rules.length; i++) {
      const rule = asRecord(rules[i]);
      if (!rule) continue;
      const rulePath = [...rulesPath, i];
      const action = rule.action;
      if (action === undefined || action === "") {
        out.push(
          error(
            "job/pod-failure-policy-action",
            [...rulePath, "action"],
            'each podFailurePolicy rule needs an action: "Count", "FailIndex", "FailJob" or "Ignore"',
          ),
        );
      } else if (action === "FailIndex") {
        if (spec.backoffLimitPerIndex === undefined || spec.backoffLimitPerIndex === null) {
          out.push(
            error(
              "job/pod-failure-policy-fail-index",
              [...rulePath, "action"],
              'the "FailIndex" action requires backoffLimitPerIndex to be set',
              "set backoffLimitPerIndex (and completionMode: Indexed)",
            ),
          );
        }
      } else if (typeof action === "string" && !ACTIONS.has(action)) {
        out.push(
          error(
            "job/pod-failure-policy-action",
            [...rulePath, "action"],
            `action ${JSON.stringify(action)} is not supported; use "Count", "FailIndex", "FailJob" or "Ignore"`,
          ),
        );
      }
      const onExitCodes = asRecord(rule.onExitCodes);
      const onPodConditions = asArray(rule.onPodConditions);
      if (onExitCodes) {
        containerNames ??= containerNamesOf(t);
        checkExitCodes(onExitCodes, [...rulePath, "onExitCodes"], containerNames, out);
      }
      if (onPodConditions.length > 0) checkConditions(onPodConditions, [...rulePath, "onPodConditions"], out);
      if (onExitCodes && onPodConditions.length > 0) {
        out.push(
          error("job/pod-failure-policy-rule", rulePath, "a podFailurePolicy rule may set onExitCodes or onPodConditions, not both"),
        );
      } else if (!isRecord(rule.onExitCodes) && onPodConditions.length === 0) {
        out.push(error("job/pod-failure-policy-rule", rulePath, "a podFailurePolicy rule needs onExitCodes or onPodConditions"));
      }
    }
  },
};
