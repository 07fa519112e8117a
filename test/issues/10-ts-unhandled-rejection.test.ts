// Issue 10, case 2: a TS template whose code rejects a promise nobody handles, or throws from a
// callback (a timer, setImmediate, queueMicrotask, process.nextTick), crashed the CLI with a Node
// stack trace and a base64 dump of the bundled source, after the manifests were already on stdout.
// Such errors are now the template's own `load/ts-threw`, naming its file; nothing goes to stdout.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { brief, load } from "../load/helpers.js";

const root = mkdtempSync(join(tmpdir(), "kj-issue10-ts-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const JOB = `job({ name: "ok", containers: { main: { image: "busybox" } } })`;
const HEAD = `import { job } from "kubejobs";\n`;

const CASES: [string, string][] = [
  ["an exported rejected promise", `export const x = Promise.reject(new Error("rejected"));\nexport default ${JOB};`],
  ["a rejection in the module, never awaited", `Promise.reject(new Error("rejected"));\nexport default ${JOB};`],
  ["a throw from setTimeout in the module", `setTimeout(() => { throw new Error("late"); });\nexport default ${JOB};`],
  ["a throw from setImmediate", `setImmediate(() => { throw new Error("late"); });\nexport default ${JOB};`],
  ["a throw from queueMicrotask", `queueMicrotask(() => { throw new Error("late"); });\nexport default ${JOB};`],
  ["a throw from process.nextTick", `process.nextTick(() => { throw new Error("late"); });\nexport default ${JOB};`],
  ["a string thrown from a timer", `setTimeout(() => { throw "plain string"; }, 0);\nexport default ${JOB};`],
  [
    "a rejection inside the default-export function, not awaited",
    `export default async () => { Promise.reject(new Error("inner")); return ${JOB}; };`,
  ],
  [
    "a throw from a timer set by the default-export function",
    `export default async () => { setTimeout(() => { throw new Error("inner late"); }, 0); return ${JOB}; };`,
  ],
  ["an async IIFE that throws", `(async () => { await null; throw new Error("iife"); })();\nexport default ${JOB};`],
];

describe("the CLI", () => {
  it.each(CASES)("%s: load/ts-threw on the file, exit 1, nothing on stdout, no stack", (_what, source) => {
    writeFileSync(join(root, "bad.kubejobs.ts"), HEAD + source);
    const run = runCli(["render", "bad.kubejobs.ts"], { cwd: root });
    expect(run.stdout).toBe("");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^bad\.kubejobs\.ts: error: .*\[load\/ts-threw\]$/m);
    expect(run.stderr).not.toContain("data:text/javascript");
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(run.stderr).not.toContain("internal error");
  });

  it("with several templates loading at once, only the guilty file is named", () => {
    writeFileSync(
      join(root, "good.kubejobs.ts"),
      `${HEAD}export default async () => { await new Promise((r) => setTimeout(r, 5)); return ${JOB}; };`,
    );
    writeFileSync(
      join(root, "bad.kubejobs.ts"),
      `${HEAD}setTimeout(() => { throw new Error("late"); }, 1);\nexport default async () => { await new Promise((r) => setTimeout(r, 5)); return ${JOB}; };`,
    );
    const run = runCli(["validate", "good.kubejobs.ts", "bad.kubejobs.ts"], { cwd: root });
    expect(run.status).toBe(1);
    const named = [...run.stderr.matchAll(/^(\S+): error: /gm)].map((m) => m[1]);
    expect(named).toEqual(["bad.kubejobs.ts"]);
  });
});

describe("the loader (in process)", () => {
  it.each(CASES)("%s → load/ts-threw", async (_what, source) => {
    const file = `bad-${Math.random().toString(36).slice(2)}.ts`;
    writeFileSync(join(root, file), HEAD.replace('"kubejobs"', '"kubejobs"') + source);
    const result = await load([file], { cwd: root });
    expect(brief(result).map((d) => [d.code, d.file])).toEqual([["load/ts-threw", file]]);
  });
});
