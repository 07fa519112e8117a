import type { ConcurrencyPolicy, Heatmap, PreviewData } from "../preview-data.js";

/** A row has one mark per run up to this many per day of the window; busier rows show runs per hour. */
export const MARKS_PER_DAY = 24;

/** Per-run flags in `PageJob.flags`. */
export const OVERLAP = 1;
export const NOT_STARTED = 2;
export const REPEATED = 4;

/**
 * What the page's script draws from: the data without what the server already wrote, and runs
 * as run-length-encoded steps (a schedule repeats itself: 672 runs of `*\/15` are one pair).
 */
export interface PageModel {
  /** Window, unix ms. */
  from: number;
  to: number;
  /** The zone given with --tz. */
  timeZone: string;
  /** Unix ms that the first step of every list counts from (the window start, floored to the minute). */
  base: number;
  marksPerDay: number;
  jobs: PageJob[];
  /** Minutes where 3 or more CronJobs start, grouped by the CronJobs (indexes into `jobs`). */
  pileUps: { jobs: number[]; minutes: number[] }[];
  heatmap: Pick<Heatmap, "runs" | "cpu" | "memory">;
}

export interface PageJob {
  name: string;
  namespace: string | null;
  schedule: string;
  description: string;
  zone: string;
  suspend: boolean;
  policy: ConcurrencyPolicy;
  deadline: number | null;
  cpu: number;
  memory: number;
  /** `[step, count, …]`: `count` runs, each `step` after the one before; in minutes, or seconds when `seconds`. */
  runs: number[];
  seconds?: true;
  /** `[flags, count, …]` per run (OVERLAP, NOT_STARTED, REPEATED); absent when none has any. */
  flags?: number[];
}

export function pageModel(data: PreviewData): PageModel {
  const from = Date.parse(data.from);
  const base = Math.floor(from / 60_000) * 60_000;
  const index = new Map(data.cronJobs.map((job, i) => [job.id, i]));
  const groups = new Map<string, { jobs: number[]; at: number[] }>();
  for (const p of data.pileUps) {
    const key = p.jobs.join("\u0000");
    const group = groups.get(key) ?? { jobs: p.jobs.map((id) => index.get(id)!), at: [] };
    group.at.push(Date.parse(p.at));
    groups.set(key, group);
  }
  return {
    from,
    to: Date.parse(data.to),
    timeZone: data.timeZone,
    base,
    marksPerDay: MARKS_PER_DAY,
    heatmap: { runs: data.heatmap.runs, cpu: data.heatmap.cpu, memory: data.heatmap.memory },
    pileUps: [...groups.values()].map((g) => ({ jobs: g.jobs, minutes: steps(g.at, base, 60_000) })),
    jobs: data.cronJobs.map((job) => {
      const at = job.runs.map((r) => Date.parse(r.at));
      const seconds = at.some((t) => t % 60_000 !== 0);
      const flags = job.runs.map(
        (r, i) => (job.overlaps.some((o) => o.run === i) ? OVERLAP : 0) | (r.notStarted ? NOT_STARTED : 0) | (r.repeated ? REPEATED : 0),
      );
      return {
        name: job.name,
        namespace: job.namespace,
        schedule: job.schedule,
        description: job.description,
        zone: job.zone,
        suspend: job.suspend,
        policy: job.concurrencyPolicy,
        deadline: job.activeDeadlineSeconds,
        cpu: job.requests.cpu,
        memory: job.requests.memory,
        runs: steps(at, base, seconds ? 1000 : 60_000),
        ...(seconds ? { seconds: true as const } : {}),
        ...(flags.some((f) => f !== 0) ? { flags: runLengths(flags) } : {}),
      };
    }),
  };
}

/** Instants as `[step, count, …]` in units of `unit` ms, the first step from `base`. */
function steps(instants: readonly number[], base: number, unit: number): number[] {
  let previous = base;
  return runLengths(
    instants.map((t) => {
      const step = Math.round((t - previous) / unit);
      previous = t;
      return step;
    }),
  );
}

function runLengths(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of values) {
    if (out.length > 0 && out[out.length - 2] === v) out[out.length - 1]! += 1;
    else out.push(v, 1);
  }
  return out;
}

/** The model's lists back as plain values (what the page's script does): for tests. */
export function expand(pairs: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < pairs.length; i += 2) for (let k = 0; k < pairs[i + 1]!; k++) out.push(pairs[i]!);
  return out;
}
