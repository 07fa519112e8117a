/**
 * `previewSchedules`: what all the CronJobs do in a window — each one's runs in its own zone (UTC
 * when it sets none), the runs that may overlap under its concurrencyPolicy, the load per weekday
 * and hour, the minutes where 3 or more start together with a spread that removes the collision,
 * and the clock changes of the next 12 months. Pure: the same inputs and options give the same data.
 */
import { error, KubejobsError, type Diagnostic } from "../diagnostic.js";
import { previewSchedule } from "../schedule/index.js";
import { zoneOrThrow } from "../schedule/next-runs.js";
import { clockChanges } from "./clock-changes.js";
import { findOverlaps } from "./find-overlaps.js";
import { findPileUps } from "./find-pile-ups.js";
import { loadHeatmap } from "./load-heatmap.js";
import { jobRequests } from "./pod-requests.js";
import type {
  ConcurrencyPolicy,
  PreviewCronJob,
  PreviewData,
  PreviewInput,
  PreviewJob,
  PreviewOptions,
  PreviewRun,
} from "./preview-data.js";
import { suggestSpreads } from "./suggest-spreads.js";
import { windowRuns } from "./window-runs.js";

export type { PreviewData, PreviewInput, PreviewOptions } from "./preview-data.js";

export const DEFAULT_DAYS = 7;
export const MAX_DAYS = 31;
/** Runs listed per CronJob in its panel, as `kubejobs next -n 10`. */
export const NEXT_RUNS = 10;

/**
 * Inputs are batch/v1 CronJob and Job manifests (bare, or `{ manifest, file }`); other kinds are
 * passed over. Throws `KubejobsError` when a schedule, a zone or an option is invalid (paths
 * start with the input's index).
 */
export function previewSchedules(inputs: readonly (PreviewInput | Record<string, unknown>)[], options: PreviewOptions): PreviewData {
  const days = options.days ?? DEFAULT_DAYS;
  const problems: Diagnostic[] = [];
  if (!(options.from instanceof Date) || !Number.isFinite(options.from.getTime()))
    problems.push(error("preview/invalid-from", ["from"], "from is not a valid date"));
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS)
    problems.push(error("preview/invalid-days", ["days"], `days must be a whole number from 1 to ${MAX_DAYS}, not ${days}`));
  try {
    zoneOrThrow(options.timeZone);
  } catch (e) {
    if (!(e instanceof KubejobsError)) throw e;
    problems.push(...e.diagnostics);
  }
  if (problems.length > 0) throw new KubejobsError(problems);

  const fromMs = options.from.getTime();
  const toMs = fromMs + days * 86_400_000;
  const ids = new Map<string, number>();
  const uniqueId = (namespace: string | null, name: string) => {
    const base = `${namespace ?? ""}/${name}`;
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  };

  const cronJobs: PreviewCronJob[] = [];
  const jobs: PreviewJob[] = [];
  inputs.forEach((input, index) => {
    const wrapped = "manifest" in input && !("kind" in input);
    const manifest = record(wrapped ? (input as PreviewInput).manifest : input) ?? {};
    const file = wrapped ? ((input as PreviewInput).file ?? null) : null;
    const metadata = record(manifest.metadata) ?? {};
    const name = typeof metadata.name === "string" ? metadata.name : "";
    const namespace = typeof metadata.namespace === "string" ? metadata.namespace : null;
    const annotations = stringRecord(metadata.annotations);
    const spec = record(manifest.spec) ?? {};
    if (manifest.kind === "Job") {
      jobs.push({
        kind: "Job",
        id: uniqueId(namespace, name),
        name,
        namespace,
        file,
        activeDeadlineSeconds: seconds(spec.activeDeadlineSeconds),
        requests: jobRequests(spec),
        annotations,
      });
    } else if (manifest.kind === "CronJob") {
      try {
        cronJobs.push(readCronJob(spec, { id: uniqueId(namespace, name), name, namespace, file, annotations }, fromMs, toMs));
      } catch (e) {
        if (!(e instanceof KubejobsError)) throw e;
        problems.push(...e.diagnostics.map((d) => ({ ...d, path: [index, "spec", ...d.path] })));
      }
    }
  });
  if (problems.length > 0) throw new KubejobsError(problems);

  const zones = [...new Set(cronJobs.map((job) => job.zone))].sort();
  const until = addMonths(options.from, 12);
  const pileUps = findPileUps(cronJobs, options.timeZone);
  const changes = clockChanges(cronJobs, zones, options.from, until);
  const active = cronJobs.filter((job) => !job.suspend);
  const activeIds = new Set(active.map((job) => job.id));
  return {
    from: iso(fromMs),
    to: iso(toMs),
    days,
    timeZone: options.timeZone ?? "UTC",
    zones,
    clockChangesUntil: iso(until.getTime()),
    cronJobs,
    jobs,
    heatmap: loadHeatmap(cronJobs, options.timeZone),
    pileUps,
    spreads: suggestSpreads(cronJobs, pileUps),
    clockChanges: changes,
    findings: {
      pileUps: pileUps.length,
      overlaps: active.reduce((n, job) => n + job.overlaps.length, 0),
      clockChanges: changes.filter((c) => [...c.skipped, ...c.repeated].some((e) => activeIds.has(e.job))).length,
      suspended: cronJobs.length - active.length,
      withoutDeadline: active.filter((job) => job.activeDeadlineSeconds === null).length,
    },
  };
}

