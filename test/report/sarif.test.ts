// SARIF output against the official SARIF 2.1.0 schema (../shared/schemas), with ajv: the schema
// is draft-04 and uses no draft-04-only keyword but `id`, so ajv 8 (draft-07) validates it exactly
// once `id` is `$id` and `$schema` is gone (schemas/README.md).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Ajv } from "ajv";
import * as ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { artifactUri, formatSarif } from "../../src/report/sarif.js";
import { runCli } from "../helpers/cli.js";
import { awkwardInput } from "./fixtures.js";
import { exportLineOf } from "../helpers/export-line.js";

// ajv-formats is CommonJS (exports.default): under NodeNext the plugin is the default of the default.
const addFormats = ajvFormats.default as unknown as typeof ajvFormats.default.default;

const SCHEMA = resolve(import.meta.dirname, "../../../shared/schemas/sarif-schema-2.1.0.json");
const present = existsSync(SCHEMA);

function validator() {
  const schema = JSON.parse(readFileSync(SCHEMA, "utf8"));
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe.skipIf(!present)("SARIF against the SARIF 2.1.0 schema", () => {
  const validate = present ? validator() : undefined!;

  it("the schema validator rejects a broken log (the test can fail)", () => {
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(
      validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "fatal" }] }] }),
    ).toBe(false);
  });

  it("awkward diagnostics make a valid log", () => {
    const log = JSON.parse(formatSarif(awkwardInput()));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it("maps levels, rule indexes and locations", () => {
    const run = JSON.parse(formatSarif(awkwardInput())).runs[0];
    const rules = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(rules).not.toContain("image/no-digest"); // off: it cannot fire
    for (const r of run.results) expect(rules[r.ruleIndex]).toBe(r.ruleId);
    const byRule = Object.fromEntries(run.results.map((r: { ruleId: string }) => [r.ruleId, r]));
    expect(byRule["pss/privileged"].level).toBe("error");
    expect(byRule["image/latest-tag"].level).toBe("warning");
    expect(byRule["batch/same-minute"].level).toBe("note");
    expect(byRule["pss/privileged"].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "jobs/a%2C%20b%3A%20c%20%25.kubejobs.yaml" },
      region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 20 },
    });
    expect(byRule["pss/privileged"].locations[0].logicalLocations).toEqual([
      { fullyQualifiedName: "containers.main.securityContext.privileged" },
    ]);
    // No position (a TS template's diagnostic from the library, say): GitHub code scanning needs a line.
    expect(byRule["image/latest-tag"].locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
    expect(byRule["config/invalid"].locations).toBeUndefined();
    // A code with no catalogue entry (a validation error) gets one.
    expect(run.tool.driver.rules[byRule["yaml/syntax"].ruleIndex].defaultConfiguration.level).toBe("error");
  });

  it("artifact URIs are relative to the working directory", () => {
    expect(artifactUri("/work/project/jobs/a.yaml", "/work/project")).toBe("jobs/a.yaml");
    expect(artifactUri("/elsewhere/a b.yaml", "/work/project")).toBe("file:///elsewhere/a%20b.yaml");
    expect(artifactUri("jobs\\win.yaml", "/work/project")).toBe("jobs/win.yaml");
  });

  it("a TS template's findings have a region: the line of its default export", () => {
    const file = "examples/gpu-training.kubejobs.ts";
    const exportLine = exportLineOf(file);
    expect(exportLine).toBeGreaterThan(0);
    const log = JSON.parse(runCli(["lint", file, "--format", "sarif"]).stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0].results;
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r.locations[0].physicalLocation).toEqual({
        artifactLocation: { uri: file },
        region: { startLine: exportLine, startColumn: 1 },
      });
      // The position is the template's, not the field's: the template path says which field.
      expect(r.locations[0].logicalLocations[0].fullyQualifiedName).not.toBe("");
    }
  });

  it("kubejobs lint and validate --format sarif write a valid log on stdout", () => {
    for (const args of [
      ["lint", "examples", "--format", "sarif"],
      ["lint", "examples", "--format", "sarif", "--pss", "restricted"],
      ["validate", "examples", "test/bad-inputs/files/tmpl-many-errors.yaml", "--format", "sarif"],
    ]) {
      const run = runCli(args);
      expect(run.stderr).toBe("");
      const log = JSON.parse(run.stdout);
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
      expect(log.runs[0].results.length).toBeGreaterThan(0);
    }
  });
});
