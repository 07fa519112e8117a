/**
 * What a figure depends on besides the code: Node, the CPU, and how busy the machine was.
 * PRODUCT §5's floors were measured on an idle 2-core machine; a load average above the core
 * count means other processes shared the CPU and absolute times are inflated (ratios to a floor
 * measured in the same run much less so).
 */
import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";

export interface MachineFacts {
  node: string;
  v8: string;
  platform: string;
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  /** 1, 5 and 15 minute load averages. */
  loadAverage: [number, number, number];
  /** The commit measured, and whether the working tree differs from it (then the figures are of uncommitted code). */
  commit: string;
  dirty: boolean;
}

export function currentLoad(): [number, number, number] {
  const [a = 0, b = 0, c = 0] = loadavg();
  return [round2(a), round2(b), round2(c)];
}

export function machineFacts(cwd: string): MachineFacts {
  const cpuList = cpus();
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform} ${process.arch}`,
    cpuModel: cpuList[0]?.model.trim() ?? "unknown",
    cores: cpuList.length,
    memoryGiB: round2(totalmem() / 2 ** 30),
    loadAverage: currentLoad(),
    ...gitState(cwd),
  };
}

function gitState(cwd: string): { commit: string; dirty: boolean } {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd, encoding: "utf8" }).trim();
    // Only what is built into dist/ matters: changes to tests or docs do not change a figure.
    const status = execFileSync("git", ["status", "--porcelain", "--", "src", "scripts/build.mjs", "package.json"], {
      cwd,
      encoding: "utf8",
    });
    return { commit, dirty: status.trim() !== "" };
  } catch {
    return { commit: "unknown", dirty: false };
  }
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
