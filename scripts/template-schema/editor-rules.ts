// What the editor schema checks on top of the template's shape: Kubernetes syntaxes and
// cross-field rules that kubejobs' own rules (src/k8s/rules, src/schedule, the compiler) check in
// `validate`. Each entry names those rules' codes. The run-time shape check (layer 1) is compiled
// without these entries, so a problem is reported once at run time, by the rule, with the rule's
// reason and hint; the editor shows the same problem while typing, with a message in the same
// words. test/editor/mistakes.test.ts checks both sides on the typical mistakes.
import type { DiagnosticCode } from "../../src/diagnostic.ts";
import { IANA_ZONE_NAMES } from "../../src/schedule/generated/zone-names.ts";
import * as P from "./patterns.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface EditorRule {
  /** JSON pointers of the schema nodes the fragment is merged into. */
  at: string[];
  /** JSON Schema keywords the editor evaluates there. */
  schema: JsonObject;
  /** The codes `validate` reports the same problem with (the reason layer 1 leaves it alone). */
  checkedBy: DiagnosticCode[];
}

const KINDS = ["JobTemplate", "ScheduledJobTemplate"];
/** The same field of both kinds. */
const field = (path: string): string[] => KINDS.map((kind) => `/definitions/${kind}/properties/${path}`);
const kind = (name: string): string[] => [`/definitions/${name}`];
const both = (paths: string[]): string[] => paths.flatMap(field);

const pattern = (regex: string, message: string): JsonObject => ({ pattern: regex, patternErrorMessage: message });
/** Two patterns, two messages: the characters, then the length (an editor shows one message per pattern). */
const nameOf = (max: number, why: string): JsonObject => ({
  ...pattern(
    P.DNS1123_SUBDOMAIN,
    "Lower-case letters, digits, '-' and '.', starting and ending with a letter or digit (a DNS-1123 subdomain), e.g. nightly-report.",
  ),
  allOf: [pattern(P.lengthAtMost(max), `At most ${max} characters: ${why}`)],
});

const LABEL_KEY = pattern(
  P.QUALIFIED_NAME,
  "A label key: an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit, e.g. app.kubernetes.io/part-of.",
);
const LABEL_VALUE = pattern(
  P.LABEL_VALUE,
  "A label value: empty, or at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit (longer text belongs in an annotation).",
);
const ANNOTATION_KEY = pattern(
  P.ANNOTATION_KEY,
  "An annotation key: an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.",
);
const QUANTITY_MESSAGE = "a Kubernetes quantity such as 250m, 1 or 1.5 (cpu) or 512Mi, 1Gi or 1.5G (memory); not negative";
const RESOURCE_NAME_MESSAGE =
  "cpu, memory, ephemeral-storage, hugepages-<size>, or a domain-prefixed extended resource such as nvidia.com/gpu";

