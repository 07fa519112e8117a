// The CLI's build (scripts/build.mjs; npm test builds first): a render loads few files, and the
// modules it runs from V8's code cache have a cache this Node accepts, else the speed-up is gone.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const CHUNKS = join(ROOT, "dist/chunks");
const cached = existsSync(CHUNKS) ? readdirSync(CHUNKS).filter((f) => f.endsWith(".cjs")) : [];

describe("dist", () => {
  it("code-caches the yaml loader, the template validator and every version's validators", () => {
    expect(cached).toContain("load-yaml.cjs");
    expect(cached).toContain("template-validator.cjs");
    expect(cached.filter((f) => f.startsWith("validators-")).length).toBeGreaterThanOrEqual(8);
    for (const file of cached) expect(existsSync(join(CHUNKS, `${file}.cache`)), file).toBe(true);
  });

  it("each stub runs its module the way the cache was made, and this Node accepts the cache", () => {
    // In a plain child process: the CLI runs with Node's default flags, which the cache depends on.
    const check = `
      const { readFileSync } = require("node:fs"); const { Script } = require("node:vm");
      const rejected = ${JSON.stringify(cached)}.filter((f) => {
        const file = ${JSON.stringify(CHUNKS)} + "/" + f;
        const source = "(function (exports, require, module) {" + readFileSync(file, "utf8") + "\\n})";
        return new Script(source, { filename: file, cachedData: readFileSync(file + ".cache") }).cachedDataRejected;
      });
      process.stdout.write(JSON.stringify(rejected));`;
    const run = spawnSync(process.execPath, ["-e", check], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual([]);
    for (const file of cached) {
      expect(readFileSync(join(CHUNKS, file.replace(/\.cjs$/, ".js")), "utf8")).toContain('"(function (exports, require, module) {"');
    }
  });
});
