/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self time per function and per
 * module, and inclusive time for functions matching a filter, so a profile can be read in a
 * terminal and quoted in a report. Usage:
 *
 *   node scripts/run.mjs bench/profile-summary.ts FILE.cpuprofile... [--top 25] [--total NAME]...
 *
 * With several profiles of the same command, each figure is the median over them.
 *
 * Modules are the script URLs, shortened to what follows `node_modules/` or `dist/`; inside
 * a bundle, the function name is the only way back to the source file.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "25" }, total: { type: "string", multiple: true, default: [] } },
});
if (positionals.length === 0) {
  console.error("usage: profile-summary FILE.cpuprofile... [--top N] [--total FUNCTION]...");
  process.exit(2);
}
const top = Number(values.top);

interface Summary {
  totalUs: number;
  byFunction: Map<string, number>;
  byModule: Map<string, number>;
  inclusive: Map<string, number>;
}

function moduleOf(url: string): string {
  if (!url) return "(native/vm)";
  const m = /node_modules\/(.*)$/.exec(url) ?? /\/(dist\/.*)$/.exec(url);
  // Hashes of named chunks (yaml-, validators-) change with every build; without them, profiles of two builds line up.
  return m ? m[1]!.replace(/(?<!chunk)-[A-Z0-9]{8}\.js$/, ".js") : url.replace(/^file:\/\//, "");
}

function label(n: ProfileNode): string {
  const f = n.callFrame;
  return `${f.functionName || "(anonymous)"}  ${moduleOf(f.url)}`;
}

function add(map: Map<string, number>, key: string, us: number): void {
  map.set(key, (map.get(key) ?? 0) + us);
}

function summarizeProfile(profile: Profile, names: readonly string[]): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const summary: Summary = { totalUs: 0, byFunction: new Map(), byModule: new Map(), inclusive: new Map(names.map((n) => [n, 0])) };
  profile.samples.forEach((id, i) => {
    // Each sampled interval is self time of the node on top of the stack.
    const dt = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id)!;
    summary.totalUs += dt;
    add(summary.byFunction, label(node), dt);
    add(summary.byModule, moduleOf(node.callFrame.url), dt);
    // Inclusive: each named function anywhere on the stack, counted once per sample (recursion).
    const onStack = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) onStack.add(byId.get(cur)!.callFrame.functionName);
    for (const name of names) if (onStack.has(name)) add(summary.inclusive, name, dt);
  });
  return summary;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Per key, the median over profiles (0 where a profile lacks the key): one disturbed run does not skew it. */
function medianOf(maps: Map<string, number>[]): Map<string, number> {
  const keys = new Set(maps.flatMap((m) => [...m.keys()]));
  return new Map([...keys].map((k) => [k, median(maps.map((m) => m.get(k) ?? 0))]));
}

const summaries = positionals.map((file) => summarizeProfile(JSON.parse(readFileSync(file, "utf8")) as Profile, values.total));
const totalUs = median(summaries.map((s) => s.totalUs));
const ms = (us: number): string => (us / 1000).toFixed(1).padStart(8);
const pct = (us: number): string => `${((100 * us) / totalUs).toFixed(1).padStart(5)}%`;
function print(title: string, map: Map<string, number>, limit: number): void {
  console.log(`\n${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit)) console.log(`${ms(us)} ms ${pct(us)}  ${key}`);
}

console.log(
  `${positionals.length} profile(s); sampled time per profile: ${summaries.map((s) => (s.totalUs / 1000).toFixed(1)).join(", ")} ms; figures below are medians over profiles`,
);
print("self time by module", medianOf(summaries.map((s) => s.byModule)), top);
print("self time by function", medianOf(summaries.map((s) => s.byFunction)), top);
if (values.total.length > 0) {
  console.log("\ninclusive time");
  const inclusive = medianOf(summaries.map((s) => s.inclusive));
  for (const name of values.total) console.log(`${ms(inclusive.get(name) ?? 0)} ms ${pct(inclusive.get(name) ?? 0)}  ${name}`);
}
