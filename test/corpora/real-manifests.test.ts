// The 112 real Job/CronJob files of ../shared/corpora/real-manifests against the verdicts a
// Kubernetes 1.29–1.36 API server gives them (its expect.json; the reasons are in its README).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { errorsOf, validateFile } from "./verdict.js";

const DIR = resolve(import.meta.dirname, "../../../shared/corpora/real-manifests");
const EXPECT = join(DIR, "expect.json");

describe.skipIf(!existsSync(EXPECT))("real manifests", () => {
  it("every verdict is the API server's (112/112)", () => {
    const expected = JSON.parse(readFileSync(EXPECT, "utf8")) as Record<string, "accept" | "reject">;
    const wrong: string[] = [];
    for (const [file, want] of Object.entries(expected)) {
      const errors = errorsOf(validateFile(join(DIR, file)));
      const got = errors.length === 0 ? "accept" : "reject";
      if (got !== want) wrong.push(`${file}: expected ${want}, got ${got}: ${errors.map((d) => `${d.code} @${d.line}`).join(", ")}`);
    }
    expect(Object.keys(expected)).toHaveLength(112);
    expect(wrong).toEqual([]);
  });
});
