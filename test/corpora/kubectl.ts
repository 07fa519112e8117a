// kubectl as the reference for reading YAML: `kubectl label --local -f FILE probe- -o json` prints
// the JSON that `kubectl apply` would send, decoded offline (no cluster). Tests skip without it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseYaml } from "../../src/load/yaml.js";

/** Whether a kubectl runs here (the client alone; no cluster is contacted). */
export const HAS_KUBECTL = spawnSync("kubectl", ["version", "--client", "-o", "json"], { encoding: "utf8" }).status === 0;

/** Per file, the objects kubectl decodes from it, or the error it gave. */
export type Decoded = { objects: unknown[] } | { error: string };

/**
 * Every file through kubectl in one run (a run per file costs ~40 ms each); objects are printed
 * in file order, so each file's share is read off with `counts` (the documents we read from it).
 * A file kubectl refuses is named on stderr and run again alone, to get its own output.
 */
export function kubectlDecode(files: readonly string[], counts: readonly number[]): Decoded[] {
  const all = run(files);
  const refused = new Map<string, string>();
  for (const line of all.stderr.split("\n")) {
    const m = /^error: error parsing (.*?): (.*)$/.exec(line) ?? /^error parsing (.*?): (.*)$/.exec(line);
    if (m) refused.set(m[1] as string, m[2] as string);
  }
  const objects = splitObjects(all.stdout);
  let next = 0;
  return files.map((file, i) => {
    const error = refused.get(file);
    if (error !== undefined) {
      next += splitObjects(run([file]).stdout).length;
      return { error };
    }
    const mine = objects.slice(next, next + (counts[i] as number));
    next += counts[i] as number;
    return { objects: mine };
  });
}

function run(files: readonly string[]): { stdout: string; stderr: string } {
  const args = ["label", "--local", ...files.flatMap((f) => ["-f", f]), "probe-", "-o", "json"];
  const r = spawnSync("kubectl", args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** kubectl prints one pretty JSON object after another: each starts with `{` and ends with `}` in column 1. */
function splitObjects(stdout: string): unknown[] {
  const text = stdout.trim();
  if (text === "") return [];
  return text.split(/(?<=^\})\n(?=\{$)/m).map((part) => JSON.parse(part) as unknown);
}

/** Our reading of a file: the documents' values, or the errors. */
export function ourDecode(file: string): { objects: unknown[]; errors: string[] } {
  const parsed = parseYaml(readFileSync(file, "utf8"), file);
  const errors = parsed.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} @${d.line}: ${d.message}`);
  return { objects: parsed.documents.map((d) => d.value), errors };
}

/**
 * The object as kubectl's `label` leaves it, minus what `label` itself changes: it writes
 * `metadata.labels: {}` where there were none (or null).
 */
export function withoutLabelArtifacts(kubectl: unknown, ours: unknown): unknown {
  const k = kubectl as { metadata?: { labels?: unknown } };
  const o = ours as { metadata?: { labels?: unknown } } | null;
  const labels = o?.metadata?.labels;
  const isEmpty = (v: unknown) => v !== null && typeof v === "object" && Object.keys(v as object).length === 0;
  if (k?.metadata && isEmpty(k.metadata.labels) && (labels === undefined || labels === null || isEmpty(labels))) {
    const { labels: _, ...metadata } = k.metadata;
    return { ...k, metadata };
  }
  return kubectl;
}

/** JSON with sorted keys: one spelling per value, whatever the key order; `-0` is `0` on both sides. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Ours without metadata.labels when it is null or {}: kubectl's label command replaces both. */
export function withoutEmptyLabels(ours: unknown): unknown {
  const o = ours as { metadata?: { labels?: unknown } } | null;
  const labels = o?.metadata?.labels;
  if (o?.metadata && (labels === null || (typeof labels === "object" && Object.keys(labels as object).length === 0))) {
    const { labels: _, ...metadata } = o.metadata;
    return { ...o, metadata };
  }
  return ours;
}
