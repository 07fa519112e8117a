/**
 * The terminal view of the preview data: the heatmap as 7 rows of 24 density characters, then
 * the pile-ups (grouped by clock time and jobs), the suggested spread, overlaps and the clock
 * changes as short lists. Colour only when asked (the CLI asks on a terminal, never with NO_COLOR).
 */
import { localTime } from "../schedule/local-time.js";
import type { PileUp, PreviewData } from "./preview-data.js";

/** Density levels, from none to the busiest hour. */
export const DENSITY = ["·", "░", "▒", "▓", "█"] as const;
/** A sequential palette readable with colour-blindness (viridis, as xterm-256 colours). */
const COLOURS = [240, 61, 30, 71, 184];

export interface TextOptions {
  color: boolean;
}

export function renderPreviewText(data: PreviewData, options: TextOptions = { color: false }): string {
  const paint = (level: number, s: string) => (options.color ? `\u001b[38;5;${COLOURS[level]}m${s}\u001b[39m` : s);
  const bold = (s: string) => (options.color ? `\u001b[1m${s}\u001b[22m` : s);
  const name = nameOf(data);
  const lines: string[] = [];
  const f = data.findings;
  lines.push(
    bold(
      `kubejobs preview: ${count(data.cronJobs.length, "CronJob")}, ${count(data.jobs.length, "Job")}${data.jobs.length > 0 ? " (each runs once, on apply)" : ""}`,
    ),
    `window: ${when(data.from, data.timeZone)} → ${when(data.to, data.timeZone)} (${data.timeZone}); zones: ${data.zones.join(", ") || "none"}`,
    `findings: ${count(f.pileUps, "pile-up")}, ${count(f.overlaps, "possible overlap")}, ${count(f.clockChanges, "clock change")} affecting runs, ${count(f.suspended, "suspended CronJob")}`,
  );
  if (data.cronJobs.some((j) => j.timeZone === null)) lines.push("CronJobs without timeZone run in the controller's zone: UTC assumed.");

  const max = Math.max(0, ...data.heatmap.runs.flat());
  lines.push("", bold(`Runs starting per hour (${data.timeZone})`) + `, busiest hour: ${count(max, "run")}`);
  lines.push(`     ${Array.from({ length: 24 }, (_, h) => (h % 3 === 0 ? String(h).padEnd(3) : "")).join("")}`);
  data.heatmap.days.forEach((day, row) => {
    const cells = data.heatmap.runs[row]!.map((n) => {
      const level = densityLevel(n, max);
      return paint(level, DENSITY[level]!);
    });
    lines.push(`${day}  ${cells.join("")}`);
  });
  const key = DENSITY.map((c, i) => [c, i, legend(i, max)] as const).filter(([, , range]) => range !== undefined);
  lines.push(`     ${key.map(([c, i, range]) => `${paint(i, c)} ${range}`).join("  ")}`);

  lines.push("", bold("Pile-ups") + " (3 or more CronJobs starting in the same minute)");
  if (data.pileUps.length === 0) lines.push("  none");
  for (const group of groupPileUps(data.pileUps, data.timeZone)) {
    const dates = group.dates.length === 1 ? group.dates[0] : `${group.dates.length} days, ${group.dates[0]} … ${group.dates.at(-1)}`;
    lines.push(`  ${group.clock} (${dates}): ${group.jobs.map(name).join(", ")}`);
  }
  if (data.spreads.length > 0) {
    lines.push("", bold("Suggested spread") + " (a minute derived from each name, free of other CronJobs)");
    for (const s of data.spreads) {
      const to = s.suggestedSchedule ?? (s.reason === undefined ? `shift by ${s.shift} min` : `no suggestion: ${s.reason}`);
      lines.push(`  ${name(s.job)}: ${s.schedule} → ${s.shift === 0 && s.reason === undefined ? `${s.schedule} (keep)` : to}`);
    }
  }

  const overlapping = data.cronJobs.filter((j) => !j.suspend && j.overlaps.length > 0);
  if (overlapping.length > 0) {
    lines.push("", bold("Overlaps") + " (a run starts while the previous may still be going, by activeDeadlineSeconds)");
    for (const j of overlapping) lines.push(`  ${name(j.id)}: ${count(j.overlaps.length, "run")}: ${POLICY[j.concurrencyPolicy]}`);
  }

  lines.push("", bold("Clock changes") + ` until ${data.clockChangesUntil.slice(0, 10)}`);
  if (data.clockChanges.length === 0) lines.push("  none in the zones in use");
  for (const c of data.clockChanges) {
    const effects = [
      ...c.skipped.map(
        (e) => `${name(e.job)} skips ${e.wallTimes.join(", ")}${e.runsInstead ? ` (runs ${e.runsInstead.join(", ")} instead)` : ""}`,
      ),
      ...c.repeated.map((e) => `${name(e.job)} runs ${e.wallTimes.join(", ")} twice`),
    ];
    lines.push(`  ${c.date} ${c.zone} ${c.clockChange}: ${effects.length === 0 ? "no CronJob affected" : effects.join("; ")}`);
  }
  return lines.join("\n") + "\n";
}

const POLICY = {
  Allow: "Allow runs both",
  Forbid: "Forbid does not start the new one",
  Replace: "Replace deletes the old one",
} as const;

/** 0 for none, then four equal steps of the busiest hour. */
export function densityLevel(n: number, max: number): number {
  if (n <= 0 || max <= 0) return 0;
  return Math.min(4, Math.ceil((n / max) * 4));
}

/** The whole numbers a level stands for; undefined when none (a quiet week has few levels). */
function legend(level: number, max: number): string | undefined {
  if (level === 0) return "0";
  const low = Math.floor(((level - 1) / 4) * max) + 1;
  const high = Math.floor((level / 4) * max);
  return low > high ? undefined : low === high ? String(high) : `${low}–${high}`;
}

interface PileUpGroup {
  clock: string;
  jobs: string[];
  dates: string[];
}

/** The same CronJobs piling up at the same clock time on several days make one line. */
function groupPileUps(pileUps: readonly PileUp[], timeZone: string): PileUpGroup[] {
  const groups = new Map<string, PileUpGroup>();
  for (const p of pileUps) {
    const t = localTime(Date.parse(p.at), timeZone);
    const key = `${t.clock}\u0000${p.jobs.join("\u0000")}`;
    const group = groups.get(key) ?? { clock: t.clock, jobs: p.jobs, dates: [] };
    group.dates.push(`${WEEKDAYS[t.weekday]} ${t.date}`);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function when(iso: string, timeZone: string): string {
  const t = localTime(Date.parse(iso), timeZone);
  return `${WEEKDAYS[t.weekday]} ${t.date} ${t.clock}`;
}

/** Ids read as `namespace/name`; without namespaces in use, the name alone. */
function nameOf(data: PreviewData): (id: string) => string {
  const anyNamespace = [...data.cronJobs, ...data.jobs].some((j) => j.namespace !== null);
  return (id) => (anyNamespace || !id.startsWith("/") ? id : id.slice(1));
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
