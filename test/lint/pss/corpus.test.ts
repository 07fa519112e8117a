// The pod-security-admission fixtures of ../shared/corpora/pss (150 Jobs): every verdict of both
// levels at 1.36, and the derived verdicts of every other policy version 1.29-1.37.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { lintValues } from "../../../src/check/lint-documents.js";
import { evaluatePodSecurity } from "../../../src/lint/pss/evaluate-pod-security.js";
import type { PssLevel } from "../../../src/lint/pss/check.js";
import { podView } from "../../../src/lint/pss/pod-view.js";

const CORPUS = resolve(import.meta.dirname, "../../../../shared/corpora/pss");
const present = existsSync(resolve(CORPUS, "expect.json"));

interface Entry {
  pss: Record<PssLevel, "pass" | "fail">;
  failingChecks: Record<PssLevel, string[]>;
  byKubeVersion: Record<string, Record<PssLevel, "pass" | "fail">>;
  apiValid?: false;
}

function load(): [string, Entry, { spec: { template: { metadata?: unknown; spec: unknown } } }][] {
  const expect = JSON.parse(readFileSync(resolve(CORPUS, "expect.json"), "utf8")) as Record<string, Entry>;
  return Object.entries(expect)
    .filter(([file]) => !file.startsWith("_"))
    .map(([file, entry]) => [file, entry, parse(readFileSync(resolve(CORPUS, file), "utf8"))]);
}

function verdict(job: { spec: { template: { metadata?: unknown; spec: unknown } } }, level: PssLevel, minor: number) {
  const pod = podView(job.spec.template.metadata, job.spec.template.spec, ["spec", "template"]);
  const violations = evaluatePodSecurity(pod, level, minor);
  return { verdict: violations.length > 0 ? "fail" : "pass", checks: violations.map((v) => v.check.id).sort() };
}

describe.skipIf(!present)("PSS verdicts on the pod-security-admission fixtures (../shared/corpora/pss)", () => {
  const jobs = present ? load() : [];

  it("holds the 150 Jobs", () => {
    expect(jobs).toHaveLength(150);
  });

  it("gets all 300 verdicts at 1.36 right, naming exactly the failing checks", () => {
    const wrong: string[] = [];
    for (const [file, entry, job] of jobs) {
      for (const level of ["baseline", "restricted"] as const) {
        const got = verdict(job, level, 36);
        if (got.verdict !== entry.pss[level]) wrong.push(`${file} ${level}: want ${entry.pss[level]}, got ${got.verdict} ${got.checks}`);
        else if (JSON.stringify(got.checks) !== JSON.stringify([...entry.failingChecks[level]].sort()))
          wrong.push(`${file} ${level}: checks ${got.checks} != ${entry.failingChecks[level]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(["1.29", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36", "1.37"])("gets every derived verdict at %s right", (version) => {
    const minor = Number(version.split(".")[1]);
    const wrong: string[] = [];
    let scored = 0;
    for (const [file, entry, job] of jobs) {
      for (const level of ["baseline", "restricted"] as const) {
        const want = entry.byKubeVersion[version]?.[level];
        if (want === undefined) continue;
        scored++;
        const got = verdict(job, level, minor);
        if (got.verdict !== want) wrong.push(`${file} ${level}: want ${want}, got ${got.verdict} ${got.checks}`);
      }
    }
    expect(scored).toBe(300);
    expect(wrong).toEqual([]);
  });

  // Through the whole of `kubejobs lint` (validation first): a verdict is "fail" when any error is
  // reported, as check.sh reads it. Validation refuses exactly the Jobs the API server refuses
  // (`apiValid: false` in expect.json: procMount Unmasked without hostUsers: false), at both levels.
  const VALIDATOR_REJECTS = jobs
    .filter(([, entry]) => entry.apiValid === false)
    .flatMap(([file]) => [`${file} baseline`, `${file} restricted`])
    .sort();

  it("lint (validation, then PSS) agrees at 1.36 on every Job validation accepts; the rejected ones are listed", () => {
    const wrong: string[] = [];
    const rejected: string[] = [];
    for (const level of ["baseline", "restricted"] as const) {
      lintValues(
        jobs.map(([, , job]) => job),
        { pss: level },
      ).forEach((found, i) => {
        const [file, entry] = jobs[i]!;
        const errors = found.filter((d) => d.severity === "error");
        const codes = [...new Set(errors.map((d) => d.code))];
        if (codes.some((c) => !c.startsWith("pss/"))) rejected.push(`${file} ${level}`);
        else if ((errors.length > 0 ? "fail" : "pass") !== entry.pss[level]) wrong.push(`${file} ${level}: ${codes.join(", ")}`);
      });
    }
    expect(wrong).toEqual([]);
    expect(VALIDATOR_REJECTS).toHaveLength(8);
    expect(rejected.sort()).toEqual(VALIDATOR_REJECTS);
  });
});
