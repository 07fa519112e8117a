// Plain manifests are read as kubectl reads them: every file of the two shared corpora, decoded
// by us and by the real kubectl, gives the same JSON (or both refuse the file).
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { canonical, HAS_KUBECTL, kubectlDecode, ourDecode, withoutEmptyLabels, withoutLabelArtifacts } from "./kubectl.js";

const CORPORA = resolve(import.meta.dirname, "../../../shared/corpora");
const SETS = [
  ["real manifests", join(CORPORA, "real-manifests")],
  ["pod-security Jobs", join(CORPORA, "pss/jobs")],
] as const;

describe.skipIf(!HAS_KUBECTL || !existsSync(CORPORA))("kubectl decodes every corpus file as we do", () => {
  for (const [name, dir] of SETS) {
    it(`${name} (${dir})`, () => {
      const files = readdirSync(dir)
        .filter((f) => f.endsWith(".yaml"))
        .sort()
        .map((f) => join(dir, f));
      expect(files.length).toBeGreaterThan(100);
      const ours = files.map(ourDecode);
      const theirs = kubectlDecode(
        files,
        ours.map((o) => o.objects.length),
      );
      const wrong: string[] = [];
      files.forEach((file, i) => {
        const mine = ours[i]!;
        const kubectl = theirs[i]!;
        if ("error" in kubectl) {
          if (mine.errors.length === 0) wrong.push(`${file}: kubectl refuses it (${kubectl.error}), we read it`);
          return;
        }
        if (mine.errors.length > 0) wrong.push(`${file}: kubectl reads it, we refuse it: ${mine.errors.join("; ")}`);
        mine.objects.forEach((object, j) => {
          const expected = canonical(withoutLabelArtifacts(kubectl.objects[j], object));
          const got = canonical(withoutEmptyLabels(object));
          if (got !== expected) wrong.push(`${file} document ${j + 1}:\n  kubectl ${expected}\n  ours    ${got}`);
        });
      });
      expect(wrong).toEqual([]);
    });
  }
});
