import { scheduleOrThrow } from "../schedule/next-runs.js";
import { DESCRIPTOR_EXPRESSIONS } from "../schedule/parse-descriptor.js";
import { GO_SPACE } from "../schedule/parse-schedule.js";
import { startMinutes } from "./find-pile-ups.js";
import type { PileUp, PreviewCronJob, Spread } from "./preview-data.js";

/**
 * For each CronJob in a pile-up, a minute in the same hour that no other CronJob starts in.
 * Like Jenkins' `H`, the first minute tried comes from a hash of the job's id, so the suggestion
 * does not change from run to run or with the order of the inputs; from there the minutes are
 * tried in turn. Jobs are placed in hash order, each seeing where the ones before it went.
 */
export function suggestSpreads(cronJobs: readonly PreviewCronJob[], pileUps: readonly PileUp[]): Spread[] {
  const involved = new Set(pileUps.flatMap((p) => p.jobs));
  if (involved.size === 0) return [];
  // How many CronJobs start in each minute (unix minutes), as placed so far.
  const taken = new Map<number, number>();
  const minutesOf = new Map<string, Set<number>>();
  for (const job of cronJobs) {
    if (job.suspend) continue;
    const minutes = startMinutes(job);
    minutesOf.set(job.id, minutes);
    for (const m of minutes) taken.set(m, (taken.get(m) ?? 0) + 1);
  }
  const jobs = cronJobs
    .filter((job) => involved.has(job.id))
    .map((job) => ({ job, hash: fnv1a(job.id) }))
    .sort((a, b) => a.hash - b.hash || (a.job.id < b.job.id ? -1 : 1));
  const spreads = new Map<string, Spread>();
  for (const { job, hash } of jobs) {
    const own = minutesOf.get(job.id)!;
    for (const m of own) taken.set(m, taken.get(m)! - 1);
    const spread = place(job, hash, own, taken);
    for (const m of own) taken.set(m + spread.shift, (taken.get(m + spread.shift) ?? 0) + 1);
    spreads.set(job.id, spread);
  }
  // In the order of the inputs, for reading.
  return cronJobs.filter((job) => spreads.has(job.id)).map((job) => spreads.get(job.id)!);
}

function place(job: PreviewCronJob, hash: number, own: Set<number>, taken: Map<number, number>): Spread {
  const parsed = scheduleOrThrow(job.schedule);
  if (parsed.kind === "every") {
    return {
      job: job.id,
      schedule: job.schedule,
      minutes: [],
      shift: 0,
      reason: "@every counts from the last run: it has no minute to move",
    };
  }
  const minutes: number[] = [];
  parsed.minute.forEach((on, m) => on === 1 && minutes.push(m));
  const base = { job: job.id, schedule: job.schedule, minutes };
  // Shifts that keep every minute of the field in its hour.
  const low = -minutes[0]!;
  const high = 59 - minutes[minutes.length - 1]!;
  const width = high - low + 1;
  let best: { shift: number; worst: number } | undefined;
  for (let k = 0; k < width; k++) {
    const shift = low + ((hash + k) % width);
    let worst = 0;
    for (const m of own) worst = Math.max(worst, taken.get(m + shift) ?? 0);
    if (best === undefined || worst < best.worst) best = { shift, worst };
    if (worst === 0) break;
  }
  // One other CronJob in the same minute is no pile-up; two would be.
  if (best === undefined || best.worst > 1 || width === 1) {
    return { ...base, shift: 0, reason: width === 1 ? "it runs every minute of the hour" : "no minute of the hour is free enough" };
  }
  const suggestedSchedule = best.shift === 0 ? job.schedule : shiftedSchedule(job.schedule, minutes, best.shift);
  return suggestedSchedule === undefined ? { ...base, shift: best.shift } : { ...base, shift: best.shift, suggestedSchedule };
}

/** The schedule with its minute field moved by `shift`; descriptors are written out as five fields. */
export function shiftedSchedule(schedule: string, minutes: readonly number[], shift: number): string | undefined {
  const expression = DESCRIPTOR_EXPRESSIONS[schedule] ?? schedule;
  if (expression.startsWith("@")) return undefined;
  const fields = expression.split(GO_SPACE).filter((f) => f !== "");
  if (fields.length !== 5) return undefined;
  fields[0] = minuteField(minutes.map((m) => m + shift));
  return fields.join(" ");
}

/** `7`, `7/15` (robfig: 7-59/15) or `7,37`. */
function minuteField(minutes: readonly number[]): string {
  const first = minutes[0]!;
  if (minutes.length === 1) return String(first);
  const step = minutes[1]! - first;
  const regular = minutes.every((m, i) => m === first + i * step) && first < step && minutes[minutes.length - 1]! + step > 59;
  if (regular) return first === 0 ? `*/${step}` : `${first}/${step}`;
  return minutes.join(",");
}

/** 32-bit FNV-1a of the UTF-16 code units: small, fast and the same everywhere. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
