import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { genConfigSchema } from "../../scripts/gen-config-schema.ts";

describe("gen-config-schema", () => {
  it("regenerates the committed config validator byte for byte", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "kubejobs-gen-config-"));
    try {
      await genConfigSchema({ outDir });
      for (const file of ["config-validator.js", "config-validator.d.ts"]) {
        expect(readFileSync(join(outDir, file), "utf8"), `${file} is stale: run npm run gen`).toBe(
          readFileSync(join("src/load/generated", file), "utf8"),
        );
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
