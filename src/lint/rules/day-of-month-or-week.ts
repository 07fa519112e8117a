import { GO_SPACE } from "../../schedule/parse-schedule.js";
import type { LintRule } from "./rule.js";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function weekdays(table: Uint8Array): string {
  const days = WEEKDAYS.filter((_, i) => table[i] === 1);
  return days.length === 1 ? `every ${days[0]}` : `every ${days.slice(0, -1).join(", ")} and ${days[days.length - 1]}`;
}

export const dayOfMonthOrWeek: LintRule = {
  id: "batch/day-of-month-or-week",
  level: "info",
  rationale:
    "When both day fields are restricted, cron runs on days matching either one: `0 0 13 * 5` runs on every 13th and on every Friday, not on Fridays the 13th.",
  hint: 'restrict one day field only (and check the day in the command, e.g. [ "$(date +%d)" = 13 ]), if both were meant together',
  check(t, _ctx, report) {
    const s = t.schedule;
    if (s === undefined || s.kind !== "cron" || s.dayOfMonthStar || s.dayOfWeekStar || t.scheduleText === undefined) return;
    const fields = t.scheduleText.trim().split(GO_SPACE);
    if (fields.length !== 5) return;
    report({
      path: ["spec", "schedule"],
      message: `both day fields are restricted, so it runs on day-of-month ${fields[2]} OR ${weekdays(s.dayOfWeek)} (either day matching)`,
    });
  },
};
