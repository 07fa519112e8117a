/** A template path or a manifest path: `['containers', 'main', 'env', 'TOKEN']`. */
export type Path = (string | number)[];

/** `info` is lint's lowest level (LINT.md §2): reported, never a failure unless `--fail-level info`. */
export type Severity = "error" | "warning" | "info";

/**
 * A stable rule id, `area/what`: `name/too-long`, `schedule/invalid`, `template/unknown-field`.
 * Tests assert on codes, never on wording.
 */
export type DiagnosticCode =
  | "annotation/deprecated"
  | "annotation/invalid-key"
  | "annotation/too-large"
  | "argocd/kube-version"
  | "batch/allow-overlap"
  | "batch/backoff-zero-disruption"
  | "batch/cleanup-before-history"
  | "batch/cronjob-no-cleanup"
  | "batch/day-of-month-or-week"
  | "batch/flux-substitution"
  | "batch/forbid-no-deadline"
  | "batch/job-no-cleanup"
  | "batch/missed-runs-limit"
  | "batch/name-near-limit"
  | "batch/on-failure-deletes-logs"
  | "batch/rare-schedule"
  | "batch/same-minute"
  | "batch/suspended-no-deadline"
  | "batch/ttl-gitops"
  | "config/invalid"
  | "config/unknown-field"
  | "configmap/duplicate-key"
  | "configmap/invalid-base64"
  | "configmap/invalid-key"
  | "configmap/too-large"
  | "container/duplicate-name"
  | "container/image-required"
  | "container/image-whitespace"
  | "container/init-forbidden-field"
  | "container/invalid-name"
  | "container/restart-policy"
  | "count/negative"
  | "cronjob/manual-selector"
  | "cronjob/selector"
  | "cronjob/starting-deadline"
  | "dirs/bad-url"
  | "dirs/unknown-volume"
  | "env-from/bad-reference"
  | "env-from/bad-source"
  | "env/bad-reference"
  | "env/bad-value"
  | "env/duplicate-name"
  | "env/field-path"
  | "env/from-source"
  | "env/invalid-name"
  | "env/invalid-prefix"
  | "env/invalid-reference"
  | "env/resource-field"
  | "env/source"
  | "env/value-from"
  | "file/bad-mode"
  | "file/bad-reference"
  | "file/mode-out-of-range"
  | "image/latest-tag"
  | "image/no-digest"
  | "image/pull-always-digest"
  | "io/binary"
  | "io/no-input"
  | "io/no-templates"
  | "io/not-found"
  | "io/skipped"
  | "io/too-large"
  | "io/unreadable"
  | "job/indexed"
  | "job/indexed-completions-required"
  | "job/indexed-high-completions"
  | "job/indexed-hostname"
  | "job/indexed-max-failed-indexes-exceeds-completions"
  | "job/indexed-max-failed-indexes-needs-backoff-limit-per-index"
  | "job/indexed-max-failed-indexes-too-large"
  | "job/indexed-only"
  | "job/indexed-parallelism-too-large"
  | "job/managed-by"
  | "job/pod-failure-policy"
  | "job/pod-failure-policy-action"
  | "job/pod-failure-policy-conditions"
  | "job/pod-failure-policy-container-name"
  | "job/pod-failure-policy-exit-codes"
  | "job/pod-failure-policy-fail-index"
  | "job/pod-failure-policy-operator"
  | "job/pod-failure-policy-restart-policy"
  | "job/pod-failure-policy-rule"
  | "job/pod-failure-policy-too-many-rules"
  | "job/pod-replacement-policy"
  | "job/reserved-label"
  | "job/restart-policy"
  | "job/selector"
  | "job/selector-mismatch"
  | "job/success-policy"
  | "job/success-policy-count"
  | "job/success-policy-indexes"
  | "job/success-policy-not-indexed"
  | "job/success-policy-rule"
  | "job/success-policy-rules"
  | "krm/clash"
  | "krm/function-config"
  | "krm/resource-list"
  | "label/invalid-key"
  | "label/invalid-value"
  | "lifecycle/exec-command"
  | "lifecycle/handler-count"
  | "lifecycle/invalid-header"
  | "lifecycle/invalid-port"
  | "lifecycle/no-handler"
  | "lifecycle/sleep-seconds"
  | "lint/unused-ignore"
  | "load/bad-export"
  | "load/bundler-failed"
  | "load/circular"
  | "load/empty-export"
  | "load/forbidden-key"
  | "load/never-settled"
  | "load/not-data"
  | "load/too-deep"
  | "load/too-many-values"
  | "load/ts-syntax"
  | "load/ts-threw"
  | "load/unresolved-import"
  | "name/invalid"
  | "name/required"
  | "name/too-long"
  | "namespace/invalid"
  | "next/invalid-count"
  | "next/invalid-from"
  | "next/invalid-to"
  | "next/no-scheduled-job"
  | "pod/active-deadline-seconds"
  | "pod/deprecated-node-label"
  | "pod/dns-config"
  | "pod/ephemeral-containers"
  | "pod/host-alias"
  | "pod/image-pull-secret"
  | "pod/invalid-name"
  | "pod/node-selector"
  | "pod/null-label-selector"
  | "pod/scheduling"
  | "pod/termination-grace-period"
  | "pod/warnings"
  | "port/duplicate"
  | "port/duplicate-name"
  | "port/host-ip-without-host-port"
  | "port/host-port-conflict"
  | "port/invalid-name"
  | "port/invalid-number"
  | "preview/invalid-days"
  | "preview/invalid-from"
  | "preview/no-jobs"
  | "probe/bad-url"
  | "probe/conflict"
  | "probe/exec-command"
  | "probe/handler-count"
  | "probe/invalid-header"
  | "probe/invalid-port"
  | "probe/negative"
  | "probe/no-handler"
  | "probe/success-threshold"
  | "probe/termination-grace-period"
  | "probe/zero-defaulted"
  | "pss/allow-privilege-escalation"
  | "pss/apparmor-profile"
  | "pss/capabilities-baseline"
  | "pss/capabilities-restricted"
  | "pss/host-namespaces"
  | "pss/host-path-volumes"
  | "pss/host-ports"
  | "pss/host-probes-and-host-lifecycle"
  | "pss/privileged"
  | "pss/proc-mount"
  | "pss/proc-mount-restricted"
  | "pss/restricted-volumes"
  | "pss/run-as-non-root"
  | "pss/run-as-user"
  | "pss/seccomp-profile-baseline"
  | "pss/seccomp-profile-restricted"
  | "pss/selinux-options"
  | "pss/sysctls"
  | "pss/windows-host-process"
  | "quantity/invalid"
  | "quantity/negative"
  | "render/not-a-template"
  | "resources/extended-unplaced"
  | "resources/fractional-bytes"
  | "resources/hugepages-need-cpu-or-memory"
  | "resources/invalid-name"
  | "resources/limit-required"
  | "resources/no-memory-limit"
  | "resources/no-requests"
  | "resources/not-integer"
  | "resources/request-exceeds-limit"
  | "resources/request-must-equal-limit"
  | "schedule/dst"
  | "schedule/field-count"
  | "schedule/has-time-zone"
  | "schedule/invalid"
  | "schedule/invalid-duration"
  | "schedule/never-runs"
  | "schedule/no-time-zone"
  | "schedule/not-a-string"
  | "schedule/out-of-range"
  | "schedule/required"
  | "schedule/seconds-field"
  | "schedule/unknown-descriptor"
  | "schedule/unsupported-syntax"
  | "schema/api-version"
  | "schema/enum"
  | "schema/format"
  | "schema/invalid"
  | "schema/range"
  | "schema/required"
  | "schema/type"
  | "schema/unknown-field"
  | "schema/unknown-kind"
  | "secret/from-env-missing"
  | "secret/from-file-missing"
  | "secret/from-file-not-text"
  | "secret/from-file-too-large"
  | "secret/invalid-base64"
  | "secret/invalid-json"
  | "secret/invalid-key"
  | "secret/missing-key"
  | "secret/too-large"
  | "security-context/invalid-id"
  | "security-context/privilege-escalation"
  | "security-context/proc-mount"
  | "security-context/profile"
  | "security-context/sysctl"
  | "security/secret-env-literal"
  | "security/secret-literal-data"
  | "security/writable-root-filesystem"
  | "template/enum"
  | "template/invalid"
  | "template/job-field"
  | "template/kind"
  | "template/minimum"
  | "template/one-of"
  | "template/pattern"
  | "template/required"
  | "template/restart-policy-always"
  | "template/scheduled-job-field"
  | "template/type"
  | "template/unknown-field"
  | "time-zone/empty"
  | "time-zone/invalid"
  | "time-zone/local"
  | "time-zone/not-a-string"
  | "time-zone/unknown"
  | "toleration/invalid"
  | "version/feature-gate"
  | "version/field-removed"
  | "version/field-too-new"
  | "version/not-loaded"
  | "version/unknown"
  | "volume-mount/duplicate-path"
  | "volume-mount/invalid-sub-path"
  | "volume-mount/missing-path"
  | "volume-mount/propagation"
  | "volume-mount/recursive-read-only"
  | "volume-mount/sub-path-conflict"
  | "volume-mount/unknown-volume"
  | "volume/deprecated"
  | "volume/downward-api"
  | "volume/duplicate-name"
  | "volume/invalid-name"
  | "volume/item-key"
  | "volume/item-path"
  | "volume/missing-reference"
  | "volume/multiple-sources"
  | "volume/overlapping-paths"
  | "volume/token-expiration"
  | "yaml/alias-limit"
  | "yaml/bad-merge"
  | "yaml/complex-key"
  | "yaml/directive"
  | "yaml/duplicate-key"
  | "yaml/empty"
  | "yaml/not-a-mapping"
  | "yaml/not-json"
  | "yaml/syntax"
  | "yaml/tab-indent"
  | "yaml/unknown-anchor"
  | "yaml/unknown-tag";

