import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/report/json.js";
import { formatText, summarize } from "../../src/report/text.js";
import { awkwardInput } from "./fixtures.js";

describe("text and json", () => {
  it("text: file by file, errors before warnings before infos, positions and hints", () => {
    const text = formatText(awkwardInput().diagnostics);
    expect(
      text.startsWith(
        `jobs/a, b: c %.kubejobs.yaml:12:5: error: containers.main.securityContext.privileged: container "main" is privileged a % b`,
      ),
    ).toBe(true);
    expect(text.indexOf("[pss/privileged]")).toBeLessThan(text.indexOf("[image/latest-tag]"));
    expect(text.indexOf("[yaml/syntax]")).toBeLessThan(text.indexOf("[config/invalid]"));
    expect(text).toContain("<stdin>:1:1: info: 3 CronJobs\nstart together [batch/same-minute]\n");
    expect(text).toContain("\n  hint: remove it\n");
  });

  it("summarize counts infos only when there are some", () => {
    expect(summarize([])).toBe("0 errors, 0 warnings");
    expect(summarize(awkwardInput().diagnostics)).toBe("3 errors, 1 warning, 1 info");
  });

  it("json: { diagnostics, summary }", () => {
    const out = JSON.parse(formatJson(awkwardInput()));
    expect(Object.keys(out)).toEqual(["diagnostics", "summary"]);
    expect(out.summary).toEqual({ files: 4, objects: 3, errors: 3, warnings: 1, infos: 1 });
    expect(out.diagnostics.map((d: { code: string }) => d.code)).toEqual([
      "pss/privileged",
      "image/latest-tag",
      "batch/same-minute",
      "yaml/syntax",
      "config/invalid",
    ]);
  });
});
