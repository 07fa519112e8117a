// Runs the built CLI asynchronously, so a corpus of ~200 spawns can run a few at a time instead of
// one after another (each costs ~150 ms). Same black box as test/helpers/cli.ts `runCli`.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI, cleanEnv, ROOT, type CliRun } from "../helpers/cli.js";

/** The CLI these tests spawn: a private copy of dist/ once `snapshotCli` has run. */
let cliPath = CLI;

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Bytes for stdin (a Buffer, so invalid UTF-8 reaches the CLI as it is). */
  input?: Buffer | string;
  timeoutMs?: number;
}

export function runCliAsync(args: string[], options: RunOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? cleanEnv(),
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 20_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
    child.stdin.on("error", () => undefined); // the CLI may exit before reading all of a big input
    child.stdin.end(options.input ?? "");
  });
}

/** Runs jobs with at most `limit` at a time, results in input order. */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Copies the built dist/ (with package.json, and node_modules linked) to a temp directory and
 * spawns that copy: a rebuild of dist/ while the corpus runs (chunk names change) cannot break
 * these runs half-way. Retries while dist/ is missing or half-written; returns a cleanup.
 */
export async function snapshotCli(): Promise<() => void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), "kj-cli-"));
    try {
      if (!existsSync(CLI)) throw new Error("dist/cli.js missing");
      cpSync(join(ROOT, "dist"), join(dir, "dist"), { recursive: true });
      cpSync(join(ROOT, "package.json"), join(dir, "package.json"));
      symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
      const cli = join(dir, "dist", "cli.js");
      const smoke = spawnSync(process.execPath, [cli, "render", join(ROOT, "test/bad-inputs/good/crlf.kubejobs.yaml")], {
        encoding: "utf8",
        env: cleanEnv(),
      });
      if (smoke.status !== 0) throw new Error(smoke.stderr);
      cliPath = cli;
      return () => rmSync(dir, { recursive: true, force: true });
    } catch {
      rmSync(dir, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`${CLI} does not run: run npm run build first`);
}

/** A stack frame as Node prints it: `    at fn (file:1:2)` or `    at file:1:2`. */
export const STACK_FRAME = /^ {4}at \S/m;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
