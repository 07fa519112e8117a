import { describe, expect, it } from "vitest";
import { defaultExportSite } from "../../src/load/ts-export-site.js";

describe("defaultExportSite", () => {
  it("finds `export default` at its line and column", () => {
    expect(defaultExportSite(`import { job } from "kubejobs";\n\n  export default job({ name: "x" });\n`)).toEqual({ line: 3, column: 3 });
  });

  it("skips comments, strings, template literals and regular expressions that mention it", () => {
    const source = [
      "// export default nothing",
      "/* a block comment",
      "export default job({})",
      "*/",
      'const a = "export default";',
      "const b = `",
      "export default ${'}'} ${`export default`}",
      "`;",
      "const c = /export default [`'\"]/g;",
      "const d = 4 / 2 / 1;",
      "export default job({ name: `${a}` });",
    ].join("\n");
    expect(defaultExportSite(source)).toEqual({ line: 11, column: 1 });
  });

  it("finds `export { x as default }` and a re-export", () => {
    expect(defaultExportSite("const t = job({});\nexport { t as default };\n")).toEqual({ line: 2, column: 1 });
    expect(defaultExportSite('export { default } from "./other.js";')).toEqual({ line: 1, column: 1 });
  });

  it("passes over a re-export of another module's default under a name", () => {
    const source = 'export { default as helper } from "./helper.js";\nexport { a, default as b };\n\nexport default job({});\n';
    expect(defaultExportSite(source)).toEqual({ line: 4, column: 1 });
    expect(defaultExportSite('export { x, default } from "./other.js";')).toEqual({ line: 1, column: 1 });
  });

  it("reads a byte-order mark, NBSP and U+2028 as whitespace", () => {
    expect(defaultExportSite("\uFEFFexport default {};\n")).toEqual({ line: 1, column: 1 });
    expect(defaultExportSite("const a = 1;\u00A0\u2028export default a;")).toEqual({ line: 1, column: 15 });
  });

  it("is undefined without a default export", () => {
    expect(defaultExportSite("export const t = job({});\nexport { t };\n")).toBeUndefined();
    expect(defaultExportSite("module.exports = { kind: 'Job' };")).toBeUndefined();
    expect(defaultExportSite("")).toBeUndefined();
  });

  it("passes over a shebang line", () => {
    expect(defaultExportSite("#!/usr/bin/env node export default\nexport default 1;\n")).toEqual({ line: 2, column: 1 });
  });
});