/** One problem found in a template or a manifest. Errors are values: every stage returns these. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** Where in the template (or, for plain manifests, in the manifest) the problem is. */
  path: Path;
  /** What is wrong, in the template's words. Never contains a secret value. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /**
   * `key` when the problem is the map key at the end of `path` (a field's name, a label's key),
   * not its value: the emitter says so, and placement points at the key.
   */
  at?: "key";
  /** Attached late, by the loader: the file and, for YAML/JSON, the 1-based line and column. */
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export function error(code: DiagnosticCode, path: Path, message: string, hint?: string): Diagnostic {
  return hint === undefined
    ? { code, severity: "error", path, message: bounded(message) }
    : { code, severity: "error", path, message: bounded(message), hint: bounded(hint) };
}

export function warning(code: DiagnosticCode, path: Path, message: string, hint?: string): Diagnostic {
  return hint === undefined
    ? { code, severity: "warning", path, message: bounded(message) }
    : { code, severity: "warning", path, message: bounded(message), hint: bounded(hint) };
}

const LONG_QUOTED = /"(?:[^"\\]|\\.){120,}"/g;
const MAX_TEXT = 2000;

/**
 * Messages quote the values they are about, and a value may be a megabyte (a label value, a name):
 * quoted strings of a long message are cut to their first 100 characters (the path and position
 * say where the value is), and the message to 2,000.
 */
export function bounded(text: string): string {
  if (text.length <= 400) return text;
  const cut = text.replace(LONG_QUOTED, (q) => `${q.slice(0, 101)}…" (${q.length - 2} characters)`);
  return cut.length > MAX_TEXT ? `${cut.slice(0, MAX_TEXT)}… (${cut.length} characters)` : cut;
}

/** The same diagnostic, about the map key at the end of its path rather than the value (see `Diagnostic.at`). */
export function atKey(d: Diagnostic): Diagnostic {
  return { ...d, at: "key" };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** `['containers', 'main', 'args', 0]` → `containers.main.args[0]`; keys that are not identifiers are quoted. */
export function formatPath(path: Path): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** The one error class that escapes the library API; it carries every diagnostic found. */
export class KubejobsError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const first = diagnostics.find((d) => d.severity === "error") ?? diagnostics[0];
    const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : "";
    super(first ? `${formatPath(first.path) || "(template)"}: ${first.message}${more}` : "invalid input");
    this.name = "KubejobsError";
    this.diagnostics = diagnostics;
  }
}
