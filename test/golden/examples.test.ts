import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanEnv, ROOT, runCli } from "../helpers/cli.js";

// Every bundled example is a golden case: rendered by the CLI, compared byte for byte with the
// reviewed output in test/golden/examples/. After a deliberate change: `npm run golden`, review
// the diff, commit.
const examples = readdirSync(`${ROOT}/examples`)
  .filter((f) => /\.kubejobs\.(ya?ml|ts)$/.test(f))
  .sort();

describe("examples render to their golden output", () => {
  it("has the bundled examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples)("%s", async (file) => {
    const run = runCli(["render", `examples/${file}`], { env: cleanEnv() });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const name = file.replace(/\.kubejobs\.(ya?ml|ts)$/, "");
    await expect(run.stdout).toMatchFileSnapshot(`examples/${name}.yaml`);
  });
});
