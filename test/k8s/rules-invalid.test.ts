// Each case: a small valid manifest, one mutation, and the rule code and path it must produce.
import { describe, expect, it } from "vitest";
import { checkRules, RULES } from "../../src/k8s/rules/index.js";
import type { KubeVersion } from "../../src/k8s/versions.js";
import type { Path, Severity } from "../../src/diagnostic.js";
import { configMap, cronJob, job, jobSpec, main, pod, secret, type M } from "./fixtures.js";

type Case = [title: string, make: () => M, code: string, path: Path, severity?: Severity, kubeVersion?: KubeVersion];

function w(base: () => M, mutate: (m: M) => void): () => M {
  return () => {
    const m = base();
    mutate(m);
    return m;
  };
}

const J = ["spec"];
const P = ["spec", "template", "spec"];
const C0 = [...P, "containers", 0];
const CJ = ["spec", "jobTemplate", "spec"];
const CP = [...CJ, "template", "spec"];
const big = (n: number) => "x".repeat(n);

const cases: Case[] = [
  // names
  ["53-char CronJob name", w(cronJob, (m) => (m.metadata.name = "a".repeat(53))), "name/too-long", ["metadata", "name"]],
  ["64-char Job name", w(job, (m) => (m.metadata.name = "a".repeat(64))), "name/too-long", ["metadata", "name"]],
  ["254-char Secret name", w(secret, (m) => (m.metadata.name = "a".repeat(254))), "name/too-long", ["metadata", "name"]],
  ["upper case Job name", w(job, (m) => (m.metadata.name = "DbMigrate")), "name/invalid", ["metadata", "name"]],
  ["underscore in name", w(job, (m) => (m.metadata.name = "db_migrate")), "name/invalid", ["metadata", "name"]],
  ["name ending in a dash", w(cronJob, (m) => (m.metadata.name = "report-")), "name/invalid", ["metadata", "name"]],
  ["name with double dot", w(configMap, (m) => (m.metadata.name = "a..b")), "name/invalid", ["metadata", "name"]],
  ["missing name", w(job, (m) => delete m.metadata.name), "name/required", ["metadata", "name"]],
  ["empty name", w(secret, (m) => (m.metadata.name = "")), "name/required", ["metadata", "name"]],
  [
    "bad generateName",
    w(job, (m) => {
      delete m.metadata.name;
      m.metadata.generateName = "Bad_";
    }),
    "name/invalid",
    ["metadata", "generateName"],
  ],
  [
    "CronJob generateName of 48 characters",
    w(cronJob, (m) => {
      delete m.metadata.name;
      m.metadata.generateName = `${"a".repeat(47)}-`;
    }),
    "name/too-long",
    ["metadata", "generateName"],
  ],
  ["namespace with a dot", w(job, (m) => (m.metadata.namespace = "team.a")), "namespace/invalid", ["metadata", "namespace"]],
  ["namespace too long", w(secret, (m) => (m.metadata.namespace = "n".repeat(64))), "namespace/invalid", ["metadata", "namespace"]],
  ["namespace upper case", w(configMap, (m) => (m.metadata.namespace = "Reports")), "namespace/invalid", ["metadata", "namespace"]],

  // labels and annotations
  [
    "label value with a trailing dash",
    w(job, (m) => (m.metadata.labels.team = "data-")),
    "label/invalid-value",
    ["metadata", "labels", "team"],
  ],
  ["label value too long", w(job, (m) => (m.metadata.labels.team = big(64))), "label/invalid-value", ["metadata", "labels", "team"]],
  [
    "label value with a space",
    w(secret, (m) => (m.metadata.labels = { team: "data eng" })),
    "label/invalid-value",
    ["metadata", "labels", "team"],
  ],
  [
    "label value with a slash",
    w(configMap, (m) => (m.metadata.labels = { ref: "a/b" })),
    "label/invalid-value",
    ["metadata", "labels", "ref"],
  ],
  ["label key with two slashes", w(job, (m) => (m.metadata.labels["a/b/c"] = "x")), "label/invalid-key", ["metadata", "labels", "a/b/c"]],
  ["label key with empty prefix", w(job, (m) => (m.metadata.labels["/x"] = "x")), "label/invalid-key", ["metadata", "labels", "/x"]],
  ["label key name too long", w(job, (m) => (m.metadata.labels[big(64)] = "x")), "label/invalid-key", ["metadata", "labels", big(64)]],
  [
    "label key upper-case prefix",
    w(job, (m) => (m.metadata.labels["Acme.io/x"] = "x")),
    "label/invalid-key",
    ["metadata", "labels", "Acme.io/x"],
  ],
  [
    "pod template label value",
    w(job, (m) => (m.spec.template.metadata.labels.tier = "_x")),
    "label/invalid-value",
    ["spec", "template", "metadata", "labels", "tier"],
  ],
  [
    "CronJob pod template label",
    w(cronJob, (m) => (m.spec.jobTemplate.spec.template.metadata.labels["bad key"] = "x")),
    "label/invalid-key",
    [...CJ, "template", "metadata", "labels", "bad key"],
  ],
  [
    "CronJob jobTemplate label (warning)",
    w(cronJob, (m) => (m.spec.jobTemplate.metadata.labels.v = "x-")),
    "label/invalid-value",
    ["spec", "jobTemplate", "metadata", "labels", "v"],
    "warning",
  ],
  [
    "annotation key with space",
    w(job, (m) => (m.metadata.annotations = { "my note": "x" })),
    "annotation/invalid-key",
    ["metadata", "annotations", "my note"],
  ],
  [
    "annotation key with bad prefix",
    w(secret, (m) => (m.metadata.annotations = { "-x.io/a": "x" })),
    "annotation/invalid-key",
    ["metadata", "annotations", "-x.io/a"],
  ],
  [
    "annotations over 256 KiB",
    w(configMap, (m) => (m.metadata.annotations = { a: big(200_000), b: big(70_000) })),
    "annotation/too-large",
    ["metadata", "annotations"],
  ],
  [
    "pod template annotation key",
    w(job, (m) => (m.spec.template.metadata.annotations = { "a b": "x" })),
    "annotation/invalid-key",
    ["spec", "template", "metadata", "annotations", "a b"],
  ],
  [
    "deprecated critical-pod annotation",
    w(job, (m) => (m.spec.template.metadata.annotations = { "scheduler.alpha.kubernetes.io/critical-pod": "" })),
    "annotation/deprecated",
    ["spec", "template", "metadata", "annotations", "scheduler.alpha.kubernetes.io/critical-pod"],
    "warning",
  ],

  // Job restart policy and pod failure policy
  ["Job without restartPolicy", w(job, (m) => delete pod(m).restartPolicy), "job/restart-policy", [...P, "restartPolicy"]],
  ["Job with restartPolicy Always", w(job, (m) => (pod(m).restartPolicy = "Always")), "job/restart-policy", [...P, "restartPolicy"]],
  ["Job with restartPolicy Sometimes", w(job, (m) => (pod(m).restartPolicy = "Sometimes")), "job/restart-policy", [...P, "restartPolicy"]],
  [
    "CronJob with restartPolicy Always",
    w(cronJob, (m) => (pod(m).restartPolicy = "Always")),
    "job/restart-policy",
    [...CP, "restartPolicy"],
  ],
  [
    "podFailurePolicy with OnFailure",
    w(job, (m) => {
      pod(m).restartPolicy = "OnFailure";
      m.spec.podFailurePolicy = { rules: [{ action: "FailJob", onExitCodes: { operator: "In", values: [42] } }] };
    }),
    "job/pod-failure-policy-restart-policy",
    [...P, "restartPolicy"],
  ],
  [
    "CronJob podFailurePolicy with OnFailure",
    w(cronJob, (m) => {
      pod(m).restartPolicy = "OnFailure";
      jobSpec(m).podFailurePolicy = { rules: [{ action: "Ignore", onPodConditions: [{ type: "DisruptionTarget", status: "True" }] }] };
    }),
    "job/pod-failure-policy-restart-policy",
    [...CP, "restartPolicy"],
  ],
  [
    "podFailurePolicy rule without action",
    w(job, (m) => (m.spec.podFailurePolicy = { rules: [{ onExitCodes: { operator: "In", values: [1] } }] })),
    "job/pod-failure-policy-action",
    [...J, "podFailurePolicy", "rules", 0, "action"],
  ],
  [
    "podFailurePolicy unknown action",
    w(job, (m) => (m.spec.podFailurePolicy = { rules: [{ action: "Retry", onExitCodes: { operator: "In", values: [1] } }] })),
    "job/pod-failure-policy-action",
    [...J, "podFailurePolicy", "rules", 0, "action"],
  ],
  [
    "FailIndex without backoffLimitPerIndex",
    w(job, (m) => (m.spec.podFailurePolicy = { rules: [{ action: "FailIndex", onExitCodes: { operator: "In", values: [1] } }] })),
    "job/pod-failure-policy-fail-index",
    [...J, "podFailurePolicy", "rules", 0, "action"],
  ],
  [
    "rule with neither onExitCodes nor onPodConditions",
    w(job, (m) => (m.spec.podFailurePolicy = { rules: [{ action: "FailJob" }] })),
    "job/pod-failure-policy-rule",
    [...J, "podFailurePolicy", "rules", 0],
  ],
  [
    "rule with both onExitCodes and onPodConditions",
    w(
      job,
      (m) =>
        (m.spec.podFailurePolicy = {
          rules: [
            {
              action: "FailJob",
              onExitCodes: { operator: "In", values: [1] },
              onPodConditions: [{ type: "DisruptionTarget", status: "True" }],
            },
          ],
        }),
    ),
    "job/pod-failure-policy-rule",
    [...J, "podFailurePolicy", "rules", 0],
  ],
  [
    "onExitCodes without operator",
    w(job, (m) => (m.spec.podFailurePolicy = { rules: [{ action: "FailJob", onExitCodes: { values: [1] } }] })),
    "job/pod-failure-policy-operator",
    [...J, "podFailurePolicy", "rules", 0, "onExitCodes", "operator"],
  ],
  [
    "onExitCodes with operator Equals",
    w(job, (m) => (m.spec.podFailurePolicy = { rules: [{ action: "FailJob", onExitCodes: { operator: "Equals", values: [1] } }] })),
    "job/pod-failure-policy-operator",
    [...J, "podFailurePolicy", "rules", 0, "onExitCodes", "operator"],
  ],
  [
    "onExitCodes with no values",
    w(job, (m) => (m.spec.podFailurePolicy = { rules: [{ action: "FailJob", onExitCodes: { operator: "In", values: [] } }] })),
    "job/pod-failure-policy-exit-codes",
    [...J, "podFailurePolicy", "rules", 0, "onExitCodes", "values"],
  ],
  [
    "onExitCodes In 0",
    w(job, (m) => (m.spec.podFailurePolicy = { rules: [{ action: "FailJob", onExitCodes: { operator: "In", values: [0, 1] } }] })),
    "job/pod-failure-policy-exit-codes",
    [...J, "podFailurePolicy", "rules", 0, "onExitCodes", "values", 0],
  ],
  [
    "onExitCodes duplicate value",
    w(job, (m) => (m.spec.podFailurePolicy = { rules: [{ action: "FailJob", onExitCodes: { operator: "In", values: [3, 3] } }] })),
    "job/pod-failure-policy-exit-codes",
    [...J, "podFailurePolicy", "rules", 0, "onExitCodes", "values", 1],
  ],
  [
    "onExitCodes unordered",
    w(job, (m) => (m.spec.podFailurePolicy = { rules: [{ action: "FailJob", onExitCodes: { operator: "NotIn", values: [5, 2] } }] })),
    "job/pod-failure-policy-exit-codes",
    [...J, "podFailurePolicy", "rules", 0, "onExitCodes", "values"],
  ],
  [
    "onExitCodes with 256 values",
    w(
      job,
      (m) =>
        (m.spec.podFailurePolicy = {
          rules: [{ action: "FailJob", onExitCodes: { operator: "NotIn", values: Array.from({ length: 256 }, (_, i) => i) } }],
        }),
    ),
    "job/pod-failure-policy-exit-codes",
    [...J, "podFailurePolicy", "rules", 0, "onExitCodes", "values"],
  ],
  [
    "containerName not in pod",
    w(
      job,
      (m) =>
        (m.spec.podFailurePolicy = { rules: [{ action: "FailJob", onExitCodes: { containerName: "nope", operator: "In", values: [1] } }] }),
    ),
    "job/pod-failure-policy-container-name",
    [...J, "podFailurePolicy", "rules", 0, "onExitCodes", "containerName"],
  ],
  [
    "21 podFailurePolicy rules",
    w(
      job,
      (m) =>
        (m.spec.podFailurePolicy = {
          rules: Array.from({ length: 21 }, (_, i) => ({ action: "FailJob", onExitCodes: { operator: "In", values: [i + 1] } })),
        }),
    ),
    "job/pod-failure-policy-too-many-rules",
    [...J, "podFailurePolicy", "rules"],
  ],
  [
    "onPodConditions status Yes",
    w(
      job,
      (m) => (m.spec.podFailurePolicy = { rules: [{ action: "Ignore", onPodConditions: [{ type: "DisruptionTarget", status: "Yes" }] }] }),
    ),
    "job/pod-failure-policy-conditions",
    [...J, "podFailurePolicy", "rules", 0, "onPodConditions", 0, "status"],
  ],
  [
    "onPodConditions type with spaces",
    w(job, (m) => (m.spec.podFailurePolicy = { rules: [{ action: "Ignore", onPodConditions: [{ type: "Bad Type", status: "True" }] }] })),
    "job/pod-failure-policy-conditions",
    [...J, "podFailurePolicy", "rules", 0, "onPodConditions", 0, "type"],
  ],
  [
    "podReplacementPolicy TerminatingOrFailed with podFailurePolicy",
    w(job, (m) => {
      m.spec.podReplacementPolicy = "TerminatingOrFailed";
      m.spec.podFailurePolicy = { rules: [{ action: "Ignore", onPodConditions: [{ type: "DisruptionTarget", status: "True" }] }] };
    }),
    "job/pod-replacement-policy",
    [...J, "podReplacementPolicy"],
  ],

  // counts
  ["negative backoffLimit", w(job, (m) => (m.spec.backoffLimit = -1)), "count/negative", [...J, "backoffLimit"]],
  ["negative parallelism", w(job, (m) => (m.spec.parallelism = -2)), "count/negative", [...J, "parallelism"]],
  ["negative completions", w(job, (m) => (m.spec.completions = -1)), "count/negative", [...J, "completions"]],
  ["negative activeDeadlineSeconds", w(job, (m) => (m.spec.activeDeadlineSeconds = -5)), "count/negative", [...J, "activeDeadlineSeconds"]],
  [
    "negative ttlSecondsAfterFinished",
    w(cronJob, (m) => (jobSpec(m).ttlSecondsAfterFinished = -1)),
    "count/negative",
    [...CJ, "ttlSecondsAfterFinished"],
  ],
  [
    "negative startingDeadlineSeconds",
    w(cronJob, (m) => (m.spec.startingDeadlineSeconds = -10)),
    "count/negative",
    ["spec", "startingDeadlineSeconds"],
  ],
  [
    "negative successfulJobsHistoryLimit",
    w(cronJob, (m) => (m.spec.successfulJobsHistoryLimit = -1)),
    "count/negative",
    ["spec", "successfulJobsHistoryLimit"],
  ],
  [
    "negative failedJobsHistoryLimit",
    w(cronJob, (m) => (m.spec.failedJobsHistoryLimit = -1)),
    "count/negative",
    ["spec", "failedJobsHistoryLimit"],
  ],

  // Indexed
  [
    "Indexed without completions",
    w(job, (m) => (m.spec.completionMode = "Indexed")),
    "job/indexed-completions-required",
    [...J, "completionMode"],
  ],
  [
    "maxFailedIndexes without backoffLimitPerIndex",
    w(job, (m) => Object.assign(m.spec, { completionMode: "Indexed", completions: 10, maxFailedIndexes: 2 })),
    "job/indexed-max-failed-indexes-needs-backoff-limit-per-index",
    [...J, "maxFailedIndexes"],
  ],
  [
    "maxFailedIndexes above completions",
    w(job, (m) => Object.assign(m.spec, { completionMode: "Indexed", completions: 3, backoffLimitPerIndex: 1, maxFailedIndexes: 4 })),
    "job/indexed-max-failed-indexes-exceeds-completions",
    [...J, "maxFailedIndexes"],
  ],
  [
    "Indexed parallelism above 100000",
    w(job, (m) => Object.assign(m.spec, { completionMode: "Indexed", completions: 10, parallelism: 100_001 })),
    "job/indexed-parallelism-too-large",
    [...J, "parallelism"],
  ],
  [
    "maxFailedIndexes above 100000",
    w(job, (m) =>
      Object.assign(m.spec, {
        completionMode: "Indexed",
        completions: 1_000_000,
        backoffLimitPerIndex: 1,
        maxFailedIndexes: 100_001,
        parallelism: 10,
      }),
    ),
    "job/indexed-max-failed-indexes-too-large",
    [...J, "maxFailedIndexes"],
  ],
  [
    "high completions without maxFailedIndexes",
    w(job, (m) => Object.assign(m.spec, { completionMode: "Indexed", completions: 100_001, backoffLimitPerIndex: 1 })),
    "job/indexed-high-completions",
    [...J, "maxFailedIndexes"],
  ],
  [
    "high completions with parallelism 10001",
    w(job, (m) =>
      Object.assign(m.spec, {
        completionMode: "Indexed",
        completions: 100_001,
        backoffLimitPerIndex: 1,
        maxFailedIndexes: 10,
        parallelism: 10_001,
      }),
    ),
    "job/indexed-high-completions",
    [...J, "parallelism"],
  ],
  [
    "backoffLimitPerIndex on a NonIndexed Job",
    w(job, (m) => (m.spec.backoffLimitPerIndex = 1)),
    "job/indexed-only",
    [...J, "backoffLimitPerIndex"],
  ],
  [
    "maxFailedIndexes on a NonIndexed Job",
    w(job, (m) => Object.assign(m.spec, { completionMode: "NonIndexed", backoffLimitPerIndex: 1, maxFailedIndexes: 1 })),
    "job/indexed-only",
    [...J, "maxFailedIndexes"],
  ],
  [
    "Indexed Job whose last pod hostname is too long",
    w(job, (m) =>
      Object.assign(m, {
        metadata: { ...m.metadata, name: "a".repeat(60) },
        spec: { ...m.spec, completionMode: "Indexed", completions: 1000 },
      }),
    ),
    "job/indexed-hostname",
    ["metadata", "name"],
  ],
  [
    "Indexed Job with a dotted name",
    w(job, (m) =>
      Object.assign(m, { metadata: { ...m.metadata, name: "db.migrate" }, spec: { ...m.spec, completionMode: "Indexed", completions: 2 } }),
    ),
    "job/indexed-hostname",
    ["metadata", "name"],
  ],

  // success policy and managedBy
  [
    "successPolicy on a NonIndexed Job",
    w(job, (m) => (m.spec.successPolicy = { rules: [{ succeededCount: 1 }] })),
    "job/success-policy-not-indexed",
    [...J, "successPolicy"],
  ],
  [
    "successPolicy with no rules",
    w(job, (m) => Object.assign(m.spec, { completionMode: "Indexed", completions: 5, successPolicy: { rules: [] } })),
    "job/success-policy-rules",
    [...J, "successPolicy", "rules"],
  ],
  [
    "successPolicy rule with nothing",
    w(job, (m) => Object.assign(m.spec, { completionMode: "Indexed", completions: 5, successPolicy: { rules: [{}] } })),
    "job/success-policy-rule",
    [...J, "successPolicy", "rules", 0],
  ],
  [
    "succeededCount above completions",
    w(job, (m) => Object.assign(m.spec, { completionMode: "Indexed", completions: 5, successPolicy: { rules: [{ succeededCount: 6 }] } })),
    "job/success-policy-count",
    [...J, "successPolicy", "rules", 0, "succeededCount"],
  ],
  [
    "succeededCount above listed indexes",
    w(job, (m) =>
      Object.assign(m.spec, {
        completionMode: "Indexed",
        completions: 5,
        successPolicy: { rules: [{ succeededCount: 4, succeededIndexes: "0-2" }] },
      }),
    ),
    "job/success-policy-count",
    [...J, "successPolicy", "rules", 0, "succeededCount"],
  ],
  [
    "succeededIndexes malformed",
    w(job, (m) =>
      Object.assign(m.spec, {
        completionMode: "Indexed",
        completions: 5,
        successPolicy: { rules: [{ succeededIndexes: "invalid-format" }] },
      }),
    ),
    "job/success-policy-indexes",
    [...J, "successPolicy", "rules", 0, "succeededIndexes"],
  ],
  [
    "succeededIndexes beyond completions",
    w(job, (m) =>
      Object.assign(m.spec, { completionMode: "Indexed", completions: 5, successPolicy: { rules: [{ succeededIndexes: "0,5" }] } }),
    ),
    "job/success-policy-indexes",
    [...J, "successPolicy", "rules", 0, "succeededIndexes"],
  ],
  [
    "succeededIndexes decreasing",
    w(job, (m) =>
      Object.assign(m.spec, { completionMode: "Indexed", completions: 9, successPolicy: { rules: [{ succeededIndexes: "3,1" }] } }),
    ),
    "job/success-policy-indexes",
    [...J, "successPolicy", "rules", 0, "succeededIndexes"],
  ],
  [
    "negative succeededCount",
    w(job, (m) => Object.assign(m.spec, { completionMode: "Indexed", completions: 5, successPolicy: { rules: [{ succeededCount: -1 }] } })),
    "count/negative",
    [...J, "successPolicy", "rules", 0, "succeededCount"],
  ],
  [
    "21 successPolicy rules",
    w(job, (m) =>
      Object.assign(m.spec, {
        completionMode: "Indexed",
        completions: 5,
        successPolicy: { rules: Array.from({ length: 21 }, () => ({ succeededCount: 1 })) },
      }),
    ),
    "job/success-policy-rules",
    [...J, "successPolicy", "rules"],
  ],
  ["managedBy without a domain", w(job, (m) => (m.spec.managedBy = "my controller")), "job/managed-by", [...J, "managedBy"]],
  ["managedBy too long", w(job, (m) => (m.spec.managedBy = `example.com/${big(60)}`)), "job/managed-by", [...J, "managedBy"]],
  [
    "startingDeadlineSeconds 5 (warning)",
    w(cronJob, (m) => (m.spec.startingDeadlineSeconds = 5)),
    "cronjob/starting-deadline",
    ["spec", "startingDeadlineSeconds"],
    "warning",
  ],
  [
    "CronJob jobTemplate with selector",
    w(cronJob, (m) => (jobSpec(m).selector = { matchLabels: { a: "b" } })),
    "cronjob/selector",
    [...CJ, "selector"],
  ],
  [
    "CronJob jobTemplate with manualSelector",
    w(cronJob, (m) => (jobSpec(m).manualSelector = true)),
    "cronjob/manual-selector",
    [...CJ, "manualSelector"],
  ],

  ["hand-written Job selector", w(job, (m) => (m.spec.selector = { matchLabels: { app: "x" } })), "job/selector", [...J, "selector"]],
  [
    "manualSelector not matching the pod labels",
    w(job, (m) => Object.assign(m.spec, { manualSelector: true, selector: { matchExpressions: [{ key: "tier", operator: "Exists" }] } })),
    "job/selector-mismatch",
    [...J, "template", "metadata", "labels"],
  ],
  [
    "pod label controller-uid",
    w(job, (m) => (m.spec.template.metadata.labels["controller-uid"] = "abc")),
    "job/reserved-label",
    [...J, "template", "metadata", "labels", "controller-uid"],
  ],
  [
    "pod label job-name with another name",
    w(job, (m) => (m.spec.template.metadata.labels["batch.kubernetes.io/job-name"] = "other")),
    "job/reserved-label",
    [...J, "template", "metadata", "labels", "batch.kubernetes.io/job-name"],
  ],
  [
    "CronJob pod label job-name (warning)",
    w(cronJob, (m) => (jobSpec(m).template.metadata.labels["job-name"] = "nightly-report")),
    "job/reserved-label",
    [...CJ, "template", "metadata", "labels", "job-name"],
    "warning",
  ],

  // containers
  [
    "duplicate container names across init and main",
    w(job, (m) => (pod(m).initContainers = [{ name: "migrate", image: "busybox" }])),
    "container/duplicate-name",
    [...P, "initContainers", 0, "name"],
  ],
  [
    "duplicate container names in main",
    w(job, (m) => pod(m).containers.push({ name: "migrate", image: "busybox" })),
    "container/duplicate-name",
    [...P, "containers", 1, "name"],
  ],
  [
    "duplicate init container names",
    w(
      cronJob,
      (m) =>
        (pod(m).initContainers = [
          { name: "a", image: "x" },
          { name: "a", image: "y" },
        ]),
    ),
    "container/duplicate-name",
    [...CP, "initContainers", 1, "name"],
  ],
  ["container name with upper case", w(job, (m) => (main(m).name = "Migrate")), "container/invalid-name", [...C0, "name"]],
  ["container name with a dot", w(job, (m) => (main(m).name = "db.migrate")), "container/invalid-name", [...C0, "name"]],
  ["container name too long", w(job, (m) => (main(m).name = "c".repeat(64))), "container/invalid-name", [...C0, "name"]],
  ["container without image", w(job, (m) => delete main(m).image), "container/image-required", [...C0, "image"]],
  ["container with empty image", w(cronJob, (m) => (main(m).image = "")), "container/image-required", [...CP, "containers", 0, "image"]],
  ["image with trailing space", w(job, (m) => (main(m).image = "busybox ")), "container/image-whitespace", [...C0, "image"], "warning"],
  [
    "init container with livenessProbe",
    w(job, (m) => (pod(m).initContainers = [{ name: "init", image: "x", livenessProbe: { exec: { command: ["true"] } } }])),
    "container/init-forbidden-field",
    [...P, "initContainers", 0, "livenessProbe"],
  ],
  [
    "init container with readinessProbe",
    w(job, (m) => (pod(m).initContainers = [{ name: "init", image: "x", readinessProbe: { exec: { command: ["true"] } } }])),
    "container/init-forbidden-field",
    [...P, "initContainers", 0, "readinessProbe"],
  ],
  [
    "init container with lifecycle",
    w(job, (m) => (pod(m).initContainers = [{ name: "init", image: "x", lifecycle: { preStop: { exec: { command: ["true"] } } } }])),
    "container/init-forbidden-field",
    [...P, "initContainers", 0, "lifecycle"],
  ],
  [
    "init container restartPolicy Never",
    w(job, (m) => (pod(m).initContainers = [{ name: "init", image: "x", restartPolicy: "Never" }])),
    "container/restart-policy",
    [...P, "initContainers", 0, "restartPolicy"],
  ],
  [
    "regular container with restartPolicy",
    w(job, (m) => (main(m).restartPolicy = "Always")),
    "container/restart-policy",
    [...C0, "restartPolicy"],
  ],

  // env
  [
    "env name starting with a digit (1.31)",
    w(job, (m) => main(m).env.push({ name: "1ABC", value: "x" })),
    "env/invalid-name",
    [...C0, "env", 3, "name"],
    "error",
    "1.31",
  ],
  [
    "empty env name (any version)",
    w(job, (m) => main(m).env.push({ name: "", value: "x" })),
    "env/invalid-name",
    [...C0, "env", 3, "name"],
  ],
  [
    "env name with a space (1.29)",
    w(job, (m) => main(m).env.push({ name: "MY VAR", value: "x" })),
    "env/invalid-name",
    [...C0, "env", 3, "name"],
    "error",
    "1.29",
  ],
  [
    "env name with a colon (1.30)",
    w(cronJob, (m) => main(m).env.push({ name: "A:B", value: "x" })),
    "env/invalid-name",
    [...CP, "containers", 0, "env", 3, "name"],
    "error",
    "1.30",
  ],
  ["env name with '=' (1.36)", w(job, (m) => main(m).env.push({ name: "A=B", value: "x" })), "env/invalid-name", [...C0, "env", 3, "name"]],
  [
    "env name with non-ASCII (1.34)",
    w(job, (m) => main(m).env.push({ name: "ÄPFEL", value: "x" })),
    "env/invalid-name",
    [...C0, "env", 3, "name"],
    "error",
    "1.34",
  ],
  [
    "env name '..x' (1.29)",
    w(job, (m) => main(m).env.push({ name: "..x", value: "x" })),
    "env/invalid-name",
    [...C0, "env", 3, "name"],
    "error",
    "1.29",
  ],
  [
    "envFrom prefix with a digit first (1.31)",
    w(job, (m) => (main(m).envFrom[0].prefix = "1_")),
    "env/invalid-prefix",
    [...C0, "envFrom", 0, "prefix"],
    "error",
    "1.31",
  ],
  [
    "duplicate env name",
    w(job, (m) => main(m).env.push({ name: "LOG_LEVEL", value: "debug" })),
    "env/duplicate-name",
    [...C0, "env", 3],
    "warning",
  ],
  ["env with value and valueFrom", w(job, (m) => (main(m).env[1].value = "x")), "env/value-from", [...C0, "env", 1, "valueFrom"]],
  ["env valueFrom empty", w(job, (m) => (main(m).env[1].valueFrom = {})), "env/value-from", [...C0, "env", 1, "valueFrom"]],
  [
    "env valueFrom with two sources",
    w(job, (m) => (main(m).env[1].valueFrom.configMapKeyRef = { name: "c", key: "k" })),
    "env/value-from",
    [...C0, "env", 1, "valueFrom"],
  ],
  [
    "secretKeyRef key with a slash",
    w(job, (m) => (main(m).env[1].valueFrom.secretKeyRef.key = "a/b")),
    "env/invalid-reference",
    [...C0, "env", 1, "valueFrom", "secretKeyRef", "key"],
  ],
  [
    "secretKeyRef without key",
    w(job, (m) => delete main(m).env[1].valueFrom.secretKeyRef.key),
    "env/invalid-reference",
    [...C0, "env", 1, "valueFrom", "secretKeyRef", "key"],
  ],
  [
    "secretKeyRef with an upper-case name",
    w(job, (m) => (main(m).env[1].valueFrom.secretKeyRef.name = "DB")),
    "env/invalid-reference",
    [...C0, "env", 1, "valueFrom", "secretKeyRef", "name"],
  ],
  [
    "fieldRef unsupported path",
    w(job, (m) => (main(m).env[2].valueFrom.fieldRef.fieldPath = "spec.containers")),
    "env/field-path",
    [...C0, "env", 2, "valueFrom", "fieldRef", "fieldPath"],
  ],
  [
    "resourceFieldRef unsupported resource",
    w(job, (m) => main(m).env.push({ name: "MEM", valueFrom: { resourceFieldRef: { resource: "limits.gpu" } } })),
    "env/resource-field",
    [...C0, "env", 3, "valueFrom", "resourceFieldRef", "resource"],
  ],
  [
    "resourceFieldRef bad divisor",
    w(job, (m) => main(m).env.push({ name: "CPU", valueFrom: { resourceFieldRef: { resource: "limits.cpu", divisor: "1Mi" } } })),
    "env/resource-field",
    [...C0, "env", 3, "valueFrom", "resourceFieldRef", "divisor"],
  ],
  [
    "resourceFieldRef divisor that is not a quantity",
    w(job, (m) => main(m).env.push({ name: "MEM", valueFrom: { resourceFieldRef: { resource: "limits.memory", divisor: "1 Mi" } } })),
    "quantity/invalid",
    [...C0, "env", 3, "valueFrom", "resourceFieldRef", "divisor"],
  ],
  ["envFrom with both sources", w(job, (m) => (main(m).envFrom[0].secretRef = { name: "s" })), "env/from-source", [...C0, "envFrom", 0]],
  ["envFrom with no source", w(job, (m) => (main(m).envFrom[0] = { prefix: "X_" })), "env/from-source", [...C0, "envFrom", 0]],

  // resources
  ["cpu: 250x", w(job, (m) => (main(m).resources.requests.cpu = "250x")), "quantity/invalid", [...C0, "resources", "requests", "cpu"]],
  ["memory: 1 Gi", w(job, (m) => (main(m).resources.limits.memory = "1 Gi")), "quantity/invalid", [...C0, "resources", "limits", "memory"]],
  [
    "memory: 1GB",
    w(cronJob, (m) => (main(m).resources.limits.memory = "1GB")),
    "quantity/invalid",
    [...CP, "containers", 0, "resources", "limits", "memory"],
  ],
  ["cpu: 1e", w(job, (m) => (main(m).resources.limits.cpu = "1e")), "quantity/invalid", [...C0, "resources", "limits", "cpu"]],
  [
    "memory: 512K (kilo is k)",
    w(job, (m) => (main(m).resources.requests.memory = "512K")),
    "quantity/invalid",
    [...C0, "resources", "requests", "memory"],
  ],
  ["negative cpu", w(job, (m) => (main(m).resources.requests.cpu = "-1")), "quantity/negative", [...C0, "resources", "requests", "cpu"]],
  [
    "requests above limits (cpu)",
    w(job, (m) => (main(m).resources.requests.cpu = "2")),
    "resources/request-exceeds-limit",
    [...C0, "resources", "requests", "cpu"],
  ],
  [
    "requests above limits (memory, mixed units)",
    w(job, (m) => (main(m).resources.requests.memory = "1.5G")),
    "resources/request-exceeds-limit",
    [...C0, "resources", "requests", "memory"],
  ],
  [
    "requests above limits (1001m vs 1)",
    w(cronJob, (m) => (main(m).resources.requests.cpu = "1001m")),
    "resources/request-exceeds-limit",
    [...CP, "containers", 0, "resources", "requests", "cpu"],
  ],
  [
    "GPU request without limit",
    w(job, (m) => (main(m).resources.requests["nvidia.com/gpu"] = 1)),
    "resources/limit-required",
    [...C0, "resources", "limits"],
  ],
  [
    "GPU request below limit",
    w(job, (m) => {
      main(m).resources.requests["nvidia.com/gpu"] = 1;
      main(m).resources.limits["nvidia.com/gpu"] = 2;
    }),
    "resources/request-must-equal-limit",
    [...C0, "resources", "requests", "nvidia.com/gpu"],
  ],
  [
    "fractional GPU",
    w(job, (m) => (main(m).resources.limits["nvidia.com/gpu"] = "0.5")),
    "resources/not-integer",
    [...C0, "resources", "limits", "nvidia.com/gpu"],
  ],
  [
    "unknown resource name gpu",
    w(job, (m) => (main(m).resources.limits.gpu = 1)),
    "resources/invalid-name",
    [...C0, "resources", "limits", "gpu"],
  ],
  [
    "hugepages without cpu or memory",
    w(job, (m) => (main(m).resources = { limits: { "hugepages-2Mi": "100Mi" } })),
    "resources/hugepages-need-cpu-or-memory",
    [...C0, "resources"],
  ],
  [
    "memory 250m (warning)",
    w(job, (m) => (main(m).resources.requests.memory = "250m")),
    "resources/fractional-bytes",
    [...C0, "resources", "requests", "memory"],
    "warning",
  ],
  [
    "ephemeral-storage 0.5 (warning)",
    w(job, (m) => (main(m).resources.limits["ephemeral-storage"] = 0.5)),
    "resources/fractional-bytes",
    [...C0, "resources", "limits", "ephemeral-storage"],
    "warning",
  ],

  // ports
  ["port name with upper case", w(job, (m) => (main(m).ports[0].name = "Metrics")), "port/invalid-name", [...C0, "ports", 0, "name"]],
  ["port name too long", w(job, (m) => (main(m).ports[0].name = "prometheus-metrics")), "port/invalid-name", [...C0, "ports", 0, "name"]],
  ["port name all digits", w(job, (m) => (main(m).ports[0].name = "9090")), "port/invalid-name", [...C0, "ports", 0, "name"]],
  ["port name with double dash", w(job, (m) => (main(m).ports[0].name = "a--b")), "port/invalid-name", [...C0, "ports", 0, "name"]],
  [
    "duplicate port name",
    w(job, (m) => main(m).ports.push({ name: "metrics", containerPort: 9091 })),
    "port/duplicate-name",
    [...C0, "ports", 1, "name"],
  ],
  ["containerPort 0", w(job, (m) => (main(m).ports[0].containerPort = 0)), "port/invalid-number", [...C0, "ports", 0, "containerPort"]],
  [
    "containerPort 70000",
    w(job, (m) => (main(m).ports[0].containerPort = 70000)),
    "port/invalid-number",
    [...C0, "ports", 0, "containerPort"],
  ],
  ["hostPort 70000", w(job, (m) => (main(m).ports[0].hostPort = 70000)), "port/invalid-number", [...C0, "ports", 0, "hostPort"]],
  [
    "same hostPort twice",
    w(job, (m) => {
      main(m).ports[0].hostPort = 8080;
      pod(m).containers.push({ name: "b", image: "x", ports: [{ containerPort: 80, hostPort: 8080 }] });
    }),
    "port/host-port-conflict",
    [...P, "containers", 1, "ports", 0, "hostPort"],
  ],
  [
    "same containerPort twice (warning)",
    w(job, (m) => pod(m).containers.push({ name: "b", image: "x", ports: [{ containerPort: 9090 }] })),
    "port/duplicate",
    [...P, "containers", 1, "ports", 0],
    "warning",
  ],

  // volumes
  [
    "volume name with upper case",
    w(job, (m) => {
      pod(m).volumes[0].name = "Config";
      main(m).volumeMounts[0].name = "Config";
    }),
    "volume/invalid-name",
    [...P, "volumes", 0, "name"],
  ],
  ["duplicate volume names", w(job, (m) => (pod(m).volumes[1].name = "config")), "volume/duplicate-name", [...P, "volumes", 1, "name"]],
  [
    "volume with two sources",
    w(job, (m) => (pod(m).volumes[0].emptyDir = {})),
    "volume/multiple-sources",
    [...P, "volumes", 0, "configMap"],
  ],
  [
    "secret volume without secretName",
    w(job, (m) => delete pod(m).volumes[1].secret.secretName),
    "volume/missing-reference",
    [...P, "volumes", 1, "secret", "secretName"],
  ],
  [
    "configMap volume without name",
    w(job, (m) => delete pod(m).volumes[0].configMap.name),
    "volume/missing-reference",
    [...P, "volumes", 0, "configMap", "name"],
  ],
  [
    "pvc without claimName",
    w(job, (m) => pod(m).volumes.push({ name: "data", persistentVolumeClaim: {} })),
    "volume/missing-reference",
    [...P, "volumes", 2, "persistentVolumeClaim", "claimName"],
  ],
  [
    "defaultMode 644 (decimal)",
    w(job, (m) => (pod(m).volumes[0].configMap.defaultMode = 644)),
    "file/mode-out-of-range",
    [...P, "volumes", 0, "configMap", "defaultMode"],
  ],
  [
    "defaultMode negative",
    w(job, (m) => (pod(m).volumes[0].configMap.defaultMode = -1)),
    "file/mode-out-of-range",
    [...P, "volumes", 0, "configMap", "defaultMode"],
  ],
  [
    "items mode 0o1000",
    w(job, (m) => (pod(m).volumes[1].secret.items[0].mode = 512)),
    "file/mode-out-of-range",
    [...P, "volumes", 1, "secret", "items", 0, "mode"],
  ],
  [
    "projected defaultMode 755",
    w(job, (m) => pod(m).volumes.push({ name: "p", projected: { defaultMode: 755, sources: [] } })),
    "file/mode-out-of-range",
    [...P, "volumes", 2, "projected", "defaultMode"],
  ],
  [
    "item path with ..",
    w(job, (m) => (pod(m).volumes[1].secret.items[0].path = "../etc/passwd")),
    "volume/item-path",
    [...P, "volumes", 1, "secret", "items", 0, "path"],
  ],
  [
    "item path absolute",
    w(job, (m) => (pod(m).volumes[1].secret.items[0].path = "/app.yaml")),
    "volume/item-path",
    [...P, "volumes", 1, "secret", "items", 0, "path"],
  ],
  [
    "item key with a slash",
    w(job, (m) => (pod(m).volumes[1].secret.items[0].key = "a/b")),
    "volume/item-key",
    [...P, "volumes", 1, "secret", "items", 0, "key"],
  ],
  [
    "token expiration below 10 minutes",
    w(job, (m) =>
      pod(m).volumes.push({ name: "token", projected: { sources: [{ serviceAccountToken: { path: "token", expirationSeconds: 60 } }] } }),
    ),
    "volume/token-expiration",
    [...P, "volumes", 2, "projected", "sources", 0, "serviceAccountToken", "expirationSeconds"],
  ],
  [
    "downwardAPI item with an env-only path",
    w(job, (m) =>
      pod(m).volumes.push({ name: "info", downwardAPI: { items: [{ path: "node", fieldRef: { fieldPath: "spec.nodeName" } }] } }),
    ),
    "volume/downward-api",
    [...P, "volumes", 2, "downwardAPI", "items", 0, "fieldRef", "fieldPath"],
  ],
  [
    "downwardAPI resourceFieldRef without containerName",
    w(job, (m) =>
      pod(m).volumes.push({ name: "info", downwardAPI: { items: [{ path: "mem", resourceFieldRef: { resource: "limits.memory" } }] } }),
    ),
    "volume/downward-api",
    [...P, "volumes", 2, "downwardAPI", "items", 0, "resourceFieldRef", "containerName"],
  ],
  [
    "emptyDir sizeLimit 1 GB",
    w(job, (m) => pod(m).volumes.push({ name: "scratch", emptyDir: { sizeLimit: "1 GB" } })),
    "quantity/invalid",
    [...P, "volumes", 2, "emptyDir", "sizeLimit"],
  ],
  [
    "gitRepo volume (warning)",
    w(job, (m) => pod(m).volumes.push({ name: "repo", gitRepo: { repository: "https://x" } })),
    "volume/deprecated",
    [...P, "volumes", 2, "gitRepo"],
    "warning",
  ],
  [
    "overlapping item paths (warning)",
    w(job, (m) => pod(m).volumes[1].secret.items.push({ key: "b", path: "app.yaml" })),
    "volume/overlapping-paths",
    [...P, "volumes", 1, "secret"],
    "warning",
  ],

  // volume mounts
  [
    "mount of an unknown volume",
    w(job, (m) => (main(m).volumeMounts[0].name = "cfg")),
    "volume-mount/unknown-volume",
    [...C0, "volumeMounts", 0, "name"],
  ],
  [
    "two mounts at the same path",
    w(job, (m) => (main(m).volumeMounts[1].mountPath = "/etc/migrate")),
    "volume-mount/duplicate-path",
    [...C0, "volumeMounts", 1, "mountPath"],
  ],
  [
    "subPath with ..",
    w(job, (m) => (main(m).volumeMounts[1].subPath = "../app.yaml")),
    "volume-mount/invalid-sub-path",
    [...C0, "volumeMounts", 1, "subPath"],
  ],
  [
    "subPath absolute",
    w(cronJob, (m) => (main(m).volumeMounts[1].subPath = "/app.yaml")),
    "volume-mount/invalid-sub-path",
    [...CP, "containers", 0, "volumeMounts", 1, "subPath"],
  ],
  [
    "subPath and subPathExpr",
    w(job, (m) => (main(m).volumeMounts[1].subPathExpr = "$(POD_NAME)")),
    "volume-mount/sub-path-conflict",
    [...C0, "volumeMounts", 1, "subPathExpr"],
  ],
  [
    "empty mountPath",
    w(job, (m) => (main(m).volumeMounts[0].mountPath = "")),
    "volume-mount/missing-path",
    [...C0, "volumeMounts", 0, "mountPath"],
  ],
  [
    "Bidirectional propagation unprivileged",
    w(job, (m) => (main(m).volumeMounts[0].mountPropagation = "Bidirectional")),
    "volume-mount/propagation",
    [...C0, "volumeMounts", 0, "mountPropagation"],
  ],
  [
    "recursiveReadOnly without readOnly",
    w(job, (m) => (main(m).volumeMounts[0].recursiveReadOnly = "Enabled")),
    "volume-mount/recursive-read-only",
    [...C0, "volumeMounts", 0, "recursiveReadOnly"],
  ],

  // probes and lifecycle
  [
    "probe with two handlers",
    w(job, (m) => (main(m).livenessProbe.exec = { command: ["true"] })),
    "probe/handler-count",
    [...C0, "livenessProbe"],
  ],
  ["probe with no handler", w(job, (m) => (main(m).readinessProbe = { periodSeconds: 5 })), "probe/no-handler", [...C0, "readinessProbe"]],
  [
    "liveness successThreshold 2",
    w(job, (m) => (main(m).livenessProbe.successThreshold = 2)),
    "probe/success-threshold",
    [...C0, "livenessProbe", "successThreshold"],
  ],
  [
    "startup successThreshold 3",
    w(job, (m) => (main(m).startupProbe = { tcpSocket: { port: 9090 }, successThreshold: 3 })),
    "probe/success-threshold",
    [...C0, "startupProbe", "successThreshold"],
  ],
  [
    "negative failureThreshold",
    w(job, (m) => (main(m).livenessProbe.failureThreshold = -1)),
    "probe/negative",
    [...C0, "livenessProbe", "failureThreshold"],
  ],
  [
    "periodSeconds 0 (warning)",
    w(job, (m) => (main(m).livenessProbe.periodSeconds = 0)),
    "probe/zero-defaulted",
    [...C0, "livenessProbe", "periodSeconds"],
    "warning",
  ],
  [
    "failureThreshold 0 (warning)",
    w(job, (m) => (main(m).livenessProbe.failureThreshold = 0)),
    "probe/zero-defaulted",
    [...C0, "livenessProbe", "failureThreshold"],
    "warning",
  ],
  [
    "httpGet port as a quoted number",
    w(job, (m) => (main(m).livenessProbe.httpGet.port = "8080")),
    "probe/invalid-port",
    [...C0, "livenessProbe", "httpGet", "port"],
  ],
  [
    "tcpSocket port 0",
    w(job, (m) => (main(m).readinessProbe = { tcpSocket: { port: 0 } })),
    "probe/invalid-port",
    [...C0, "readinessProbe", "tcpSocket", "port"],
  ],
  [
    "exec without command",
    w(job, (m) => (main(m).readinessProbe = { exec: { command: [] } })),
    "probe/exec-command",
    [...C0, "readinessProbe", "exec", "command"],
  ],
  [
    "readinessProbe terminationGracePeriodSeconds",
    w(job, (m) => (main(m).readinessProbe = { exec: { command: ["true"] }, terminationGracePeriodSeconds: 10 })),
    "probe/termination-grace-period",
    [...C0, "readinessProbe", "terminationGracePeriodSeconds"],
  ],
  [
    "bad HTTP header name",
    w(job, (m) => (main(m).livenessProbe.httpGet.httpHeaders = [{ name: "X Token", value: "1" }])),
    "probe/invalid-header",
    [...C0, "livenessProbe", "httpGet", "httpHeaders", 0, "name"],
  ],
  [
    "preStop with two handlers",
    w(job, (m) => (main(m).lifecycle = { preStop: { exec: { command: ["x"] }, sleep: { seconds: 1 } } })),
    "lifecycle/handler-count",
    [...C0, "lifecycle", "preStop"],
  ],
  [
    "postStart httpGet port 0",
    w(job, (m) => (main(m).lifecycle = { postStart: { httpGet: { port: 0 } } })),
    "lifecycle/invalid-port",
    [...C0, "lifecycle", "postStart", "httpGet", "port"],
  ],
  [
    "preStop with no handler",
    w(job, (m) => (main(m).lifecycle = { preStop: {} })),
    "lifecycle/no-handler",
    [...C0, "lifecycle", "preStop"],
  ],
  [
    "preStop sleep 0 before 1.33",
    w(job, (m) => (main(m).lifecycle = { preStop: { sleep: { seconds: 0 } } })),
    "lifecycle/sleep-seconds",
    [...C0, "lifecycle", "preStop", "sleep", "seconds"],
    "error",
    "1.32",
  ],
  [
    "preStop sleep beyond the grace period",
    w(job, (m) => (main(m).lifecycle = { preStop: { sleep: { seconds: 60 } } })),
    "lifecycle/sleep-seconds",
    [...C0, "lifecycle", "preStop", "sleep", "seconds"],
  ],

  // pod spec
  [
    "pod activeDeadlineSeconds 0",
    w(job, (m) => (pod(m).activeDeadlineSeconds = 0)),
    "pod/active-deadline-seconds",
    [...P, "activeDeadlineSeconds"],
  ],
  [
    "serviceAccountName with upper case",
    w(job, (m) => (pod(m).serviceAccountName = "Reports")),
    "pod/invalid-name",
    [...P, "serviceAccountName"],
  ],
  ["hostname with a dot", w(job, (m) => (pod(m).hostname = "a.b")), "pod/invalid-name", [...P, "hostname"]],
  [
    "nodeSelector value with a space",
    w(job, (m) => (pod(m).nodeSelector = { pool: "big nodes" })),
    "pod/node-selector",
    [...P, "nodeSelector", "pool"],
  ],
  ["dnsPolicy None without dnsConfig", w(job, (m) => (pod(m).dnsPolicy = "None")), "pod/dns-config", [...P, "dnsConfig"]],
  [
    "negative terminationGracePeriodSeconds (warning)",
    w(job, (m) => (pod(m).terminationGracePeriodSeconds = -1)),
    "pod/termination-grace-period",
    [...P, "terminationGracePeriodSeconds"],
    "warning",
  ],
  [
    "imagePullSecrets with an empty name (warning)",
    w(job, (m) => (pod(m).imagePullSecrets = [{ name: "" }])),
    "pod/image-pull-secret",
    [...P, "imagePullSecrets", 0, "name"],
    "warning",
  ],
  [
    "imagePullSecrets duplicate (warning)",
    w(job, (m) => (pod(m).imagePullSecrets = [{ name: "r" }, { name: "r" }])),
    "pod/image-pull-secret",
    [...P, "imagePullSecrets", 1, "name"],
    "warning",
  ],
  [
    "ephemeral containers in a template",
    w(job, (m) => (pod(m).ephemeralContainers = [{ name: "debug", image: "busybox" }])),
    "pod/ephemeral-containers",
    [...P, "ephemeralContainers"],
  ],
  [
    "deprecated node label in nodeSelector (warning)",
    w(job, (m) => (pod(m).nodeSelector = { "beta.kubernetes.io/arch": "amd64" })),
    "pod/deprecated-node-label",
    [...P, "nodeSelector", "beta.kubernetes.io/arch"],
    "warning",
  ],
  [
    "deprecated node label in node affinity (warning)",
    w(
      job,
      (m) =>
        (pod(m).affinity = {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [{ matchExpressions: [{ key: "failure-domain.beta.kubernetes.io/zone", operator: "In", values: ["a"] }] }],
            },
          },
        }),
    ),
    "pod/deprecated-node-label",
    [
      ...P,
      "affinity",
      "nodeAffinity",
      "requiredDuringSchedulingIgnoredDuringExecution",
      "nodeSelectorTerms",
      0,
      "matchExpressions",
      0,
      "key",
    ],
    "warning",
  ],
  [
    "topologySpreadConstraint without labelSelector (warning)",
    w(
      job,
      (m) =>
        (pod(m).topologySpreadConstraints = [{ maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "DoNotSchedule" }]),
    ),
    "pod/null-label-selector",
    [...P, "topologySpreadConstraints", 0, "labelSelector"],
    "warning",
  ],
  [
    "pod anti-affinity term without labelSelector (warning)",
    w(
      job,
      (m) =>
        (pod(m).affinity = {
          podAntiAffinity: {
            preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, podAffinityTerm: { topologyKey: "kubernetes.io/hostname" } }],
          },
        }),
    ),
    "pod/null-label-selector",
    [...P, "affinity", "podAntiAffinity", "preferredDuringSchedulingIgnoredDuringExecution", 0, "podAffinityTerm", "labelSelector"],
    "warning",
  ],
  [
    "runAsUser negative",
    w(job, (m) => (main(m).securityContext = { runAsUser: -1 })),
    "security-context/invalid-id",
    [...C0, "securityContext", "runAsUser"],
  ],
  [
    "pod fsGroup too large",
    w(job, (m) => (pod(m).securityContext = { fsGroup: 2 ** 31 })),
    "security-context/invalid-id",
    [...P, "securityContext", "fsGroup"],
  ],
  [
    "privileged without privilege escalation",
    w(job, (m) => (main(m).securityContext = { privileged: true, allowPrivilegeEscalation: false })),
    "security-context/privilege-escalation",
    [...C0, "securityContext", "allowPrivilegeEscalation"],
  ],
  [
    "CAP_SYS_ADMIN without privilege escalation",
    w(job, (m) => (main(m).securityContext = { allowPrivilegeEscalation: false, capabilities: { add: ["CAP_SYS_ADMIN"] } })),
    "security-context/privilege-escalation",
    [...C0, "securityContext", "allowPrivilegeEscalation"],
  ],
  [
    "Localhost seccomp without a profile",
    w(job, (m) => (pod(m).securityContext = { seccompProfile: { type: "Localhost" } })),
    "security-context/profile",
    [...P, "securityContext", "seccompProfile", "localhostProfile"],
  ],
  [
    "RuntimeDefault seccomp with a profile",
    w(job, (m) => (main(m).securityContext = { seccompProfile: { type: "RuntimeDefault", localhostProfile: "x.json" } })),
    "security-context/profile",
    [...C0, "securityContext", "seccompProfile", "localhostProfile"],
  ],
  [
    "sysctl name with upper case",
    w(job, (m) => (pod(m).securityContext = { sysctls: [{ name: "Net.ipv4.ip_forward", value: "1" }] })),
    "security-context/sysctl",
    [...P, "securityContext", "sysctls", 0, "name"],
  ],
  [
    "hostAliases with a bad ip",
    w(job, (m) => (pod(m).hostAliases = [{ ip: "10.0.0.300", hostnames: ["db.local"] }])),
    "pod/host-alias",
    [...P, "hostAliases", 0, "ip"],
  ],
  [
    "hostAliases with a bad hostname",
    w(job, (m) => (pod(m).hostAliases = [{ ip: "10.0.0.3", hostnames: ["DB_local"] }])),
    "pod/host-alias",
    [...P, "hostAliases", 0, "hostnames", 0],
  ],
  [
    "four nameservers",
    w(job, (m) => (pod(m).dnsConfig = { nameservers: ["1.1.1.1", "8.8.8.8", "9.9.9.9", "1.0.0.1"] })),
    "pod/dns-config",
    [...P, "dnsConfig", "nameservers"],
  ],
  [
    "nameserver that is not an IP",
    w(job, (m) => (pod(m).dnsConfig = { nameservers: ["dns.google"] })),
    "pod/dns-config",
    [...P, "dnsConfig", "nameservers", 0],
  ],
  [
    "toleration without key and operator Equal",
    w(job, (m) => (pod(m).tolerations = [{ operator: "Equal", value: "x" }])),
    "toleration/invalid",
    [...P, "tolerations", 0, "operator"],
  ],
  [
    "toleration Exists with a value",
    w(job, (m) => (pod(m).tolerations = [{ key: "k", operator: "Exists", value: "x" }])),
    "toleration/invalid",
    [...P, "tolerations", 0, "value"],
  ],
  [
    "tolerationSeconds with NoSchedule",
    w(job, (m) => (pod(m).tolerations = [{ key: "k", operator: "Exists", effect: "NoSchedule", tolerationSeconds: 60 }])),
    "toleration/invalid",
    [...P, "tolerations", 0, "effect"],
  ],

  // Secret
  ["Secret key with a slash", w(secret, (m) => (m.stringData["a/b"] = "x")), "secret/invalid-key", ["stringData", "a/b"]],
  ["Secret data key '..'", w(secret, (m) => (m.data = { "..": "eA==" })), "secret/invalid-key", ["data", ".."]],
  ["Secret data not base64", w(secret, (m) => (m.data = { token: "not base64!" })), "secret/invalid-base64", ["data", "token"]],
  ["Secret over 1 MiB", w(secret, (m) => (m.stringData.big = big(1024 * 1024))), "secret/too-large", ["stringData"]],
  [
    "tls Secret without tls.key",
    w(secret, (m) => Object.assign(m, { type: "kubernetes.io/tls", stringData: { "tls.crt": "x" } })),
    "secret/missing-key",
    ["stringData"],
  ],
  [
    "basic-auth Secret without username or password",
    w(secret, (m) => Object.assign(m, { type: "kubernetes.io/basic-auth", stringData: { user: "x" } })),
    "secret/missing-key",
    ["stringData"],
  ],
  [
    "dockerconfigjson Secret without its key",
    w(secret, (m) => Object.assign(m, { type: "kubernetes.io/dockerconfigjson", stringData: { config: "{}" } })),
    "secret/missing-key",
    ["stringData"],
  ],
  [
    "dockerconfigjson that is not JSON",
    w(secret, (m) => Object.assign(m, { type: "kubernetes.io/dockerconfigjson", stringData: { ".dockerconfigjson": "{auths" } })),
    "secret/invalid-json",
    ["stringData", ".dockerconfigjson"],
  ],
  [
    "ssh-auth Secret without ssh-privatekey",
    w(secret, (m) => Object.assign(m, { type: "kubernetes.io/ssh-auth" })),
    "secret/missing-key",
    ["stringData"],
  ],
  [
    "ssh-auth Secret with an empty key",
    w(secret, (m) => Object.assign(m, { type: "kubernetes.io/ssh-auth", stringData: { "ssh-privatekey": "" } })),
    "secret/missing-key",
    ["stringData"],
  ],
  [
    "service-account-token Secret without annotation",
    w(secret, (m) => Object.assign(m, { type: "kubernetes.io/service-account-token" })),
    "secret/missing-key",
    ["metadata", "annotations"],
  ],

  // ConfigMap
  ["ConfigMap key with a slash", w(configMap, (m) => (m.data["conf/app.yaml"] = "x")), "configmap/invalid-key", ["data", "conf/app.yaml"]],
  [
    "ConfigMap binaryData key with a space",
    w(configMap, (m) => (m.binaryData["a b"] = "eA==")),
    "configmap/invalid-key",
    ["binaryData", "a b"],
  ],
  [
    "ConfigMap key in data and binaryData",
    w(configMap, (m) => (m.data["logo.png"] = "x")),
    "configmap/duplicate-key",
    ["binaryData", "logo.png"],
  ],
  [
    "ConfigMap binaryData not base64",
    w(configMap, (m) => (m.binaryData["logo.png"] = "%%%")),
    "configmap/invalid-base64",
    ["binaryData", "logo.png"],
  ],
  ["ConfigMap over 1 MiB", w(configMap, (m) => (m.data.big = big(1024 * 1024))), "configmap/too-large", []],
];

const DECLARED = new Set<string>(RULES.flatMap((r) => r.codes));

describe("each invalid manifest yields its rule code at its path", () => {
  it("has at least 120 cases", () => expect(cases.length).toBeGreaterThanOrEqual(120));

  it.each(cases)("%s", (_title, make, code, path, severity = "error", kubeVersion = "1.36") => {
    const diagnostics = checkRules(make(), { kubeVersion });
    const match = diagnostics.find((d) => d.code === code && JSON.stringify(d.path) === JSON.stringify(path));
    expect(match, `got ${JSON.stringify(diagnostics.map((d) => [d.code, d.path]))}`).toBeDefined();
    expect(match?.severity).toBe(severity);
    expect(match?.message.length).toBeGreaterThan(10);
    for (const d of diagnostics) expect(DECLARED.has(d.code), `${d.code} is not declared by its rule`).toBe(true);
  });
});
