import type { ConcurrencyPolicy, Heatmap, PreviewData } from "../preview-data.js";

/** A row has one mark per run up to this many per day of the window; busier rows show runs per hour. */
export const MARKS_PER_DAY = 24;

/** What the page's script draws from: the data, without what the server already wrote, runs as numbers. */
export interface PageModel {
  /** Window, unix ms. */
  from: number;
  to: number;
  /** The zone given with --tz. */
  timeZone: string;
  /** Unix ms that run offsets count from (the window start, floored to the second). */
  base: number;
  marksPerDay: number;
  jobs: PageJob[];
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
  /** Run starts as seconds after `base`, each written as the step from the one before (smaller). */
  steps: number[];
  /** Indexes of runs that happen a second time (clocks fell back). */
  repeated: number[];
  /** Indexes of runs that start while the previous may still be going. */
  overlaps: number[];
  /** Indexes of runs Forbid does not start (worst case). */
  notStarted: number[];
}

export function pageModel(data: PreviewData): PageModel {
  const from = Date.parse(data.from);
  const base = Math.floor(from / 1000) * 1000;
  return {
    from,
    to: Date.parse(data.to),
    timeZone: data.timeZone,
    base,
    marksPerDay: MARKS_PER_DAY,
    heatmap: { runs: data.heatmap.runs, cpu: data.heatmap.cpu, memory: data.heatmap.memory },
    jobs: data.cronJobs.map((job) => {
      let previous = base;
      const steps = job.runs.map((run) => {
        const at = Date.parse(run.at);
        const step = Math.round((at - previous) / 1000);
        previous = at;
        return step;
      });
      const indexes = (test: (i: number) => boolean) => job.runs.map((_, i) => i).filter(test);
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
        steps,
        repeated: indexes((i) => job.runs[i]!.repeated === true),
        overlaps: job.overlaps.map((o) => o.run),
        notStarted: indexes((i) => job.runs[i]!.notStarted === true),
      };
    }),
  };
}
