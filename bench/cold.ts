/**
 * Cold start as whole processes, the way a user or CI runs kubejobs: `node dist/cli.js render`
 * of one TS and one YAML template, each against `node -e 0` measured in the same rounds.
 * Each round runs all three commands in a rotating order, so drift in machine load (other
 * processes, thermal state) lands on all three alike and the ratio cancels it; the paired ratio
 * (this round's render over this round's `node -e 0`) cancels it further.
 */
import { spawnSync } from "node:child_process";
import { median, summarize, type Timing } from "./stats.js";

export interface ColdCommand {
  id: string;
  args: string[];
}

export interface ColdResult {
  id: string;
  command: string;
  timing: Timing;
  /** Median over rounds of (this command / `node -e 0` in the same round). */
  pairedRatio: number;
}

export interface ColdResults {
  floor: ColdResult;
  commands: ColdResult[];
  rounds: number;
}

function timeOnce(args: string[], cwd: string): number {
  const start = process.hrtime.bigint();
  // stdout to a pipe, as `kubejobs render | kubectl apply -f -` has it (a TTY would change colour and buffering).
  const run = spawnSync(process.execPath, args, { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 16 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0 || run.error) {
    // A failure in the untimed first round usually means dist/ was being rebuilt while it was copied.
    throw new Error(`\`node ${args.join(" ")}\` failed (status ${run.status}): ${run.error?.message ?? run.stderr.toString()}`);
  }
  return ms;
}

export function measureColdStart(commands: readonly ColdCommand[], rounds: number, cwd: string): ColdResults {
  const all: ColdCommand[] = [{ id: "node-e-0", args: ["-e", "0"] }, ...commands];
  // One untimed round: the first run of each pays for reading files into the page cache.
  for (const c of all) timeOnce(c.args, cwd);
  const samples = all.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < all.length; k++) {
      const i = (round + k) % all.length;
      samples[i]!.push(timeOnce(all[i]!.args, cwd));
    }
  }
  const floorSamples = samples[0]!;
  const results = all.map((c, i): ColdResult => ({
    id: c.id,
    command: `node ${c.args.join(" ")}`,
    timing: summarize(samples[i]!),
    pairedRatio: median(samples[i]!.map((ms, round) => ms / floorSamples[round]!)),
  }));
  return { floor: results[0]!, commands: results.slice(1), rounds };
}
