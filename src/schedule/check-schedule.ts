/**
 * Schedule checks for one ScheduledJob/CronJob, as the validation pipeline needs them: the API
 * server's errors (schedule, timeZone) and kubejobs' warnings (no timeZone, DST, never runs).
 * Pure: the DST window comes from `now` or a fixed default, never from the clock.
 */
import { error, warning, type Diagnostic, type Path } from "../diagnostic.js";
import { dstChangesFor, formatDstChange } from "./dst.js";
import { neverRunsReason } from "./never-runs.js";
import { parseSchedule } from "./parse-schedule.js";
import type { CronSpec } from "./cron-spec.js";
import { validateTimeZone } from "./time-zone.js";
import { zoneOffsets } from "./zone-offsets.js";

/** Errors Kubernetes would return for `spec.schedule`; paths are `[]`, callers prefix them. */
export function validateSchedule(schedule: string): Diagnostic[] {
  if (typeof schedule !== "string")
    return [error("schedule/not-a-string", [], `schedule must be a string, not ${typeof schedule}`, 'quote it: "0 3 * * *"')];
  return parseSchedule(schedule).diagnostics;
}

export interface CheckScheduleOptions {
  /**
   * Start of the 12-month window searched for DST changes. Default: 1 January of
   * `DEFAULT_DST_YEAR`, so results never depend on the clock; the CLI passes the current time.
   */
  now?: Date;
}

export const DEFAULT_DST_YEAR = 2026;
const YEAR_MS = 366 * 86400 * 1000;

export function checkSchedule(
  schedule: unknown,
  timeZone: unknown,
  paths: { schedule: Path; timeZone: Path },
  options: CheckScheduleOptions = {},
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (path: Path, list: Diagnostic[]) => list.map((d) => ({ ...d, path: [...path, ...d.path] }));
  let spec;
  if (schedule === undefined || schedule === null) {
    out.push(error("schedule/required", paths.schedule, "Required value", 'set a five-field cron schedule such as "0 3 * * *"'));
  } else if (typeof schedule !== "string") {
    out.push(error("schedule/not-a-string", paths.schedule, `schedule must be a string, not ${typeof schedule}`, 'quote it: "0 3 * * *"'));
  } else {
    const parsed = parseSchedule(schedule);
    out.push(...at(paths.schedule, parsed.diagnostics));
    spec = parsed.schedule;
  }

  let zoneName: string | undefined;
  if (timeZone === undefined || timeZone === null) {
    out.push(
      warning(
        "schedule/no-time-zone",
        paths.timeZone,
        "not set: the CronJob runs in the time zone of kube-controller-manager, usually UTC",
        "set timeZone to an IANA name such as Europe/Berlin, or to UTC to make that explicit",
      ),
    );
  } else if (typeof timeZone !== "string") {
    out.push(
      error(
        "time-zone/not-a-string",
        paths.timeZone,
        `timeZone must be a string, not ${typeof timeZone}`,
        "use an IANA name such as Europe/Berlin",
      ),
    );
  } else {
    const zoneErrors = validateTimeZone(timeZone);
    out.push(...at(paths.timeZone, zoneErrors));
    if (zoneErrors.length === 0) zoneName = timeZone;
  }

  if (spec?.kind === "cron") {
    const never = neverRunsReason(spec);
    if (never !== undefined) {
      out.push(
        warning(
          "schedule/never-runs",
          paths.schedule,
          `this schedule never runs: ${never}`,
          "Kubernetes accepts it, but no Job will ever be created; check the day and month fields",
        ),
      );
    } else if (zoneName !== undefined && spec.hour.includes(0)) {
      // Schedules that run every hour keep their cadence across a change; only named hours miss or repeat.
      const fromMs = dstWindowStart(options.now);
      const message = dstMessage(schedule as string, spec, zoneName, fromMs);
      if (message !== undefined) {
        out.push(
          warning(
            "schedule/dst",
            paths.schedule,
            message,
            "move the run out of the hours the clocks change (often 01:00-03:00), or use timeZone: UTC",
          ),
        );
      }
    }
  }
  return out;
}

/**
 * `now`, or the default year when it is not a usable date. The window ends inside the Date range:
 * `compile` never throws, whatever `now` a caller passes.
 */
function dstWindowStart(now: Date | undefined): number {
  const ms = now instanceof Date ? now.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) return Date.UTC(DEFAULT_DST_YEAR, 0, 1);
  return Math.min(ms, MAX_DATE_MS - YEAR_MS);
}

const MAX_DATE_MS = 8.64e15;

// Validating thousands of templates repeats the same few schedule/zone pairs; the DST walk is the
// costly part, so its answer is kept (bounded, and keyed by the window so it stays pure).
const dstMessages = new Map<string, string | undefined>();

function dstMessage(schedule: string, spec: CronSpec, zoneName: string, fromMs: number): string | undefined {
  const key = `${schedule}\u0000${zoneName}\u0000${fromMs}`;
  if (dstMessages.has(key)) return dstMessages.get(key);
  const changes = dstChangesFor(spec, zoneOffsets(zoneName), fromMs, fromMs + YEAR_MS);
  const message = changes.length > 0 ? `in ${zoneName}, ${changes.map(formatDstChange).join("; ")}` : undefined;
  if (dstMessages.size >= 1000) dstMessages.clear();
  dstMessages.set(key, message);
  return message;
}
