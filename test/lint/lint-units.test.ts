// How lintUnits decides levels: --pss, the rules config, validation findings it adopts, and the
// ignore annotation on manifests and templates.
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostic.js";
import type { K8sObject } from "../../src/k8s/types.js";
import { lintUnits, type LintOptions, type LintUnit } from "../../src/lint/lint-units.js";

function manifestJob(annotations?: Record<string, string>, sc: Record<string, unknown> = {}): K8sObject {
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: { name: "demo", ...(annotations ? { annotations } : {}) },
    spec: {
      ttlSecondsAfterFinished: 60,
      template: {
        spec: {
          restartPolicy: "Never",
          containers: [
            {
              name: "main",
              image: "busybox:1.36",
              resources: { requests: { cpu: "1", memory: "1Gi" }, limits: { memory: "1Gi" } },
              securityContext: { readOnlyRootFilesystem: true, ...sc },
            },
          ],
        },
      },
    },
  };
}

function run(units: LintUnit[], options: LintOptions = {}): Diagnostic[] {
  return lintUnits(units, options).flatMap((r) => [...r.objectFindings.map((f) => f.diagnostic), ...r.findings, ...r.validation]);
}

const codes = (ds: Diagnostic[]) => ds.map((d) => `${d.code}:${d.severity}`).sort();

describe("lintUnits", () => {
  it("under --pss baseline, restricted-only checks are info; under restricted, errors", () => {
    const unit = { objects: [manifestJob()], validation: [] };
    expect(codes(run([unit]))).toEqual([
      "pss/allow-privilege-escalation:info",
      "pss/capabilities-restricted:info",
      "pss/run-as-non-root:info",
      "pss/seccomp-profile-restricted:info",
    ]);
    expect(codes(run([unit], { pss: "restricted" }))).toEqual([
      "pss/allow-privilege-escalation:error",
      "pss/capabilities-restricted:error",
      "pss/run-as-non-root:error",
      "pss/seccomp-profile-restricted:error",
    ]);
  });

  it("a baseline violation is an error under both levels; the overriding restricted check is info under baseline", () => {
    const unit = { objects: [manifestJob(undefined, { capabilities: { add: ["SYS_ADMIN"] } })], validation: [] };
    const found = codes(run([unit]));
    expect(found).toContain("pss/capabilities-baseline:error");
    expect(found).toContain("pss/capabilities-restricted:info");
    const strict = codes(run([unit], { pss: "restricted" }));
    expect(strict).not.toContain("pss/capabilities-baseline:error");
    expect(strict).toContain("pss/capabilities-restricted:error");
  });

  it("the rules config sets any level, PSS rules included, and off drops the rule", () => {
    const unit = { objects: [manifestJob()], validation: [] };
    const found = codes(
      run([unit], { rules: { "pss/run-as-non-root": "warning", "pss/allow-privilege-escalation": "off", "image/no-digest": "error" } }),
    );
    expect(found).toContain("pss/run-as-non-root:warning");
    expect(found).not.toContain("pss/allow-privilege-escalation:info");
    expect(found).toContain("image/no-digest:error");
  });

  it("adopted validation warnings take the lint level; errors and other codes pass untouched", () => {
    const validation: Diagnostic[] = [
      { code: "schedule/never-runs", severity: "warning", path: ["spec", "schedule"], message: "m" },
      { code: "schedule/no-time-zone", severity: "warning", path: ["spec", "timeZone"], message: "m" },
      { code: "volume/deprecated", severity: "warning", path: [], message: "m" },
    ];
    const found = codes(run([{ objects: [], validation }], { rules: { "schedule/no-time-zone": "off" } }));
    expect(found).toEqual(["schedule/never-runs:error", "volume/deprecated:warning"]);
  });

  it("the ignore annotation drops listed rules, and reports ids that matched nothing", () => {
    const ignore = { "lint.kubejobs.dev/ignore": "pss/run-as-non-root, image/latest-tag,no/such-rule" };
    const found = run([{ objects: [manifestJob(ignore)], validation: [] }]);
    expect(codes(found)).not.toContain("pss/run-as-non-root:info");
    const unused = found.filter((d) => d.code === "lint/unused-ignore");
    expect(unused.map((d) => d.path)).toEqual([
      ["metadata", "annotations", "lint.kubejobs.dev/ignore"],
      ["metadata", "annotations", "lint.kubejobs.dev/ignore"],
    ]);
    expect(unused.map((d) => d.message.includes("not a lint rule"))).toEqual([false, true]);
  });

  it("a template's annotations carry the ignore; its path is the template's", () => {
    const template = { kind: "Job", name: "demo", annotations: { "lint.kubejobs.dev/ignore": "batch/forbid-no-deadline" }, containers: {} };
    const found = run([{ objects: [manifestJob()], template: template as never, validation: [] }]);
    expect(found.filter((d) => d.code === "lint/unused-ignore").map((d) => d.path)).toEqual([["annotations", "lint.kubejobs.dev/ignore"]]);
  });
});
