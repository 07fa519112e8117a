import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli.js";

describe("kubejobs schema", () => {
  it("prints a draft-07 JSON Schema with descriptions", () => {
    const run = runCli(["schema"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(JSON.stringify(schema)).toContain("ttlSecondsAfterFinished");
  });

  it.each(["examples/kubejobs.schema.json", "templates/kubejobs.schema.json"])(
    "matches the copy at %s (the examples' modelines; the npm package's kubejobs/schema.json)",
    (copy) => {
      expect(readFileSync(join(ROOT, copy), "utf8")).toBe(runCli(["schema"]).stdout);
    },
  );

  it("publishes the copy in the npm package at a stable path", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.exports["./schema.json"]).toBe("./templates/kubejobs.schema.json");
    expect(pkg.files).toContain("templates");
  });

  it("takes no arguments", () => {
    const run = runCli(["schema", "extra"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
  });
});
