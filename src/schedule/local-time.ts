/** An instant read on a zone's wall clock, by the same offsets as the next-run walk. */
import { civilFromDays, type CivilDate } from "./civil.js";
import { zoneOrThrow } from "./next-runs.js";

export interface LocalTime {
  /** `2024-03-09T02:30:00-05:00` */
  iso: string;
  /** `2024-03-09` */
  date: string;
  /** `02:30` */
  clock: string;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  hour: number;
  minute: number;
  offsetMinutes: number;
}

/** The wall clock of `timeZone` (UTC when undefined) at an instant (unix ms). */
export function localTime(ms: number, timeZone: string | undefined): LocalTime {
  const zone = zoneOrThrow(timeZone);
  const seconds = Math.floor(ms / 1000);
  const offset = zone.offsetAt(seconds);
  const wall = seconds + offset;
  const days = Math.floor(wall / 86400);
  const secondOfDay = wall - days * 86400;
  const civil: CivilDate = { year: 0, month: 0, day: 0 };
  civilFromDays(days, civil);
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay % 3600) / 60);
  const date = `${String(civil.year).padStart(4, "0")}-${pad(civil.month)}-${pad(civil.day)}`;
  const clock = `${pad(hour)}:${pad(minute)}`;
  const abs = Math.abs(offset);
  const sign = offset < 0 ? "-" : "+";
  let zoneText = `${sign}${pad(Math.floor(abs / 3600))}:${pad(Math.floor((abs % 3600) / 60))}`;
  if (abs % 60 !== 0) zoneText += `:${pad(abs % 60)}`;
  return {
    iso: `${date}T${clock}:${pad(secondOfDay % 60)}${zoneText}`,
    date,
    clock,
    weekday: (((days + 4) % 7) + 7) % 7,
    hour,
    minute,
    offsetMinutes: offset / 60,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
