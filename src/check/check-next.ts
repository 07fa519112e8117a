import { error, hasErrors, type Diagnostic } from "../diagnostic.js";
import { checkSchedule, previewSchedule, validateTimeZone, type SchedulePreview } from "../schedule/index.js";
import { parseInstant } from "../schedule/parse-instant.js";
import type { ScheduleSource } from "./find-schedules.js";
import { place } from "./place.js";

export interface NextOptions {
  /** How many runs per schedule. */
  count: number;
  /** The zone of a bare schedule string, and of schedules whose object sets no timeZone (default UTC). */
  timeZone?: string;
  /** Runs strictly after this instant: a Date, or ISO-8601 text (a wall time in each schedule's zone when it has no offset). */
  from?: Date | string;
  /** When `from` is not given. */
  now: Date;
}

export interface NextPreview {
  /** Undefined for a bare schedule string. */
  source?: ScheduleSource;
  preview: SchedulePreview;
}

export interface CheckedNext {
  /** Empty when anything is invalid: all or nothing. */
  previews: NextPreview[];
  diagnostics: Diagnostic[];
}

/** `kubejobs next` on a schedule string: its run times, or why there are none. */
export function checkNextOfSchedule(schedule: string, options: NextOptions): CheckedNext {
  return checkNext([{ schedule, timeZone: options.timeZone }], options);
}

/** `kubejobs next` on files: the run times of every schedule found, its diagnostics placed in its file. */
export function checkNextOfSources(sources: readonly ScheduleSource[], options: NextOptions): CheckedNext {
  return checkNext(
    sources.map((source) => ({ source, schedule: source.schedule, timeZone: source.timeZone })),
    options,
  );
}

interface Target {
  source?: ScheduleSource;
  schedule: unknown;
  timeZone: unknown;
}

function checkNext(targets: readonly Target[], options: NextOptions): CheckedNext {
  const diagnostics = checkViewerZone(options.timeZone).map((d) => ({ ...d, message: `time zone ${options.timeZone}: ${d.message}` }));
  if (hasErrors(diagnostics)) return { previews: [], diagnostics };
  const previews: NextPreview[] = [];
  for (const target of targets) {
    const paths = target.source?.paths ?? { schedule: ["schedule"], timeZone: ["timeZone"] };
    const timeZone = target.timeZone ?? options.timeZone;
    // A `from` without offset is a wall time in the zone previewed (UTC while that zone is invalid).
    const zoneForFrom = typeof timeZone === "string" && validateTimeZone(timeZone).length === 0 ? timeZone : undefined;
    const from = fromDate(options, zoneForFrom);
    if ("problem" in from) {
      diagnostics.push(error("next/invalid-from", ["from"], `from ${String(options.from)}: ${from.problem}`));
      break;
    }
    // Diagnostics are about the object's own fields; the viewer's zone only chooses where the
    // preview is shown, so an object without timeZone still gets the warning, and DST is checked
    // in the zone previewed.
    let found = checkSchedule(target.schedule, target.timeZone, paths, { now: from.date });
    if (target.timeZone === undefined && options.timeZone !== undefined) {
      found = found.filter((d) => d.code !== "schedule/dst");
      found.push(...checkSchedule(target.schedule, options.timeZone, paths, { now: from.date }).filter((d) => d.code === "schedule/dst"));
    }
    // A bare schedule string has no timeZone field to warn about.
    if (target.source === undefined) found = found.filter((d) => d.code !== "schedule/no-time-zone");
    const source = target.source;
    diagnostics.push(...(source === undefined ? found : found.map((d) => place(d, source.document))));
    if (hasErrors(found)) continue;
    const preview = previewSchedule(target.schedule as string, {
      timeZone: timeZone as string | undefined,
      from: from.date,
      count: options.count,
    });
    previews.push(source === undefined ? { preview } : { source, preview });
  }
  return { previews: hasErrors(diagnostics) ? [] : previews, diagnostics };
}

function fromDate(options: NextOptions, timeZone: string | undefined): { date: Date } | { problem: string } {
  if (options.from === undefined) return { date: options.now };
  if (options.from instanceof Date) return { date: options.from };
  return parseInstant(options.from, timeZone);
}

/** The zone a preview is shown in must be one the controller would take. */
export function checkViewerZone(timeZone: string | undefined): Diagnostic[] {
  if (timeZone === undefined) return [];
  return checkSchedule("0 0 * * *", timeZone, { schedule: [], timeZone: [] }).filter((d) => d.severity === "error");
}