interface Identity {
  id: string;
  name: string;
  namespace: string | null;
  file: string | null;
  annotations: Record<string, string>;
}

function readCronJob(spec: Record<string, unknown>, who: Identity, fromMs: number, toMs: number): PreviewCronJob {
  const schedule = spec.schedule as string;
  const timeZone = typeof spec.timeZone === "string" ? spec.timeZone : null;
  const zone = timeZone ?? undefined;
  const next = previewSchedule(schedule, { timeZone: zone, from: new Date(fromMs), count: NEXT_RUNS });
  const jobSpec = record(record(spec.jobTemplate)?.spec) ?? {};
  const policy: ConcurrencyPolicy =
    spec.concurrencyPolicy === "Forbid" || spec.concurrencyPolicy === "Replace" ? spec.concurrencyPolicy : "Allow";
  const deadline = seconds(jobSpec.activeDeadlineSeconds);
  const window = windowRuns(schedule, zone, fromMs, toMs);
  const starts = window.runs.map((r) => r.at.getTime());
  const { overlaps, endsBy, notStarted } = findOverlaps(starts, deadline, policy);
  const runs = window.runs.map((r, i): PreviewRun => {
    const run: PreviewRun = { at: r.utc, local: r.local };
    if (r.repeated) run.repeated = true;
    const end = endsBy[i];
    if (end !== undefined) run.endsBy = iso(end);
    if (notStarted[i]) run.notStarted = true;
    return run;
  });
  const job: PreviewCronJob = {
    kind: "CronJob",
    ...who,
    schedule,
    timeZone,
    zone: timeZone ?? "UTC",
    description: next.description,
    suspend: spec.suspend === true,
    concurrencyPolicy: policy,
    startingDeadlineSeconds: seconds(spec.startingDeadlineSeconds),
    activeDeadlineSeconds: deadline,
    requests: jobRequests(jobSpec),
    runs,
    overlaps,
    nextRuns: next.runs.map((r) => ({ at: r.utc, local: r.local, weekday: r.weekday, ...(r.repeated ? { repeated: true as const } : {}) })),
  };
  if (window.truncated) job.runsTruncated = true;
  if (next.neverRuns !== undefined) job.neverRuns = next.neverRuns;
  return job;
}

function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

function iso(ms: number): string {
  const text = new Date(ms).toISOString();
  return text.endsWith(".000Z") ? `${text.slice(0, 19)}Z` : text;
}

function seconds(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : null;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record(value) ?? {})) if (typeof v === "string") out[k] = v;
  return out;
}
