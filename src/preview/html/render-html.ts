/**
 * The preview as one self-contained HTML page: CSS, script and data inline, a Content-Security-
 * Policy that forbids every fetch, so it opens from disk, offline, and asks the network for
 * nothing. What does not depend on the viewer's zone is written here (header, pile-ups, clock
 * changes, per-job panels); the charts are drawn by the page's script from the embedded model,
 * a few bytes per run instead of an SVG element per run in the file.
 */
import { localTime } from "../../schedule/local-time.js";
import type { ClockChange, PreviewCronJob, PreviewData, PreviewJob, RunRequests } from "../preview-data.js";
import { escapeHtml as h, jsonForScript } from "./escape.js";
import { pageModel } from "./page-model.js";
import { pageScript } from "./page-script.js";
import { PAGE_STYLE } from "./page-style.js";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export function renderPreviewHtml(data: PreviewData): string {
  const script = `(${pageScript.toString()})();`;
  // The script is ours, but a `</script` in it would end the element early.
  if (/<\/script/i.test(script)) throw new Error("page script contains </script");
  const index = new Map(data.cronJobs.map((job, i) => [job.id, i]));
  const title = `kubejobs preview: ${count(data.cronJobs.length, "CronJob")}, ${day(data.from, data.timeZone)} → ${day(data.to, data.timeZone)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="kubejobs preview">
<title>${h(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<a class="skip" href="#timeline">Skip to the timeline</a>
${header(data)}
<main>
${timeline(data)}
${heatmap(data)}
${pileUps(data, index)}
${clockChanges(data, index)}
${panels(data)}
</main>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="preview-data">${jsonForScript(pageModel(data))}</script>
<script>${script}</script>
</body>
</html>
`;
}

