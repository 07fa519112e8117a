// Kubernetes' own pod-security-admission fixtures as Jobs (../shared/corpora/pss): every one is a
// valid object except the four marked `apiValid: false` (procMount Unmasked without hostUsers:
// false), and validate must say exactly that at Kubernetes 1.36.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { errorsOf, validateFile } from "./verdict.js";

const DIR = resolve(import.meta.dirname, "../../../shared/corpora/pss");
const EXPECT = join(DIR, "expect.json");

describe.skipIf(!existsSync(EXPECT))("pod-security Jobs", () => {
  it("validate accepts all but the apiValid: false ones, at Kubernetes 1.36", () => {
    const expected = JSON.parse(readFileSync(EXPECT, "utf8")) as Record<string, { apiValid?: boolean }>;
    const jobs = Object.entries(expected).filter(([key]) => !key.startsWith("_"));
    expect(jobs).toHaveLength(150);
    const wrong: string[] = [];
    for (const [file, entry] of jobs) {
      const errors = errorsOf(validateFile(join(DIR, file)));
      const valid = entry.apiValid !== false;
      if (valid !== (errors.length === 0))
        wrong.push(`${file}: apiValid ${valid}, got ${errors.map((d) => d.code).join(", ") || "no error"}`);
    }
    expect(wrong).toEqual([]);
    expect(jobs.filter(([, e]) => e.apiValid === false)).toHaveLength(4);
  });
});
