// The YAML 1.1 corners where readers disagree, each checked against the real kubectl: the same
// JSON for what it reads, an error for every file it refuses (with the code we give it).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { canonical, HAS_KUBECTL, kubectlDecode, ourDecode, withoutEmptyLabels, withoutLabelArtifacts } from "../corpora/kubectl.js";
import { FIXTURES } from "./helpers.js";

const DIR = join(FIXTURES, "kubectl");
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith(".yaml"))
  .sort();

/** The code we report for each file kubectl refuses. */
const REFUSED: Record<string, string> = {
  "refused-alias-list-merge.yaml": "yaml/bad-merge",
  "refused-bad-binary.yaml": "yaml/unknown-tag",
  "refused-bad-bool.yaml": "yaml/unknown-tag",
  "refused-bad-int-float.yaml": "yaml/unknown-tag",
  "refused-bad-int.yaml": "yaml/unknown-tag",
  "refused-bad-timestamp.yaml": "yaml/unknown-tag",
  "refused-big-key.yaml": "yaml/not-json",
  "refused-empty-key.yaml": "yaml/not-json",
  "refused-inf.yaml": "yaml/not-json",
  "refused-list-key.yaml": "yaml/complex-key",
  "refused-minus-inf.yaml": "yaml/not-json",
  "refused-nan.yaml": "yaml/not-json",
  "refused-null-key.yaml": "yaml/not-json",
  "refused-scalar-merge.yaml": "yaml/bad-merge",
  "refused-tag-directive.yaml": "yaml/directive",
  "refused-yaml-11-directive.yaml": "yaml/directive",
  "refused-yaml-directive.yaml": "yaml/directive",
};

describe("YAML 1.1 corners", () => {
  it.each(FILES.filter((f) => f.startsWith("refused-")))("%s is refused", (file) => {
    const { errors } = ourDecode(join(DIR, file));
    expect(errors.map((e) => e.split(" ")[0])).toEqual([REFUSED[file]]);
  });

  it.each(FILES.filter((f) => !f.startsWith("refused-")))("%s is read without errors", (file) => {
    expect(ourDecode(join(DIR, file)).errors).toEqual([]);
  });

  it("reads what YAML 1.2 reads differently as kubectl does", () => {
    const [scalars] = ourDecode(join(DIR, "scalars.yaml")).objects as [{ data: Record<string, unknown[]> }];
    expect(scalars.data.bools?.slice(0, 3)).toEqual([true, true, true]);
    expect(scalars.data.octal?.slice(0, 3)).toEqual([420, 420, 15]);
    expect(scalars.data.times).toEqual([
      "2024-01-01",
      "2001-12-14t21:59:43.10-05:00",
      "2001-12-14 21:59:43.10 -5",
      "12:30",
      "190:20:30",
      "1:2:3.5",
    ]);
    expect(scalars.data.strings?.[0]).toBe("1e400");
  });
});

describe.skipIf(!HAS_KUBECTL)("YAML 1.1 corners, against kubectl", () => {
  it("every fixture decodes to kubectl's JSON, or is refused by both", () => {
    const paths = FILES.map((f) => join(DIR, f));
    const ours = paths.map(ourDecode);
    const theirs = kubectlDecode(
      paths,
      ours.map((o) => o.objects.length),
    );
    const wrong: string[] = [];
    FILES.forEach((file, i) => {
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
});
