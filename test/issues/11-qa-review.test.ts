// Issue 11, a QA review of `kubejobs lint`: the schedule advice lint owes plain manifests, a
// repeated key's finding placed on the value kubectl keeps, a podFailurePolicy pattern that
// cannot match a disruption, literal-secret false positives, and a message in the singular.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import { runCli } from "../helpers/cli.js";
import { cronJob, job, jobSpec, main } from "../k8s/fixtures.js";

const codes = (input: unknown) => lint(input).map((d) => d.code);

/** Writes `text` as `file` in a fresh directory and runs `command file --format <format>` there. */
function runOn(command: "lint" | "validate", file: string, text: string, format = "json") {
  const dir = mkdtempSync(join(tmpdir(), "kj-11-"));
  writeFileSync(join(dir, file), text);
  return runCli([command, file, "--format", format], { cwd: dir });
}

describe("lint reports a plain CronJob's schedule advice, as LINT.md §4 says", () => {
  it("schedule/no-time-zone and schedule/dst, through the library", () => {
    const noZone = cronJob();
    delete noZone.spec.timeZone;
    expect(codes(noZone)).toContain("schedule/no-time-zone");
    const dst = cronJob();
    dst.spec.schedule = "30 2 * * *";
    expect(codes(dst)).toContain("schedule/dst");
  });

  it("through the CLI, and the ignore annotation for it is then used, not reported unused", () => {
    const m = cronJob();
    delete m.spec.timeZone;
    const linted = runOn("lint", "plain.json", JSON.stringify(m));
    expect(JSON.parse(linted.stdout).diagnostics.map((d: { code: string }) => d.code)).toContain("schedule/no-time-zone");
    m.metadata.annotations = { "lint.kubejobs.dev/ignore": "schedule/no-time-zone" };
    const ignored = JSON.parse(runOn("lint", "plain.json", JSON.stringify(m)).stdout);
    const found = ignored.diagnostics.map((d: { code: string }) => d.code);
    expect(found).not.toContain("schedule/no-time-zone");
    expect(found).not.toContain("lint/unused-ignore");
  });

  it("validate still leaves the advice out for plain manifests", () => {
    const m = cronJob();
    delete m.spec.timeZone;
    const validated = runOn("validate", "plain.json", JSON.stringify(m));
    expect(validated.status).toBe(0);
    expect(JSON.parse(validated.stdout).diagnostics).toEqual([]);
  });
});

describe("a finding on a repeated key points at the value kubectl keeps (the last)", () => {
  it("image/latest-tag on the second `image:` line", () => {
    const text = [
      "apiVersion: batch/v1",
      "kind: Job",
      "metadata: { name: dup }",
      "spec:",
      "  template:",
      "    spec:",
      "      restartPolicy: Never",
      "      containers:",
      "        - name: a",
      "          image: busybox:1.36",
      "          image: busybox:latest",
      "",
    ].join("\n");
    const out = JSON.parse(runOn("lint", "dup.yaml", text).stdout);
    const latest = out.diagnostics.filter((d: { code: string }) => d.code === "image/latest-tag");
    expect(latest.map((d: { line: number }) => d.line)).toEqual([11]);
  });
});

describe("batch/backoff-zero-disruption", () => {
  const withPattern = (pattern: Record<string, unknown>) => {
    const m = job();
    jobSpec(m).backoffLimit = 0;
    jobSpec(m).podFailurePolicy = { rules: [{ action: "Ignore", onPodConditions: [pattern] }] };
    return codes(m).includes("batch/backoff-zero-disruption");
  };

  it("a DisruptionTarget pattern matches disruptions with status True, which is also its default", () => {
    expect(withPattern({ type: "DisruptionTarget" })).toBe(false);
    expect(withPattern({ type: "DisruptionTarget", status: "True" })).toBe(false);
  });

  it("status False or Unknown never matches a disrupted pod: the finding stays", () => {
    expect(withPattern({ type: "DisruptionTarget", status: "False" })).toBe(true);
    expect(withPattern({ type: "DisruptionTarget", status: "Unknown" })).toBe(true);
  });
});

