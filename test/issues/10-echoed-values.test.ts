// Issue 10, "also worth doing": values echoed in messages are shortened (a 1 MiB label value was
// quoted whole, in the library's diagnostics and so in every tool built on them), and "must be an
// integer, not a undefined" reads "not undefined". A
// report of thousands of lines reaches a pipe whole (the CLI ends only once stderr is written).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, validateManifests } from "../../src/api.js";
import { runCli } from "../helpers/cli.js";
import { job } from "../k8s/fixtures.js";

const MIB = "x".repeat(1 << 20);
const bounded = (d: { message: string; hint?: string }) => d.message.length <= 2100 && (d.hint ?? "").length <= 2100;

describe("echoed values are shortened", () => {
  it("compile: a 1 MiB label value, annotation and image are reported, not quoted whole", () => {
    const { diagnostics } = compile({
      kind: "Job",
      name: "a",
      labels: { team: MIB },
      containers: { main: { image: `x ${MIB}` } },
    });
    expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(["label/invalid-value", "container/image-whitespace"]));
    for (const d of diagnostics) expect(bounded(d), d.code).toBe(true);
  });

  it("validateManifests: a 1 MiB name and label value", () => {
    const m = job();
    m.metadata.name = `a${MIB}`;
    m.metadata.labels.team = MIB;
    const diagnostics = validateManifests([m]);
    expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(["name/too-long", "label/invalid-value"]));
    for (const d of diagnostics) expect(bounded(d), d.code).toBe(true);
  });

  it('"not undefined", never "not a undefined"', () => {
    const m = job();
    m.metadata.labels.x = undefined;
    const diagnostics = validateManifests([m]);
    expect(diagnostics.map((d) => d.code)).toContain("schema/type");
    for (const d of diagnostics) expect(d.message).not.toMatch(/\ba undefined\b/);
  });

  it("a report of thousands of lines reaches a pipe whole", () => {
    const dir = mkdtempSync(join(tmpdir(), "kj-issue10-echo-"));
    const labels = Array.from({ length: 2000 }, (_, i) => `  bad_${i}_: "${"v".repeat(70)}"`).join("\n");
    writeFileSync(join(dir, "t.yaml"), `kind: Job\nname: a\ncontainers:\n  main: { image: x }\nlabels:\n${labels}\n`);
    const run = runCli(["validate", "t.yaml"], { cwd: dir });
    expect(run.stderr.match(/\[label\/invalid-(key|value)\]$/gm)).toHaveLength(4000);
    expect(run.stderr).toMatch(/4000 errors/);
  });
});