export const EDITOR_RULES: EditorRule[] = [
  {
    at: field("name").slice(0, 1),
    schema: nameOf(63, "Kubernetes copies a Job's name into the job-name label of its pods, and label values are limited to 63."),
    checkedBy: ["name/invalid", "name/too-long"],
  },
  {
    at: field("name").slice(1),
    schema: nameOf(
      52,
      "the CronJob controller appends 11 characters (a '-' and a timestamp) to name each Job, and a Job name must fit in 63.",
    ),
    checkedBy: ["name/invalid", "name/too-long"],
  },
  {
    at: field("namespace"),
    schema: pattern(
      `^$|${P.DNS1123_LABEL}`,
      "A namespace: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit.",
    ),
    checkedBy: ["namespace/invalid"],
  },
  {
    at: both(["labels", "podLabels"]),
    schema: { propertyNames: LABEL_KEY },
    checkedBy: ["label/invalid-key"],
  },
  {
    at: both(["labels/additionalProperties", "podLabels/additionalProperties"]),
    schema: LABEL_VALUE,
    checkedBy: ["label/invalid-value"],
  },
  {
    at: field("nodeSelector"),
    schema: { propertyNames: LABEL_KEY, additionalProperties: LABEL_VALUE },
    checkedBy: ["pod/node-selector"],
  },
  {
    at: both(["annotations", "podAnnotations"]),
    schema: { propertyNames: ANNOTATION_KEY },
    checkedBy: ["annotation/invalid-key"],
  },
  {
    at: both(["containers", "initContainers"]),
    schema: {
      propertyNames: pattern(
        P.DNS1123_LABEL,
        "A container name: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit (a DNS-1123 label).",
      ),
    },
    checkedBy: ["container/invalid-name"],
  },
  {
    // Regular containers follow the pod's restartPolicy; only an init container may set one.
    at: field("containers/additionalProperties"),
    schema: {
      properties: { restartPolicy: false },
      errorMessage:
        "restartPolicy may only be set on init containers (Always makes a sidecar); a regular container follows the pod's restartPolicy.",
    },
    checkedBy: ["container/restart-policy"],
  },
  {
    // A plain init container runs to completion first: no probes, no lifecycle hooks.
    at: field("initContainers/additionalProperties"),
    schema: {
      if: { not: { required: ["restartPolicy"] } },
      then: {
        properties: { lifecycle: false, livenessProbe: false, readinessProbe: false, startupProbe: false },
        errorMessage:
          "An init container runs to completion before the main containers start: it cannot have probes or lifecycle hooks, unless restartPolicy: Always makes it a sidecar.",
      },
    },
    checkedBy: ["container/init-forbidden-field"],
  },
  {
    // One success is enough to count a container as alive or started (only readiness counts more).
    at: ["/definitions/Container/properties/livenessProbe", "/definitions/Container/properties/startupProbe"],
    schema: { properties: { successThreshold: { maximum: 1 } } },
    checkedBy: ["probe/success-threshold"],
  },
  {
    at: ["/definitions/Container/properties/image"],
    schema: pattern("[\\s\\S]", "Every container needs an image, e.g. ghcr.io/acme/report:1.4.2."),
    checkedBy: ["container/image-required"],
  },
  {
    at: ["/definitions/Container/properties/env"],
    schema: {
      propertyNames: pattern(
        P.RELAXED_ENV_VAR_NAME,
        "An environment variable name: printable ASCII characters other than '=' (Kubernetes 1.31 and older: letters, digits, '_', '-' and '.', not starting with a digit).",
      ),
    },
    checkedBy: ["env/invalid-name"],
  },
  {
    at: ["/definitions/EnvFromSecret/properties/prefix", "/definitions/EnvFromConfigMap/properties/prefix"],
    schema: pattern(`^$|${P.RELAXED_ENV_VAR_NAME}`, "A prefix of environment variable names: printable ASCII characters other than '='."),
    checkedBy: ["env/invalid-prefix"],
  },
  {
    at: ["/definitions/ResourceShorthand"],
    schema: {
      propertyNames: pattern(P.SHORTHAND_RESOURCE_NAME, `A container resource: ${RESOURCE_NAME_MESSAGE}.`),
    },
    checkedBy: ["resources/invalid-name"],
  },
  {
    at: ["/definitions/FullResources/properties/requests", "/definitions/FullResources/properties/limits"],
    schema: { propertyNames: pattern(P.RESOURCE_NAME, `A container resource: ${RESOURCE_NAME_MESSAGE}.`) },
    checkedBy: ["resources/invalid-name"],
  },
  {
    at: ["/definitions/QuantityOrRange"],
    schema: {
      minimum: 0,
      ...pattern(P.QUANTITY_OR_RANGE, `A quantity, or REQUEST-LIMIT such as 250m-1 or 512Mi-1Gi: ${QUANTITY_MESSAGE}.`),
    },
    checkedBy: ["quantity/invalid", "quantity/negative"],
  },
  {
    at: ["/definitions/Quantity"],
    schema: { minimum: 0, ...pattern(P.QUANTITY, `A quantity: ${QUANTITY_MESSAGE}.`) },
    checkedBy: ["quantity/invalid", "quantity/negative"],
  },
  {
    at: ["/definitions/ScheduledJobTemplate/properties/schedule"],
    schema: pattern(
      P.CRON_SCHEDULE,
      'Five cron fields as Kubernetes reads them: minute hour day-of-month month day-of-week, e.g. "0 3 * * *" (no seconds field, no TZ= (use timeZone), no L, W or #, day-of-week 0-6), or @hourly, @daily, @weekly, @monthly, @yearly, @every 1h30m.',
    ),
    checkedBy: [
      "schedule/required",
      "schedule/field-count",
      "schedule/seconds-field",
      "schedule/has-time-zone",
      "schedule/invalid",
      "schedule/out-of-range",
      "schedule/unsupported-syntax",
      "schedule/unknown-descriptor",
      "schedule/invalid-duration",
    ],
  },
  {
    // The names Go's time.LoadLocation finds (the list src/schedule/time-zone.ts checks against):
    // a pattern rather than an enum, so that hover stays a few lines instead of 600 names.
    at: ["/definitions/ScheduledJobTemplate/properties/timeZone"],
    schema: pattern(
      P.timeZonePattern(IANA_ZONE_NAMES.split(" ")),
      "An IANA time zone name as Kubernetes knows it, case-sensitive: Europe/Berlin, America/New_York, UTC, Etc/GMT-5 (for UTC+5). Not Local.",
    ),
    checkedBy: ["time-zone/empty", "time-zone/invalid", "time-zone/local", "time-zone/unknown"],
  },
  {
    at: ["/definitions/SecretSpec/properties/data"],
    schema: {
      propertyNames: pattern(
        P.CONFIG_MAP_KEY,
        "A Secret key: at most 253 letters, digits, '-', '_' or '.' (it becomes a file name when mounted), not '.' or '..'.",
      ),
    },
    checkedBy: ["secret/invalid-key"],
  },
  {
    at: field("secrets"),
    schema: {
      propertyNames: pattern(P.DNS1123_SUBDOMAIN, "A Secret name: lower-case letters, digits, '-' and '.' (a DNS-1123 subdomain)."),
    },
    checkedBy: ["name/invalid", "name/too-long"],
  },
  {
    at: field("volumes"),
    schema: {
      propertyNames: pattern(P.DNS1123_LABEL, "A volume name: at most 63 lower-case letters, digits and '-' (a DNS-1123 label)."),
    },
    checkedBy: ["volume/invalid-name"],
  },
  {
    // The keys each secret type needs (src/compile/secret.ts, PRODUCT §1.6), at the `data` line.
    at: kind("SecretSpec"),
    schema: {
      allOf: (
        [
          ["basic", ["username", "password"]],
          ["token", ["token"]],
          ["certificate", ["tls.crt", "tls.key"]],
          ["dockerconfigjson", [".dockerconfigjson"]],
        ] as const
      ).map(([type, keys]) => ({
        if: { properties: { type: { const: type } }, required: ["type"] },
        then: { properties: { data: { required: [...keys] } } },
      })),
    },
    checkedBy: ["secret/missing-key"],
  },
  {
    // "" means unset to the API server (these are not required).
    at: both(["serviceAccount", "priorityClassName"]),
    schema: pattern(`^$|${P.DNS1123_SUBDOMAIN}`, "A name: lower-case letters, digits, '-' and '.' (a DNS-1123 subdomain)."),
    checkedBy: ["pod/invalid-name"],
  },
  {
    at: both(["hostname", "subdomain"]),
    schema: pattern(`^$|${P.DNS1123_LABEL}`, "At most 63 lower-case letters, digits and '-' (a DNS-1123 label)."),
    checkedBy: ["pod/invalid-name"],
  },
  {
    // batch/validation validateJobSpec: the rules between completionMode, completions and the
    // per-index fields, and the pod restart policy a podFailurePolicy needs. Each is reported at
    // the field the user wrote.
    at: kind("JobTemplate").concat(kind("ScheduledJobTemplate")),
    schema: {
      allOf: [
        {
          if: { properties: { completionMode: { const: "Indexed" } }, required: ["completionMode"], not: { required: ["completions"] } },
          then: {
            properties: {
              completionMode: {
                enum: ["NonIndexed"],
                errorMessage: "completionMode Indexed needs completions: the number of indexes (0 to completions-1).",
              },
            },
          },
        },
        {
          if: { required: ["maxFailedIndexes"], not: { required: ["backoffLimitPerIndex"] } },
          then: {
            properties: { maxFailedIndexes: false },
            errorMessage:
              "maxFailedIndexes needs backoffLimitPerIndex: failed indexes are only counted when each index has its own backoff limit.",
          },
        },
        {
          if: {
            required: ["backoffLimitPerIndex"],
            not: { properties: { completionMode: { const: "Indexed" } }, required: ["completionMode"] },
          },
          then: { properties: { backoffLimitPerIndex: false }, errorMessage: 'backoffLimitPerIndex requires completionMode "Indexed".' },
        },
        {
          if: { required: ["successPolicy"], not: { properties: { completionMode: { const: "Indexed" } }, required: ["completionMode"] } },
          then: {
            properties: { successPolicy: false },
            errorMessage: 'successPolicy requires completionMode "Indexed" (and completions).',
          },
        },
        {
          if: { required: ["podFailurePolicy"] },
          then: {
            properties: {
              restartPolicy: {
                enum: ["Never"],
                errorMessage:
                  "A podFailurePolicy needs restartPolicy Never: with OnFailure the kubelet restarts failed containers in place.",
              },
            },
          },
        },
      ],
    },
    checkedBy: [
      "job/indexed-completions-required",
      "job/indexed-max-failed-indexes-needs-backoff-limit-per-index",
      "job/indexed-only",
      "job/success-policy-not-indexed",
      "job/pod-failure-policy-restart-policy",
    ],
  },
];
