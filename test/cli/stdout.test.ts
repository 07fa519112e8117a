// The CLI writes its result to fd 1 directly (src/cli/bin.ts), falling back to process.stdout
// on any error: output larger than a pipe's buffer must still arrive whole and in order.
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const lines = Array.from({ length: 6000 }, (_, i) => `line ${i} of a file large enough to fill a pipe several times over`);
const template = [
  "kind: Job",
  "name: big",
  "containers:",
  "  main:",
  "    image: busybox:1.36",
  "    files:",
  "      /etc/big.txt:",
  "        content: |",
  ...lines.map((l) => `          ${l}`),
  "",
].join("\n");

describe("stdout", () => {
  it("a render far larger than a pipe's buffer arrives whole, stdout only", () => {
    const run = runCli(["render", "-"], { input: template });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.length).toBeGreaterThan(400_000);
    const [configMap, job] = parseAllDocuments(run.stdout).map((d) => d.toJS());
    expect(configMap.kind).toBe("ConfigMap");
    expect(Object.values(configMap.data as Record<string, string>)[0]).toBe(lines.join("\n") + "\n");
    expect(job.kind).toBe("Job");
    expect(run.stdout.endsWith("\n")).toBe(true);
  });

  it("JSON output likewise", () => {
    const run = runCli(["render", "-", "-o", "json"], { input: template });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).items).toHaveLength(2);
  });
});
