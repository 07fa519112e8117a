// Template code that misbehaves while it runs: getters and proxies that throw when the default
// export is read, output to stdout, and promises that never settle (the CLI names the file).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runningTemplates } from "../../src/load/running-files.js";
import { brief, load } from "./helpers.js";

const root = mkdtempSync(join(tmpdir(), "kubejobs-ts-running-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function template(name: string, source: string): string {
  writeFileSync(join(root, name), source);
  return name;
}

const JOB = `{ kind: "Job", name: "ok", containers: { main: { image: "busybox" } } }`;

describe("reading the default export runs template code, which may throw", () => {
  it.each([
    ["a `kind` getter", `export default { get kind() { throw new Error("no kind"); }, name: "x" };`, []],
    ["a Proxy whose get trap throws", `export default new Proxy({}, { get() { throw new Error("trap"); } });`, []],
    ["a revoked Proxy", `const p = Proxy.revocable({}, {}); p.revoke(); export default p.proxy;`, []],
    [
      "a function returning an object with a throwing `kind` getter",
      `export default () => ({ get kind() { throw new Error("no kind"); } });`,
      [],
    ],
    [
      "a Proxy template whose getPrototypeOf trap throws",
      `export default new Proxy(${JOB}, { getPrototypeOf() { throw new Error("proto"); } });`,
      [],
    ],
    [
      "an error whose name and message getters throw",
      `export default { get kind() { const e = new Error(); Object.defineProperty(e, "name", { get() { throw 1; } }); throw e; } };`,
      [],
    ],
  ])("%s → load/ts-threw, not an exception", async (_what, source, path) => {
    const file = template(`threw-${Math.random().toString(36).slice(2)}.ts`, source);
    const result = await load([file], { cwd: root });
    expect(result.documents).toEqual([]);
    expect(brief(result).map((d) => [d.code, d.file, d.path])).toEqual([["load/ts-threw", file, path]]);
  });

  it("a list item that throws is reported at its index; the other items still load", async () => {
    const file = template("list.ts", `export default [${JOB}, { get kind() { throw new Error("no kind"); } }];`);
    const result = await load([file], { cwd: root });
    expect(brief(result).map((d) => [d.code, d.path])).toEqual([["load/ts-threw", [1]]]);
    expect(result.documents.map((d) => d.pathPrefix)).toEqual([[0]]);
  });
});

describe("while template code runs, stdout goes to stderr", () => {
  it("process.stdout.write and globalThis.console, in the module and in the default function until it settles", async () => {
    const file = template(
      "writes.ts",
      `process.stdout.write("module: process.stdout.write\\n");
globalThis.console.log("module: globalThis.console.log");
export default async () => {
  await new Promise((r) => setTimeout(r, 1));
  process.stdout.write("function: process.stdout.write\\n");
  globalThis.console.table([1]);
  return ${JOB};
};`,
    );
    const stdoutBefore = Object.getOwnPropertyDescriptor(process, "stdout");
    const consoleBefore = globalThis.console;
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    let result, out, err;
    try {
      result = await load([file], { cwd: root });
      // Read before mockRestore, which clears the calls.
      out = stdout.mock.calls.map((c) => String(c[0])).join("");
      err = stderr.mock.calls.map((c) => String(c[0])).join("");
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    expect(result.diagnostics).toEqual([]);
    expect(out).toBe("");
    for (const text of ["module: process.stdout.write", "module: globalThis.console.log", "function: process.stdout.write", "(index)"])
      expect(err).toContain(text);
    // Restored afterwards, for a library user's own output.
    expect(Object.getOwnPropertyDescriptor(process, "stdout")).toEqual(stdoutBefore);
    expect(globalThis.console).toBe(consoleBefore);
  });

  it("concurrent templates: stdout comes back only when the last one finishes, also when one throws", async () => {
    const slow = template(
      "slow.ts",
      `export default async () => { await new Promise((r) => setTimeout(r, 20)); process.stdout.write("slow\\n"); return ${JOB}; };`,
    );
    const fails = template("fails.ts", `throw new Error("early");`);
    const stdoutBefore = Object.getOwnPropertyDescriptor(process, "stdout");
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    let result, out, err;
    try {
      result = await load([fails, slow], { cwd: root });
      out = stdout.mock.calls.map((c) => String(c[0])).join("");
      err = stderr.mock.calls.map((c) => String(c[0])).join("");
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    expect(brief(result).map((d) => d.code)).toEqual(["load/ts-threw"]);
    expect(out).toBe("");
    expect(err).toContain("slow\n");
    expect(Object.getOwnPropertyDescriptor(process, "stdout")).toEqual(stdoutBefore);
  });
});

describe("running templates are listed (the CLI names them if their promise never settles)", () => {
  it("a file is listed while its default function's promise is pending, and not after", async () => {
    const file = template(
      "pending.ts",
      `export default () => new Promise((resolve) => { globalThis.__kubejobsRelease = () => resolve(${JOB}); });`,
    );
    const holder = globalThis as { __kubejobsRelease?: () => void };
    const loading = load([file], { cwd: root });
    await vi.waitFor(() => expect(holder.__kubejobsRelease).toBeTypeOf("function"), { timeout: 10_000 });
    expect(runningTemplates()).toEqual([file]);
    holder.__kubejobsRelease!();
    const result = await loading;
    delete holder.__kubejobsRelease;
    expect(result.documents).toHaveLength(1);
    expect(runningTemplates()).toEqual([]);
  });
});
