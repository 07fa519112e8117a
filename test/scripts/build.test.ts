// The CLI's build (scripts/build.mjs; npm test builds first): the chunks it runs from V8's code
// cache have a cache this Node accepts, else the speed-up is gone without a word.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const CHUNKS = join(ROOT, "dist/chunks");
const LOADER = join(CHUNKS, "load-cached.cjs");
const cached = existsSync(CHUNKS) ? readdirSync(CHUNKS).filter((f) => f.endsWith(".cjs") && f !== "load-cached.cjs") : [];

describe("dist", () => {
  it("code-caches the commands, the yaml loader, the template validator and every version's validators", () => {
    for (const chunk of ["render", "validate", "lint", "preview", "load-yaml", "template-validator", "compile", "k8s-rules"])
      expect(cached).toContain(`${chunk}.cjs`);
    expect(cached.filter((f) => f.startsWith("validators-")).length).toBeGreaterThanOrEqual(8);
    for (const file of cached) expect(existsSync(join(CHUNKS, `${file}.cache`)), file).toBe(true);
  });

  it("each stub runs its chunk through the loader, and this Node accepts every cache", () => {
    // In a plain child process: the CLI runs with Node's default flags, which the cache depends on.
    const check = `process.stdout.write(JSON.stringify(require(${JSON.stringify(LOADER)}).rejectedCaches()));`;
    const run = spawnSync(process.execPath, ["-e", check], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual([]);
    for (const file of cached) {
      const name = file.replace(/\.cjs$/, "");
      expect(readFileSync(join(CHUNKS, `${name}.js`), "utf8")).toContain(`loadCached(${JSON.stringify(name)})`);
    }
  });

  it("the CLI's stubs and the chunks share one instance of each chunk (UsageError is checked with instanceof across them)", () => {
    const check = `
      import { createRequire } from "node:module";
      import { UsageError } from ${JSON.stringify(join(CHUNKS, "args.js"))};
      const { loadCached } = createRequire(import.meta.url)(${JSON.stringify(LOADER)});
      await import(${JSON.stringify(join(CHUNKS, "render.js"))});
      process.stdout.write(String(typeof UsageError === "function" && UsageError === loadCached("args").UsageError));`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", check], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("true");
  });
});
