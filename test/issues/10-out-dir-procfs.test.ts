// Issue 10, case 10: `render --out-dir /proc/x` spun at 100% CPU forever: Node's recursive mkdir
// retries for ever on procfs, where creating an entry fails with ENOENT under a parent that
// exists. It now fails at once with an I/O error (exit 2), writing nothing.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CLI, cleanEnv, ROOT } from "../helpers/cli.js";

describe.skipIf(!existsSync("/proc/self"))("render --out-dir on procfs", () => {
  it.each([["/proc/x"], ["/proc/kubejobs-out/nested"], ["/proc/self/kubejobs"]])("--out-dir %s → I/O error, exit 2", (dir) => {
    // The timeout only ends the test if the fix regresses: the run itself takes a fraction of a second.
    const r = spawnSync(process.execPath, [CLI, "render", "examples/nightly-report.kubejobs.yaml", "--out-dir", dir], {
      cwd: ROOT,
      env: cleanEnv(),
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/could not write --out-dir/);
  });
});
