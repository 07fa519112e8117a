/**
 * The clock changes of a zone in a window, as a wall clock shows them: for `kubejobs preview`'s
 * "clock changes of the next 12 months". Same offsets as the next-run walk (one zone table).
 */
import { civilFromDays, type CivilDate } from "./civil.js";
import { zoneOrThrow } from "./next-runs.js";

export interface ZoneTransition {
  /** The instant the offset changes. */
  at: Date;
  /** `forward`: a span of wall times does not exist; `back`: a span happens twice. */
  direction: "forward" | "back";
  /** Local date of the affected wall times (as `DstChange.date`), `YYYY-MM-DD`. */
  date: string;
  /** As printed on a clock, e.g. `02:00 → 03:00`. */
  clockChange: string;
  offsetBeforeMinutes: number;
  offsetAfterMinutes: number;
}

/** Every offset change in [from, to) of a zone (none for UTC or an unset zone). */
export function zoneTransitions(timeZone: string | undefined, from: Date, to: Date): ZoneTransition[] {
  const zone = zoneOrThrow(timeZone);
  const civil: CivilDate = { year: 0, month: 0, day: 0 };
  return zone.transitionsBetween(Math.floor(from.getTime() / 1000), Math.ceil(to.getTime() / 1000)).map((t) => {
    const wallStart = t.at + Math.min(t.offsetBefore, t.offsetAfter);
    civilFromDays(Math.floor(wallStart / 86400), civil);
    return {
      at: new Date(t.at * 1000),
      direction: t.offsetAfter > t.offsetBefore ? "forward" : "back",
      date: `${String(civil.year).padStart(4, "0")}-${pad(civil.month)}-${pad(civil.day)}`,
      clockChange: `${clock(t.at + t.offsetBefore)} → ${clock(t.at + t.offsetAfter)}`,
      offsetBeforeMinutes: t.offsetBefore / 60,
      offsetAfterMinutes: t.offsetAfter / 60,
    };
  });
}

function clock(wall: number): string {
  const second = wall - Math.floor(wall / 86400) * 86400;
  return `${pad(Math.floor(second / 3600))}:${pad(Math.floor((second % 3600) / 60))}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
