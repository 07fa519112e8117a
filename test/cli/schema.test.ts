import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli.js";

describe("kubejobs schema", () => {
  it("prints a draft-07 JSON Schema with descriptions", () => {
    const run = runCli(["schema"]);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(JSON.stringify(schema)).toContain("ttlSecondsAfterFinished");
  });

  it("matches the copy the examples' modelines point at (regenerate: kubejobs schema > examples/kubejobs.schema.json)", () => {
    expect(readFileSync(join(ROOT, "examples/kubejobs.schema.json"), "utf8")).toBe(runCli(["schema"]).stdout);
  });

  it("takes no arguments", () => {
    expect(runCli(["schema", "extra"]).status).toBe(2);
  });
});