function header(data: PreviewData): string {
  const f = data.findings;
  const finding = (n: number, word: string, href: string, note = "") =>
    `<li class="${n > 0 ? "found" : "clear"}"><a href="${href}">${count(n, word)}</a>${note}</li>`;
  const unset = data.cronJobs.filter((job) => job.timeZone === null).length;
  return `<header>
<h1>kubejobs preview</h1>
<p class="summary">${count(data.cronJobs.length, "CronJob")} and ${count(data.jobs.length, "Job")}${data.jobs.length > 0 ? ' (<a href="#jobs-once">each runs once, on apply</a>)' : ""}, from ${time(data.from, data.timeZone)} to ${time(data.to, data.timeZone)} (${data.days} ${data.days === 1 ? "day" : "days"}), shown in <span class="viewer-zone">${h(data.timeZone)}</span>.</p>
<p class="summary">Zones the CronJobs run in: ${data.zones.map((z) => `<code>${h(z)}</code>`).join(", ") || "none"}.${unset > 0 ? ` ${count(unset, "CronJob")} set${unset === 1 ? "s" : ""} no <code>timeZone</code>: ${unset === 1 ? "it runs" : "they run"} in the controller's zone, UTC assumed.` : ""}</p>
<nav aria-label="Findings"><h2 class="findings-title">Findings</h2><ul class="findings">
${finding(f.pileUps, "pile-up", "#pile-ups", " (3 or more CronJobs starting in the same minute)")}
${finding(f.overlaps, "possible overlap", "#timeline", " (a run starting while the previous may still be going)")}
${finding(f.clockChanges, "clock change", "#clock-changes", ` affecting runs before ${h(data.clockChangesUntil.slice(0, 10))}`)}
${finding(f.suspended, "suspended CronJob", "#jobs")}
${finding(f.withoutDeadline, "CronJob", "#jobs", " without activeDeadlineSeconds (how long a run lasts is unknown)")}
</ul></nav>
<fieldset class="controls"><legend>Show times in</legend>
<label><input type="radio" name="zone" value="data" checked> ${h(data.timeZone)} (--tz)</label>
<label><input type="radio" name="zone" value="browser" id="zone-browser"> this browser's zone, <span id="browser-zone-name"></span></label>
</fieldset>
<noscript><p>The timeline and the heatmap are drawn by the page's script; the rest reads without it.</p></noscript>
</header>`;
}

function timeline(data: PreviewData): string {
  const once =
    data.jobs.length === 0
      ? ""
      : `<p id="jobs-once">Jobs, each run once when applied: ${data.jobs.map((j, i) => `<a href="#once-${i}">${h(label(j))}</a>`).join(", ")}.</p>`;
  return `<section id="timeline" aria-labelledby="timeline-title">
<h2 id="timeline-title">Week timeline</h2>
<p>One mark per run at its start, in rows grouped by namespace. <span class="key"><svg width="10" height="16" aria-hidden="true"><rect class="mark" x="4" y="2" width="2" height="12"/></svg> a run</span>
<span class="key"><svg width="30" height="16" aria-hidden="true"><path class="bar" d="M0 5h30v6H0z"/></svg> the longest it may last (activeDeadlineSeconds)</span>
<span class="key"><svg width="10" height="16" aria-hidden="true"><rect class="mark overlap" x="3" y="0" width="4" height="16"/></svg> starts while the previous may still be going</span>
<span class="key"><svg width="10" height="16" aria-hidden="true"><rect class="mark overlap not-started" x="3" y="0" width="4" height="16"/></svg> Forbid does not start it</span>
<span class="key"><svg width="10" height="16" aria-hidden="true"><rect class="mark repeated" x="3" y="0" width="4" height="16"/></svg> runs again: clocks fell back</span>
Focus the chart (Tab), then move with the arrow keys; hover or focus a mark for its details.</p>
<div id="tl" class="tl"></div>
<div id="tl-details" class="details" role="status" aria-live="polite"></div>
${once}
<details class="alt"><summary>The timeline as a table</summary>
<table id="tl-table"><caption>Runs in the window, times in <span class="viewer-zone">${h(data.timeZone)}</span></caption>
<thead><tr><th scope="col">namespace</th><th scope="col">CronJob</th><th scope="col">schedule</th><th scope="col">zone</th><th scope="col">runs</th><th scope="col">starts</th><th scope="col">longest run</th><th scope="col">overlaps</th></tr></thead><tbody></tbody></table>
</details>
</section>`;
}

function heatmap(data: PreviewData): string {
  return `<section id="heatmap" aria-labelledby="heatmap-title">
<h2 id="heatmap-title">Load by weekday and hour</h2>
<fieldset class="controls"><legend>Weigh each run by</legend>
<label><input type="radio" name="weight" value="runs" checked> runs</label>
<label><input type="radio" name="weight" value="cpu"> requested CPU</label>
<label><input type="radio" name="weight" value="memory"> requested memory</label>
</fieldset>
<p>Hours of <span class="viewer-zone">${h(data.timeZone)}</span>; empty hours are pale grey, then dark purple (few) to yellow (the busiest hour); each cell shows its value. Click an hour (or focus it and press Enter) to list its runs minute by minute.</p>
<div id="heat"></div>
<div id="hour-details" class="details" role="status" aria-live="polite"></div>
<details class="alt"><summary>The heatmap as a table</summary><table id="heat-table"></table></details>
</section>`;
}

function pileUps(data: PreviewData, index: Map<string, number>): string {
  const spreads = data.spreads
    .map((s) => {
      const suggestion =
        s.reason !== undefined
          ? `no suggestion: ${h(s.reason)}`
          : s.shift === 0
            ? "keep it: the minute is free once the others move"
            : s.suggestedSchedule !== undefined
              ? `<code>${h(s.suggestedSchedule)}</code>`
              : `move each run ${s.shift > 0 ? "later" : "earlier"} by ${Math.abs(s.shift)} min`;
      return `<tr><td>${jobLink(data, index, s.job)}</td><td><code>${h(s.schedule)}</code></td><td>${s.shift > 0 ? "+" : ""}${s.shift} min</td><td>${suggestion}</td></tr>`;
    })
    .join("\n");
  return `<section id="pile-ups" aria-labelledby="pile-ups-title">
<h2 id="pile-ups-title">Pile-ups</h2>
${
  data.pileUps.length === 0
    ? "<p>No minute in the window has 3 or more CronJobs starting together.</p>"
    : `<table id="pile-table"><caption>Minutes where 3 or more CronJobs start together, in <span class="viewer-zone">${h(data.timeZone)}</span></caption>
<thead><tr><th scope="col">CronJobs</th><th scope="col">times</th><th scope="col">when</th></tr></thead><tbody></tbody></table>
<table><caption>Suggested spread: each CronJob a minute in the same hour that no other CronJob starts in, derived from its name (the same every time)</caption>
<thead><tr><th scope="col">CronJob</th><th scope="col">schedule</th><th scope="col">shift</th><th scope="col">suggested schedule</th></tr></thead><tbody>
${spreads}
</tbody></table>`
}
</section>`;
}

function clockChanges(data: PreviewData, index: Map<string, number>): string {
  const effects = (list: ClockChange["skipped"], word: string) =>
    list.length === 0
      ? "none"
      : list
          .map(
            (e) =>
              `${jobLink(data, index, e.job)} ${word} ${e.wallTimes.map(h).join(", ")} on ${h(e.date)}${e.runsInstead ? ` (runs ${e.runsInstead.map(h).join(", ")} instead)` : ""}`,
          )
          .join("<br>");
  const rows = data.clockChanges
    .map(
      (c) =>
        `<tr class="${c.skipped.length + c.repeated.length > 0 ? "affects" : ""}"><td><code>${h(c.zone)}</code></td><td>${h(c.date)}</td><td>${h(c.clockChange)} (${c.direction === "forward" ? "forward" : "back"})</td><td>${time(c.at, data.timeZone)}<br><span class="utc">${h(c.at.slice(0, 16).replace("T", " "))} UTC</span></td><td>${effects(c.skipped, "skips")}</td><td>${effects(c.repeated, "runs twice at")}</td></tr>`,
    )
    .join("\n");
  return `<section id="clock-changes" aria-labelledby="clock-changes-title">
<h2 id="clock-changes-title">Clock changes</h2>
${
  data.clockChanges.length === 0
    ? `<p>No clock change in the zones in use (${data.zones.map((z) => `<code>${h(z)}</code>`).join(", ")}) before ${h(data.clockChangesUntil.slice(0, 10))}.</p>`
    : `<table><caption>Every clock change before ${h(data.clockChangesUntil.slice(0, 10))} in the zones the CronJobs run in, and the runs it skips or doubles (the controller walks wall-clock time)</caption>
<thead><tr><th scope="col">zone</th><th scope="col">date</th><th scope="col">clocks go</th><th scope="col">at</th><th scope="col">skipped</th><th scope="col">run twice</th></tr></thead><tbody>
${rows}
</tbody></table>`
}
</section>`;
}

function panels(data: PreviewData): string {
  return `<section id="jobs" aria-labelledby="jobs-title">
<h2 id="jobs-title">Per job</h2>
<p>What decides when each CronJob runs. <code>concurrencyPolicy</code>: Allow runs a new run beside one still going, Forbid does not start it, Replace deletes the old one. <code>startingDeadlineSeconds</code>: a run the controller could not start in time is skipped after it (unset: however late). <code>activeDeadlineSeconds</code>: the longest a run may last (unset: unknown). Next runs: in the CronJob's zone, with its offset, and in UTC.</p>
${data.cronJobs.map((job, i) => cronJobPanel(job, i)).join("\n")}
${data.jobs.map(jobPanel).join("\n")}
</section>`;
}

function cronJobPanel(job: PreviewCronJob, i: number): string {
  const runs = job.nextRuns
    .map(
      (r) =>
        // End tags of cells and rows are optional in HTML: 200 CronJobs × 10 runs, they add up.
        `<tr><td>${h(r.weekday)} ${h(r.local.slice(0, 10))} ${h(r.local.slice(11, 16))} ${h(r.local.slice(19))}${r.repeated ? " (again: clocks fell back)" : ""}<td>${h(r.at.slice(0, 16).replace("T", " "))}`,
    )
    .join("");
  const zone =
    job.timeZone === null ? "UTC (no <code>timeZone</code>: the controller's zone, usually UTC)" : `<code>${h(job.timeZone)}</code>`;
  return `<article class="panel${job.suspend ? " suspended" : ""}" id="job-${i}" aria-labelledby="job-${i}-title">
<h3 id="job-${i}-title">${h(label(job))}${job.suspend ? ' <span class="tag">suspended</span>' : ""}</h3>
<dl>
<dt>schedule</dt><dd><code>${h(job.schedule)}</code>: ${h(job.description)}</dd>
<dt>zone</dt><dd>${zone}</dd>
<dt>suspend</dt><dd>${job.suspend ? "true: the controller starts no run" : "false"}</dd>
<dt>concurrencyPolicy</dt><dd>${job.concurrencyPolicy}</dd>
<dt>startingDeadlineSeconds</dt><dd>${job.startingDeadlineSeconds === null ? "unset" : `${job.startingDeadlineSeconds} s`}</dd>
<dt>activeDeadlineSeconds</dt><dd>${job.activeDeadlineSeconds === null ? "unset" : `${job.activeDeadlineSeconds} s (${duration(job.activeDeadlineSeconds)})`}</dd>
<dt>requests per run</dt><dd>${requests(job.requests)}</dd>
<dt>in the window</dt><dd>${count(job.runs.length, "run")}${job.runsTruncated ? " (more not listed)" : ""}${job.overlaps.length > 0 ? `, ${count(job.overlaps.length, "possible overlap")}` : ""}</dd>
${job.file === null ? "" : `<dt>file</dt><dd><code>${h(job.file)}</code></dd>`}
${annotations(job.annotations)}
</dl>
${
  job.neverRuns !== undefined
    ? `<p>Never runs: ${h(job.neverRuns)}</p>`
    : `<table class="next"><caption>Next ${job.nextRuns.length} runs</caption><thead><tr><th scope="col">${h(job.zone)}<th scope="col">UTC<tbody>${runs}</table>`
}
</article>`;
}

function jobPanel(job: PreviewJob, i: number): string {
  return `<article class="panel" id="once-${i}">
<h3>${h(label(job))} <span class="tag">Job: runs once, on apply</span></h3>
<dl>
<dt>activeDeadlineSeconds</dt><dd>${job.activeDeadlineSeconds === null ? "unset" : `${job.activeDeadlineSeconds} s (${duration(job.activeDeadlineSeconds)})`}</dd>
<dt>requests</dt><dd>${requests(job.requests)}</dd>
${job.file === null ? "" : `<dt>file</dt><dd><code>${h(job.file)}</code></dd>`}
${annotations(job.annotations)}
</dl>
</article>`;
}

function annotations(list: Record<string, string>): string {
  const entries = Object.entries(list);
  if (entries.length === 0) return "";
  return `<dt>annotations</dt><dd><ul class="annotations">${entries.map(([k, v]) => `<li><code>${h(k)}</code>: ${h(v)}</li>`).join("")}</ul></dd>`;
}

function requests(r: RunRequests): string {
  if (r.cpu === 0 && r.memory === 0) return `none set (${count(r.pods, "pod")})`;
  const cpu = r.cpu > 0 && r.cpu < 1 ? `${Math.round(r.cpu * 1000)}m` : String(Math.round(r.cpu * 1000) / 1000);
  return `CPU ${cpu}, memory ${bytes(r.memory)} (${count(r.pods, "pod")})`;
}

function bytes(n: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return `${Math.round(n * 100) / 100} ${units[u]}`;
}

function duration(seconds: number): string {
  const parts: string[] = [];
  const d = Math.floor(seconds / 86400);
  const hh = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (d > 0) parts.push(`${d} d`);
  if (hh > 0) parts.push(`${hh} h`);
  if (m > 0) parts.push(`${m} min`);
  if (s > 0 || parts.length === 0) parts.push(`${s} s`);
  return parts.join(" ");
}

function jobLink(data: PreviewData, index: Map<string, number>, id: string): string {
  const i = index.get(id);
  const job = i === undefined ? undefined : data.cronJobs[i];
  return job === undefined ? h(id) : `<a href="#job-${i}">${h(label(job))}</a>`;
}

function label(job: { name: string; namespace: string | null }): string {
  return job.namespace === null ? job.name : `${job.namespace}/${job.name}`;
}

/** A time in the viewer's zone; the page's script writes it again when the zone changes. */
function time(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  return `<time datetime="${h(iso)}" data-utc="${ms}">${h(day(iso, timeZone))}</time>`;
}

function day(iso: string, timeZone: string): string {
  const t = localTime(Date.parse(iso), timeZone);
  return `${WEEKDAYS[t.weekday]} ${t.date} ${t.clock}`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
