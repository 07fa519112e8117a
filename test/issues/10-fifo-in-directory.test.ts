// Issue 10, case 4: a FIFO named like a template in a scanned directory was opened and read as a
// stream, which blocks until something writes to it: `validate`, `render` and `next` hung. A
// directory scan takes regular files only; a FIFO named on the command line is still read.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, cleanEnv } from "../helpers/cli.js";
import { spawnSync } from "node:child_process";

const hasMkfifo = spawnSync("mkfifo", ["--version"]).status === 0;

describe.skipIf(!hasMkfifo)("a FIFO in a scanned directory", () => {
  const dir = mkdtempSync(join(tmpdir(), "kj-issue10-fifo-"));
  mkdirSync(join(dir, "d"));
  execFileSync("mkfifo", [join(dir, "d", "pipe.yaml")]);
  execFileSync("mkfifo", [join(dir, "d", "pipe.kubejobs.ts")]);
  writeFileSync(join(dir, "d", "job.yaml"), "kind: Job\nname: a\ncontainers:\n  main: { image: busybox }\n");

  // The guard only ends the test if the fix regresses: a finished run takes well under a second.
  const run = (args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { cwd: dir, env: cleanEnv(), encoding: "utf8", timeout: 20_000, input: "" });

  it.each([["validate"], ["render"]])("%s d/ skips the FIFO and reads the rest", (command) => {
    const r = run([command, "d"]);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("io/skipped");
    expect(r.stderr).toContain("pipe.yaml");
  });

  it("next d/ skips the FIFO too", () => {
    const r = run(["next", "d"]);
    expect(r.error).toBeUndefined();
    expect(r.signal).toBeNull();
  });
});
