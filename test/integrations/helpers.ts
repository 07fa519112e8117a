import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A scratch directory with the given files (path → text). */
export function scratch(files: Record<string, string>, prefix = "kubejobs-int-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The path of a real client, or undefined when it is not installed. */
export function which(command: string): string | undefined {
  const r = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Says once, on the test output, why a real-client test is skipped. */
export function skipReason(client: string, why: string): void {
  console.warn(`SKIPPED: ${client} tests: ${why}`);
}

export const GOOD_JOB = `kind: Job
name: report
containers:
  main:
    image: ghcr.io/acme/report:1.4.2
    command: [report, --daily]
`;

/** No image: one error, container/image-required, at line 4. */
export const BAD_JOB = `kind: Job
name: report
containers:
  main: { image: "" }
`;
