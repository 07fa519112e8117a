import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/report/json.js";
import { awkwardInput } from "./fixtures.js";

describe("JSON", () => {
  it("summary counts files, objects and severities", () => {
    const out = JSON.parse(formatJson(awkwardInput()));
    expect(out.summary).toEqual({ files: 4, objects: 3, errors: 3, warnings: 1, infos: 1 });
    expect(out.diagnostics).toHaveLength(5);
  });

  it("summary.skipped counts the objects passed over, when the command passes any over", () => {
    const skipped = [
      { file: "a.yaml", kind: "ServiceAccount", name: "runner" },
      { file: "a.yaml", kind: "Role" },
    ];
    expect(JSON.parse(formatJson(awkwardInput({ skipped }))).summary.skipped).toBe(2);
    expect(JSON.parse(formatJson(awkwardInput({ skipped: [] }))).summary.skipped).toBe(0);
  });
});
