// Issue 10, case 9: bare `kubejobs` is a usage error (exit 2), and on an error nothing goes to
// stdout: the usage goes to stderr. `kubejobs --help` still prints it on stdout with exit 0.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

describe("bare kubejobs", () => {
  it("prints the usage on stderr, nothing on stdout, exit 2", () => {
    const run = runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Usage: kubejobs <command>");
  });

  it("--help is not an error: usage on stdout, exit 0", () => {
    const run = runCli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: kubejobs <command>");
    expect(run.stderr).toBe("");
  });
});