describe("security/secret-env-literal", () => {
  const fires = (name: string, value: string) => {
    const m = job();
    main(m).env = [{ name, value }];
    return codes(m).includes("security/secret-env-literal");
  };

  it("a value made only of $(VAR) references writes no literal", () => {
    expect(fires("AUTH_TOKEN", "$(OTHER)")).toBe(false);
    expect(fires("AUTH_TOKEN", "$(A)$(B)")).toBe(false);
    expect(fires("AUTH_TOKEN", "$$(OTHER)")).toBe(true); // the escape: a literal "$(OTHER)"
    expect(fires("AUTH_TOKEN", "s3cr3t")).toBe(true);
  });

  it("a setting about a token is not the token", () => {
    expect(fires("TOKEN_REFRESH_SECONDS", "60")).toBe(false);
  });
});

describe("batch/cleanup-before-history", () => {
  it("one history limit keeps, two keep", () => {
    const m = cronJob();
    m.spec.schedule = "0 3 * * *";
    m.spec.jobTemplate.spec.ttlSecondsAfterFinished = 60;
    m.spec.successfulJobsHistoryLimit = 3;
    m.spec.failedJobsHistoryLimit = 0;
    const one = lint(m).find((d) => d.code === "batch/cleanup-before-history");
    expect(one?.message).toMatch(/successfulJobsHistoryLimit keeps nothing$/);
    m.spec.failedJobsHistoryLimit = 1;
    const two = lint(m).find((d) => d.code === "batch/cleanup-before-history");
    expect(two?.message).toMatch(/successfulJobsHistoryLimit and failedJobsHistoryLimit keep nothing$/);
  });
});

describe("kube-linter's ignore-check annotations (LINT.md §2)", () => {
  const latest = (annotations: Record<string, string>) => {
    const m = job();
    m.metadata.annotations = annotations;
    main(m).image = "busybox:latest";
    return lint(m).map((d) => d.code);
  };

  it("silence the rules whose kube-linter peer is that check", () => {
    expect(latest({})).toContain("image/latest-tag");
    const found = latest({ "ignore-check.kube-linter.io/latest-tag": "pinned by the deploy pipeline" });
    expect(found).not.toContain("image/latest-tag");
    expect(found).not.toContain("lint/unused-ignore");
  });

  it("never silence more than the kube-linter check covers: a Pod Security error stays", () => {
    const m = job();
    m.metadata.annotations = {
      "ignore-check.kube-linter.io/host-network": "we need the node's network",
      "ignore-check.kube-linter.io/drop-net-raw-capability": "",
      "ignore-check.kube-linter.io/unset-cpu-requirements": "",
    };
    m.spec.template.spec.hostPID = true;
    main(m).securityContext = { capabilities: { add: ["SYS_ADMIN"] } };
    main(m).resources = {};
    const found = lint(m).map((d) => d.code);
    expect(found).toEqual(expect.arrayContaining(["pss/host-namespaces", "pss/capabilities-baseline", "resources/no-requests"]));
  });

  it("one for a check kubejobs has no peer of, or with nothing to silence, is not reported", () => {
    const found = latest({ "ignore-check.kube-linter.io/no-anti-affinity": "", "ignore-check.kube-linter.io/env-var-secret": "" });
    expect(found).toContain("image/latest-tag");
    expect(found).not.toContain("lint/unused-ignore");
  });

  it("on a template, through its annotations", () => {
    const template = {
      kind: "Job",
      name: "a",
      annotations: { "ignore-check.kube-linter.io/latest-tag": "" },
      containers: { main: { image: "busybox:latest" } },
    };
    expect(lint(template).map((d) => d.code)).not.toContain("image/latest-tag");
  });
});

describe("lint's reports count what validate's count", () => {
  it("a file that fails to parse is one of the files; a kind kubejobs does not check is a skipped JUnit case", () => {
    const json = runOn("lint", "broken.yaml", "apiVersion: batch/v1\nkind: Job\nmetadata: {name: x\nspec: {}\n");
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout).summary).toMatchObject({ files: 1, objects: 0, errors: 1 });

    const account = { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "runner" } };
    const mixed = [JSON.stringify(account), JSON.stringify(job())].join("\n---\n");
    const junit = runOn("lint", "mixed.yaml", mixed, "junit");
    expect(junit.stdout).toMatch(/<testsuites [^>]*skipped="1"/);
    expect(junit.stdout).toMatch(/<testcase classname="ServiceAccount" name="runner"[^>]*>\s*<skipped /);
    expect(JSON.parse(runOn("lint", "mixed.yaml", mixed).stdout).summary.skipped).toBe(1);
  });
});
