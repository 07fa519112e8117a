// What `kubejobs preview` computes: plain JSON-ready data (instants as ISO strings), the same for
// the page, the terminal view and `--format json`.

export type ConcurrencyPolicy = "Allow" | "Forbid" | "Replace";

/** A batch/v1 CronJob or Job manifest, with the file it came from when known. */
export interface PreviewInput {
  manifest: unknown;
  file?: string;
}

export interface PreviewOptions {
  /** Runs strictly after this instant. */
  from: Date;
  /** Length of the window, in days (default 7, at most 31). */
  days?: number;
  /** The viewer's zone: the heatmap's days and hours and the pile-ups' local times (default UTC). */
  timeZone?: string;
}

/** Requests of one run: what the pods of one Job ask for together. */
export interface RunRequests {
  /** Cores. */
  cpu: number;
  /** Bytes. */
  memory: number;
  /** Pods running at once (parallelism, at most completions). */
  pods: number;
}

export interface PreviewRun {
  /** `2024-03-09T07:30:00Z` */
  at: string;
  /** In the CronJob's zone, with its offset: `2024-03-09T02:30:00-05:00`. */
  local: string;
  /** The second run of a wall time that happens twice (clocks fell back). */
  repeated?: true;
  /** When the run must end at the latest (activeDeadlineSeconds; under Replace, the next start). */
  endsBy?: string;
  /** Forbid, worst case: the previous run may still be going, so the controller does not start this one. */
  notStarted?: true;
}

/** A run that starts while an earlier one of the same CronJob may still be going. */
export interface PreviewOverlap {
  /** Index in `runs` of the run that starts. */
  run: number;
  /** Index in `runs` of the earlier run that may still be going. */
  previous: number;
  /** What concurrencyPolicy does: Allow runs both, Forbid does not start the new one, Replace deletes the old one. */
  policy: ConcurrencyPolicy;
}

export interface PreviewCronJob {
  kind: "CronJob";
  /** Unique in the data: `namespace/name` (`/name` without namespace), `#2` etc. for repeats. */
  id: string;
  name: string;
  /** Null: the manifest sets none (kubectl's context decides). */
  namespace: string | null;
  file: string | null;
  schedule: string;
  /** spec.timeZone; null: the controller's own zone, UTC assumed. */
  timeZone: string | null;
  /** The zone the runs are computed in: timeZone, or `UTC`. */
  zone: string;
  description: string;
  suspend: boolean;
  concurrencyPolicy: ConcurrencyPolicy;
  startingDeadlineSeconds: number | null;
  /** The Job's spec.activeDeadlineSeconds: the longest a run may last. */
  activeDeadlineSeconds: number | null;
  requests: RunRequests;
  annotations: Record<string, string>;
  /** Runs in the window, in order. */
  runs: PreviewRun[];
  /** True when the window holds more runs than are listed (a schedule of seconds). */
  runsTruncated?: true;
  overlaps: PreviewOverlap[];
  /** The next 10 runs after `from`, exactly as `kubejobs next` lists them. */
  nextRuns: { at: string; local: string; weekday: string; repeated?: true }[];
  neverRuns?: string;
}

export interface PreviewJob {
  kind: "Job";
  id: string;
  name: string;
  namespace: string | null;
  file: string | null;
  activeDeadlineSeconds: number | null;
  requests: RunRequests;
  annotations: Record<string, string>;
}

/** Runs starting per weekday (rows Mon…Sun) and hour (0…23) of the viewer's zone, over the window. */
export interface Heatmap {
  days: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  runs: number[][];
  /** Requested cores of the runs starting in the hour. */
  cpu: number[][];
  /** Requested bytes of the runs starting in the hour. */
  memory: number[][];
}

/** A minute in which 3 or more CronJobs start. */
export interface PileUp {
  at: string;
  /** In the viewer's zone. */
  local: string;
  /** Ids of the CronJobs, in the order of `cronJobs`. */
  jobs: string[];
}

/** A minute in the same hour for a CronJob in a pile-up, derived from its id: stable between runs. */
export interface Spread {
  job: string;
  schedule: string;
  /** Minutes of the hour it starts at now, in its zone. */
  minutes: number[];
  /** The shift, in minutes, that removes the collision (0: keep it where it is once the others move). */
  shift: number;
  /** The schedule with the minute field shifted; absent when none can be written (see `reason`). */
  suggestedSchedule?: string;
  reason?: string;
}

export interface ClockChangeEffect {
  job: string;
  /** Local date of the affected runs, `YYYY-MM-DD`. */
  date: string;
  /** The scheduled wall times affected, `HH:MM`. */
  wallTimes: string[];
  /** Unscheduled wall times run instead (a change that is not on the hour). */
  runsInstead?: string[];
}

export interface ClockChange {
  zone: string;
  at: string;
  direction: "forward" | "back";
  date: string;
  clockChange: string;
  offsetBeforeMinutes: number;
  offsetAfterMinutes: number;
  /** CronJobs that do not run at these wall times that day. */
  skipped: ClockChangeEffect[];
  /** CronJobs that run twice at these wall times that day. */
  repeated: ClockChangeEffect[];
}

export interface PreviewFindings {
  pileUps: number;
  /** Runs that start while an earlier one may still be going. */
  overlaps: number;
  /** Clock changes in the next 12 months that skip or double at least one run. */
  clockChanges: number;
  suspended: number;
  /** CronJobs without activeDeadlineSeconds: how long a run lasts is unknown. */
  withoutDeadline: number;
}

export interface PreviewData {
  /** Window start (exclusive) and end (exclusive), UTC. */
  from: string;
  to: string;
  days: number;
  /** The viewer's zone. */
  timeZone: string;
  /** Zones the CronJobs run in (`UTC` for those without timeZone), sorted. */
  zones: string[];
  /** End of the clock-change lookahead (12 months after `from`). */
  clockChangesUntil: string;
  cronJobs: PreviewCronJob[];
  /** Plain Jobs: each runs once, when applied. */
  jobs: PreviewJob[];
  heatmap: Heatmap;
  pileUps: PileUp[];
  spreads: Spread[];
  clockChanges: ClockChange[];
  findings: PreviewFindings;
}
