/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The page's own script: draws the timeline and the heatmap from the embedded model, and makes
 * them usable by mouse and keyboard; switches the viewer zone and the heatmap's weight.
 *
 * It runs in the browser, inlined as `(pageScript.toString())()`: so it must be self-contained —
 * nothing from module scope, no imports but types. Everything the user wrote reaches the DOM
 * through textContent or setAttribute, never as markup.
 */
import type { PageJob, PageModel } from "./page-model.js";

export function pageScript(): void {
  const model = JSON.parse(document.getElementById("preview-data")!.textContent!) as PageModel;
  const SVG = "http://www.w3.org/2000/svg";
  const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const ROWS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  const POLICY: Record<string, string> = {
    Allow: "Allow: both run",
    Forbid: "Forbid: the controller does not start this run while the previous one is active",
    Replace: "Replace: the controller deletes the previous run and starts this one",
  };
  // Viridis, dark to light: ordered by lightness, readable with colour-blindness and in grey.
  const HEAT = ["#f4f4f4", "#440154", "#46327e", "#365c8d", "#277f8e", "#1fa187", "#4ac16d", "#a0da39", "#fde725"];
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  const span = model.to - model.from;
  let zone = model.timeZone;
  let weight: "runs" | "cpu" | "memory" = "runs";

  /** `[value, count, …]` back to values. */
  const expand = (pairs: number[] | undefined, n: number): number[] => {
    const out: number[] = [];
    if (pairs === undefined) return new Array<number>(n).fill(0);
    for (let i = 0; i < pairs.length; i += 2) for (let k = 0; k < pairs[i + 1]!; k++) out.push(pairs[i]!);
    return out;
  };
  const fromSteps = (pairs: number[], unit: number): number[] => {
    let t = model.base;
    return expand(pairs, 0).map((s) => (t += s * unit));
  };
  const starts: number[][] = model.jobs.map((job) => fromSteps(job.runs, job.seconds ? 1000 : 60000));
  // Per-run flags: 1 may overlap the previous run, 2 Forbid does not start it, 4 runs again (clocks fell back).
  const flags: number[][] = model.jobs.map((job, j) => expand(job.flags, starts[j]!.length));
  /** When each run must end at the latest: its deadline, or (Replace) the next start; null when unknown or not started. */
  const ends: (number | null)[][] = model.jobs.map((job, j) =>
    starts[j]!.map((start, i) => {
      if (job.deadline === null || flags[j]![i]! & 2) return null;
      const end = start + job.deadline * 1000;
      const next = starts[j]![i + 1];
      return job.policy === "Replace" && next !== undefined && next < end ? next : end;
    }),
  );

  // ---- time in a zone, from Intl (offsets cached per quarter hour: no zone changes within one)
  const formats = new Map<string, Intl.DateTimeFormat>();
  const offsets = new Map<string, number>();
  function offsetMinutes(ms: number, z: string): number {
    const key = `${z} ${Math.floor(ms / 900000)}`;
    let offset = offsets.get(key);
    if (offset === undefined) {
      let format = formats.get(z);
      if (format === undefined) {
        format = new Intl.DateTimeFormat("en-US", {
          timeZone: z,
          hourCycle: "h23",
          year: "numeric",
          month: "numeric",
          day: "numeric",
          hour: "numeric",
          minute: "numeric",
        });
        formats.set(z, format);
      }
      const p: Record<string, number> = {};
      for (const part of format.formatToParts(Math.floor(ms / 900000) * 900000)) p[part.type] = Number(part.value);
      const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
      offset = Math.round((wall - Math.floor(ms / 900000) * 900000) / 60000);
      offsets.set(key, offset);
    }
    return offset;
  }
  function wall(ms: number, z: string) {
    const d = new Date(ms + offsetMinutes(ms, z) * 60000);
    return { date: d.toISOString().slice(0, 10), clock: d.toISOString().slice(11, 16), weekday: d.getUTCDay(), hour: d.getUTCHours() };
  }
  function when(ms: number, z = zone): string {
    const w = wall(ms, z);
    return `${WEEKDAYS[w.weekday]} ${w.date} ${w.clock}`;
  }
  function utc(ms: number): string {
    return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
  }
  function amount(v: number, w: string, short = false): string {
    const r = (x: number) => String(Math.round(x * 100) / 100);
    if (w === "runs") return short ? String(v) : `${v} run${v === 1 ? "" : "s"}`;
    if (w === "cpu") return v > 0 && v < 1 ? `${Math.round(v * 1000)}m` : r(v);
    const units = ["B", "Ki", "Mi", "Gi", "Ti", "Pi"];
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return `${r(v)}${units[u]}`;
  }
  function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls !== undefined) e.className = cls;
    return e;
  }
  function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
    const e = document.createElementNS(SVG, tag) as SVGElement;
    for (const k in attrs) e.setAttribute(k, String(attrs[k]));
    return e;
  }
  const x = (ms: number) => ((ms - model.from) / span) * 1000;
  const who = (job: PageJob) => (job.namespace === null ? job.name : `${job.namespace}/${job.name}`);

  // ---- week timeline: a row per CronJob, grouped by namespace
  const chart = document.getElementById("tl")!;
  const tip = document.getElementById("tip")!;
  const details = document.getElementById("tl-details")!;
  const grid = el("div", undefined, "tl-grid");
  const axis = el("div", undefined, "tl-axis");
  axis.setAttribute("aria-hidden", "true");
  chart.append(axis, grid);
  const order = model.jobs.map((_, i) => i);
  const nsKey = (i: number) => model.jobs[i]!.namespace ?? "\uffff";
  order.sort((a, b) => (nsKey(a) < nsKey(b) ? -1 : nsKey(a) > nsKey(b) ? 1 : model.jobs[a]!.name < model.jobs[b]!.name ? -1 : 1));
  /** The focusable marks of each row, in time order, by row position. */
  const rows: SVGElement[][] = [];
  // Built apart and attached once: appending to the live page makes Blink restyle every time.
  const rowsBuilt = document.createDocumentFragment();
  let group: HTMLElement | undefined;
  let groupKey: string | undefined;
  for (const j of order) {
    const job = model.jobs[j]!;
    if (group === undefined || groupKey !== nsKey(j)) {
      groupKey = nsKey(j);
      group = el("div", undefined, "tl-ns");
      group.setAttribute("role", "group");
      const heading = el("h3", job.namespace === null ? "(no namespace: kubectl's context decides)" : `namespace ${job.namespace}`);
      group.append(heading);
      group.setAttribute("aria-label", heading.textContent!);
      rowsBuilt.append(group);
    }
    const row = el("div", undefined, job.suspend ? "tl-row suspended" : "tl-row");
    row.dataset.job = String(j);
    const label = el("a", job.name + (job.suspend ? " (suspended)" : ""), "tl-label");
    label.href = `#job-${j}`;
    label.title = `${who(job)}: ${job.schedule} (${job.description}) in ${job.zone}`;
    const track = svg("svg", { class: "tl-track", viewBox: "0 0 1000 20", preserveAspectRatio: "none" });
    track.setAttribute("role", "group");
    track.setAttribute("aria-label", `runs of ${who(job)}`);
    const marks: SVGElement[] = [];
    const runs = starts[j]!;
    if (runs.length > model.marksPerDay * (span / 86400000)) {
      // Too many runs to tell apart: runs per hour as bars, and one focusable summary.
      const perHour = new Map<number, number>();
      for (const t of runs)
        perHour.set(Math.floor((t - model.from) / 3600000), (perHour.get(Math.floor((t - model.from) / 3600000)) ?? 0) + 1);
      const most = Math.max(...perHour.values());
      // One path for all the hours: thousands of rects cost the page its speed.
      let d = "";
      for (const [h, n] of perHour) {
        const height = 2 + (14 * n) / most;
        d += `M${x(model.from + h * 3600000).toFixed(2)} 18v${(-height).toFixed(2)}h${((3600000 / span) * 1000).toFixed(2)}v${height.toFixed(2)}z`;
      }
      track.append(svg("path", { class: "hour", d }));
      const band = svg("rect", { class: "band", x: 0, y: 0, width: 1000, height: 20, tabindex: -1 });
      band.dataset.job = String(j);
      track.append(band);
      marks.push(band);
    } else {
      // The deadline bars of a row as one path; a bar ends at the window's edge at the latest.
      let d = "";
      for (let i = 0; i < runs.length; i++) {
        const end = ends[j]![i];
        if (end != null)
          d += `M${x(runs[i]!).toFixed(2)} 7h${Math.max(0.5, x(Math.min(end, model.to)) - x(runs[i]!)).toFixed(2)}v6H${x(runs[i]!).toFixed(2)}z`;
      }
      if (d !== "") track.append(svg("path", { class: "bar", d }));
      for (let i = 0; i < runs.length; i++) {
        const f = flags[j]![i]!;
        let cls = "mark";
        if (f & 1) cls += " overlap";
        if (f & 2) cls += " not-started";
        if (f & 4) cls += " repeated";
        const wide = cls !== "mark";
        const mark = svg("rect", {
          class: cls,
          x: x(runs[i]!) - (wide ? 2 : 1),
          y: wide ? 0 : 3,
          width: wide ? 4 : 2,
          height: wide ? 20 : 14,
          tabindex: -1,
        });
        mark.dataset.job = String(j);
        mark.dataset.run = String(i);
        track.append(mark);
        marks.push(mark);
      }
    }
    if (runs.length === 0) {
      const none = svg("text", { x: 4, y: 14, class: "none" });
      none.textContent = "no run in the window";
      track.append(none);
    }
    row.append(label, track);
    group.append(row);
    if (marks.length > 0) rows.push(marks);
  }
  chart.append(rowsBuilt);
  let active: SVGElement | undefined = rows[0]?.[0];
  active?.setAttribute("tabindex", "0");

  function describeMark(mark: SVGElement): string[] {
    const j = Number(mark.dataset.job);
    const job = model.jobs[j]!;
    const lines = [`${who(job)}: ${job.schedule} (${job.description}), in ${job.zone}`];
    if (mark.dataset.run === undefined) {
      lines.push(`${starts[j]!.length} runs in the window, too many to mark one by one; the heatmap lists them hour by hour`);
      return lines;
    }
    const i = Number(mark.dataset.run);
    const t = starts[j]![i]!;
    lines.push(`starts ${when(t)} (${zone}); ${when(t, job.zone)} in ${job.zone}; ${utc(t)}`);
    if (flags[j]![i]! & 4) lines.push("the second run of this wall time: clocks fell back");
    const end = ends[j]![i];
    if (end != null) lines.push(`runs at most until ${when(end)} (activeDeadlineSeconds ${job.deadline})`);
    else if (job.deadline === null) lines.push("no activeDeadlineSeconds: how long it runs is unknown");
    if (flags[j]![i]! & 1) lines.push(`may start while an earlier run is still going. ${POLICY[job.policy]}`);
    if (job.suspend) lines.push("suspended: the controller starts no run while suspend is true");
    return lines;
  }
  function show(mark: SVGElement, focused: boolean) {
    const lines = describeMark(mark);
    mark.setAttribute("aria-label", lines.join(". "));
    tip.replaceChildren(...lines.map((l, k) => el(k === 0 ? "strong" : "div", l)));
    const box = mark.getBoundingClientRect();
    tip.hidden = false;
    tip.style.left = `${Math.max(4, Math.min(window.innerWidth - tip.offsetWidth - 4, box.left + box.width / 2 - tip.offsetWidth / 2))}px`;
    tip.style.top = `${box.top > tip.offsetHeight + 12 ? box.top - tip.offsetHeight - 6 : box.bottom + 6}px`;
    if (focused) details.replaceChildren(...lines.map((l) => el("div", l)));
  }
  chart.addEventListener("focusin", (e) => {
    const mark = e.target as SVGElement;
    if (mark.dataset?.job === undefined || !(mark instanceof SVGElement)) return;
    active?.setAttribute("tabindex", "-1");
    active = mark;
    mark.setAttribute("tabindex", "0");
    show(mark, true);
  });
  chart.addEventListener("focusout", () => (tip.hidden = true));
  chart.addEventListener("mouseover", (e) => {
    const mark = e.target as SVGElement;
    if (mark instanceof SVGElement && mark.dataset.job !== undefined) show(mark, false);
  });
  chart.addEventListener("mouseout", () => {
    if (!chart.contains(document.activeElement)) tip.hidden = true;
  });
  chart.addEventListener("keydown", (e) => {
    if (active === undefined) return;
    const r = rows.findIndex((marks) => marks.includes(active!));
    const marks = rows[r]!;
    const i = marks.indexOf(active);
    let next: SVGElement | undefined;
    if (e.key === "ArrowRight") next = marks[i + 1];
    else if (e.key === "ArrowLeft") next = marks[i - 1];
    else if (e.key === "Home") next = marks[0];
    else if (e.key === "End") next = marks[marks.length - 1];
    else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      const other = rows[r + (e.key === "ArrowDown" ? 1 : -1)];
      if (other !== undefined) {
        const at = Number(active.getAttribute("x"));
        next = other.reduce((best, m) =>
          Math.abs(Number(m.getAttribute("x")) - at) < Math.abs(Number(best.getAttribute("x")) - at) ? m : best,
        );
      }
    } else if (e.key === "Escape") tip.hidden = true;
    else return;
    e.preventDefault();
    next?.focus();
  });

  function drawAxis() {
    axis.replaceChildren();
    grid.replaceChildren();
    // Midnights (and noons, fainter) of the viewer's zone: on a quarter hour in every zone.
    for (let t = Math.ceil(model.from / 900000) * 900000; t < model.to; t += 900000) {
      const w = wall(t, zone);
      if (w.clock !== "00:00" && w.clock !== "12:00") continue;
      const left = `${(x(t) / 10).toFixed(3)}%`;
      const line = el("div", undefined, w.clock === "00:00" ? "day-line" : "noon-line");
      line.style.left = left;
      grid.append(line);
      if (w.clock === "00:00") {
        const label = el("span", `${WEEKDAYS[w.weekday]} ${w.date.slice(5)}`);
        label.style.left = left;
        axis.append(label);
      }
    }
  }

  // ---- timeline as a table
  const overlapCount = (j: number) => flags[j]!.filter((f) => f & 1).length;
  function drawTimelineTable() {
    const body = document.querySelector("#tl-table tbody")!;
    body.replaceChildren();
    for (const j of order) {
      const job = model.jobs[j]!;
      const runs = starts[j]!;
      const shown =
        runs
          .slice(0, 8)
          .map((t) => when(t))
          .join(", ") + (runs.length > 8 ? `, … ${runs.length - 8} more` : "");
      const tr = el("tr");
      tr.append(
        el("td", job.namespace ?? ""),
        el("td", job.name + (job.suspend ? " (suspended)" : "")),
        el("td", `${job.schedule} (${job.description})`),
        el("td", job.zone),
        el("td", String(runs.length)),
        el("td", shown || "none"),
        el("td", job.deadline === null ? "unknown" : `${job.deadline} s`),
        el("td", overlapCount(j) === 0 ? "none" : `${overlapCount(j)}: ${POLICY[job.policy]}`),
      );
      body.append(tr);
    }
  }

  // ---- load heatmap: weekday × hour of the viewer's zone
  const heat = document.getElementById("heat")!;
  const hourDetails = document.getElementById("hour-details")!;
  function cellValues(): number[][] {
    if (zone === model.timeZone) return model.heatmap[weight];
    const cells = ROWS.map(() => new Array<number>(24).fill(0));
    model.jobs.forEach((job, j) => {
      if (job.suspend) return;
      const add = weight === "runs" ? 1 : weight === "cpu" ? job.cpu : job.memory;
      for (const t of starts[j]!) {
        const w = wall(t, zone);
        cells[(w.weekday + 6) % 7]![w.hour]! += add;
      }
    });
    return cells;
  }
  let cellsShown: SVGElement[] = [];
  let activeCell = 0;
  function drawHeatmap() {
    const values = cellValues();
    const max = Math.max(0, ...values.flat());
    const box = svg("svg", { viewBox: "0 0 1000 250", class: "heat-svg", role: "grid" });
    box.setAttribute(
      "aria-label",
      `${weight === "runs" ? "runs" : weight === "cpu" ? "requested CPU" : "requested memory"} starting per weekday and hour, ${zone}`,
    );
    for (let h = 0; h < 24; h++) {
      const label = svg("text", { x: 52 + h * 39 + 19, y: 14, class: "heat-hour" });
      label.textContent = String(h).padStart(2, "0");
      box.append(label);
    }
    cellsShown = [];
    ROWS.forEach((day, r) => {
      const row = svg("g", { role: "row" });
      const label = svg("text", { x: 0, y: 24 + r * 32 + 20, class: "heat-day" });
      label.textContent = day;
      row.append(label);
      for (let h = 0; h < 24; h++) {
        const v = values[r]![h]!;
        const level = v <= 0 || max <= 0 ? 0 : 1 + Math.min(7, Math.floor((v / max) * 7.999));
        const g = svg("g", { role: "gridcell", tabindex: -1, class: "cell" });
        g.dataset.row = String(r);
        g.dataset.hour = String(h);
        g.dataset.value = String(v);
        g.setAttribute("aria-label", `${day} ${String(h).padStart(2, "0")}:00–${String(h + 1).padStart(2, "0")}:00: ${amount(v, weight)}`);
        g.append(svg("rect", { x: 52 + h * 39, y: 22 + r * 32, width: 37, height: 30, fill: HEAT[level]!, rx: 2 }));
        if (v > 0) {
          const t = svg("text", { x: 52 + h * 39 + 18.5, y: 22 + r * 32 + 20, class: level >= 6 ? "on-light" : "on-dark" });
          t.textContent = amount(v, weight, true);
          g.append(t);
        }
        row.append(g);
        cellsShown.push(g);
      }
      box.append(row);
    });
    heat.replaceChildren(box);
    cellsShown[activeCell]?.setAttribute("tabindex", "0");
    // The same as a table.
    const table = document.querySelector("#heat-table")!;
    const head = el("tr");
    head.append(el("th", "day"), ...Array.from({ length: 24 }, (_, h) => el("th", String(h).padStart(2, "0"))));
    const rowsHtml = ROWS.map((day, r) => {
      const tr = el("tr");
      const th = el("th", day);
      th.scope = "row";
      tr.append(th, ...values[r]!.map((v) => el("td", amount(v, weight, true))));
      return tr;
    });
    const caption = el(
      "caption",
      `${weight === "runs" ? "Runs" : weight === "cpu" ? "Requested CPU (cores)" : "Requested memory"} starting per hour, ${zone}`,
    );
    table.replaceChildren(caption, el("thead"), el("tbody"));
    table.querySelector("thead")!.append(head);
    table.querySelector("tbody")!.append(...rowsHtml);
  }
  function listHour(cell: SVGElement) {
    const r = Number(cell.dataset.row);
    const h = Number(cell.dataset.hour);
    const byMinute = new Map<string, string[]>();
    model.jobs.forEach((job, j) => {
      if (job.suspend) return;
      for (const t of starts[j]!) {
        const w = wall(t, zone);
        if ((w.weekday + 6) % 7 !== r || w.hour !== h) continue;
        const key = `${w.date} ${w.clock}`;
        const list = byMinute.get(key) ?? [];
        list.push(who(job));
        byMinute.set(key, list);
      }
    });
    const heading = el(
      "h3",
      `${ROWS[r]} ${String(h).padStart(2, "0")}:00–${String(h + 1).padStart(2, "0")}:00 (${zone}): ${cell.getAttribute("aria-label")!.split(": ").pop()}`,
    );
    const list = el("ol");
    for (const key of [...byMinute.keys()].sort()) {
      const names = byMinute.get(key)!;
      const item = el("li");
      item.append(el("time", key.slice(11), "minute"), ` ${key.slice(0, 10)}: ${names.length} — ${names.join(", ")}`);
      list.append(item);
    }
    hourDetails.replaceChildren(heading, byMinute.size === 0 ? el("p", "No run starts in this hour.") : list);
  }
  heat.addEventListener("click", (e) => {
    const cell = (e.target as Element).closest?.("g.cell") as SVGElement | null;
    if (cell !== null) {
      cell.focus();
      listHour(cell);
    }
  });
  heat.addEventListener("focusin", (e) => {
    const cell = e.target as SVGElement;
    const k = cellsShown.indexOf(cell);
    if (k < 0) return;
    cellsShown[activeCell]?.setAttribute("tabindex", "-1");
    activeCell = k;
    cell.setAttribute("tabindex", "0");
  });
  heat.addEventListener("keydown", (e) => {
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: 24,
      ArrowUp: -24,
      Home: -(activeCell % 24),
      End: 23 - (activeCell % 24),
    };
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      listHour(cellsShown[activeCell]!);
    } else if (moves[e.key] !== undefined) {
      e.preventDefault();
      cellsShown[Math.max(0, Math.min(cellsShown.length - 1, activeCell + moves[e.key]!))]!.focus();
    }
  });

  // ---- pile-ups: a row per group of CronJobs, their minutes by clock time of the viewer's zone
  function drawPileUps() {
    const body = document.querySelector("#pile-table tbody");
    if (body === null) return;
    body.replaceChildren();
    for (const group of model.pileUps) {
      const byClock = new Map<string, string[]>();
      for (const t of fromSteps(group.minutes, 60000)) {
        const w = wall(t, zone);
        const dates = byClock.get(w.clock) ?? [];
        dates.push(`${WEEKDAYS[w.weekday]} ${w.date}`);
        byClock.set(w.clock, dates);
      }
      const names = el("td");
      group.jobs.forEach((j, k) => {
        const link = el("a", who(model.jobs[j]!));
        link.href = `#job-${j}`;
        names.append(...(k > 0 ? [", ", link] : [link]));
      });
      const when = [...byClock]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([clock, dates]) =>
          dates.length === 1 ? `${clock} ${dates[0]}` : `${clock} on ${dates.length} days (${dates[0]} … ${dates[dates.length - 1]})`,
        );
      const tr = el("tr");
      tr.append(names, el("td", String(fromSteps(group.minutes, 60000).length)), el("td", when.join("; ")));
      body.append(tr);
    }
  }

  // ---- every time shown in the viewer's zone
  function drawTimes() {
    for (const t of document.querySelectorAll<HTMLElement>("time[data-utc]")) t.textContent = when(Number(t.dataset.utc));
    for (const z of document.querySelectorAll(".viewer-zone")) z.textContent = zone;
  }
  function drawAll() {
    drawAxis();
    drawTimelineTable();
    drawHeatmap();
    drawPileUps();
    drawTimes();
    hourDetails.replaceChildren();
  }

  for (const input of document.querySelectorAll<HTMLInputElement>("input[name=weight]")) {
    input.addEventListener("change", () => {
      weight = input.value as typeof weight;
      drawHeatmap();
      hourDetails.replaceChildren();
    });
  }
  const browserChoice = document.getElementById("zone-browser") as HTMLInputElement;
  document.getElementById("browser-zone-name")!.textContent = browserZone;
  for (const input of document.querySelectorAll<HTMLInputElement>("input[name=zone]")) {
    input.addEventListener("change", () => {
      zone = input.value === "browser" ? browserZone : model.timeZone;
      drawAll();
    });
  }
  if (browserZone === model.timeZone) browserChoice.disabled = true;
  // Printing shows every table, closed or not.
  const closed: HTMLDetailsElement[] = [];
  window.addEventListener("beforeprint", () => {
    for (const d of document.querySelectorAll("details:not([open])")) {
      closed.push(d as HTMLDetailsElement);
      (d as HTMLDetailsElement).open = true;
    }
  });
  window.addEventListener("afterprint", () => {
    for (const d of closed.splice(0)) d.open = false;
  });
  drawAll();
  document.documentElement.dataset.ready = "true";
}
