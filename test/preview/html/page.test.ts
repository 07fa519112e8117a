// The page in a real browser: Debian's Chromium driven by playwright-core, the page loaded from a
// file. Skips only when /usr/bin/chromium is missing outside CI (.ci/run installs it): in CI a
// missing browser fails here, at launch.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MARKS_PER_DAY } from "../../../src/preview/html/page-model.js";
import { renderPreviewHtml } from "../../../src/preview/html/render-html.js";
import type { PreviewData } from "../../../src/preview/preview-data.js";
import { previewSchedules } from "../../../src/preview/preview-schedules.js";
import { CLI, ROOT } from "../../helpers/cli.js";
import { cronJob } from "../fixtures.js";

const CHROMIUM = "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
const inCi = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";
const title =
  present || inCi
    ? "the page in Chromium"
    : `the page in Chromium (skipped: ${CHROMIUM} is missing and this is not CI; apt-get install -y chromium)`;

const HOSTILE = `</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">`;
const from = new Date("2024-11-01T00:00:00Z"); // a Friday; New York falls back on Sunday
const inputs = [
  cronJob("a", "0 3 * * *", { cpu: "500m", memory: "1Gi" }),
  cronJob("b", "0 3 * * *", { cpu: "2", memory: "256Mi" }),
  cronJob("c", "0 3 * * *"),
  cronJob("allow", "0 */2 * * *", { namespace: "sync", activeDeadlineSeconds: 10800 }),
  cronJob("forbid", "0 */2 * * *", { namespace: "sync", activeDeadlineSeconds: 10800, concurrencyPolicy: "Forbid" }),
  cronJob("replace", "0 */2 * * *", { namespace: "sync", activeDeadlineSeconds: 10800, concurrencyPolicy: "Replace" }),
  cronJob("twice", "30 1 * * *", { namespace: "ops", timeZone: "America/New_York", activeDeadlineSeconds: 900 }),
  cronJob("busy", "*/5 * * * *", { namespace: "ops", cpu: "100m" }),
  cronJob("paused", "15 4 * * *", { namespace: "ops", suspend: true }),
  cronJob(HOSTILE, "45 6 * * 1", { namespace: "evil", annotations: { note: HOSTILE } }),
];
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A page loaded from a file, with every request and every error it makes recorded. */
interface Loaded {
  page: Page;
  url: string;
  requests: string[];
  errors: string[];
}

describe.skipIf(!present && !inCi)(title, () => {
  let browser: Browser;
  let context: BrowserContext;
  let loaded: Loaded;
  let data: PreviewData;
  const dir = mkdtempSync(join(tmpdir(), "kubejobs-page-"));

  async function load(html: string, name: string): Promise<Loaded> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") errors.push(m.text());
    });
    const url = pathToFileURL(file).href;
    await page.goto(url);
    await page.waitForSelector("html[data-ready=true]");
    return { page, url, requests, errors };
  }

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    // The browser's own zone differs from the page's (--tz UTC), to switch to it.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: "Asia/Kolkata", locale: "en-GB" });
    data = previewSchedules(inputs, { from });
    loaded = await load(renderPreviewHtml(data), "page.html");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const dense = (runs: number) => runs > MARKS_PER_DAY * data.days;

  it("makes no network request and raises no error", () => {
    expect(loaded.requests).toEqual([loaded.url]);
    expect(loaded.errors).toEqual([]);
  });

  it("draws a row per CronJob, grouped by namespace, and a mark per run", async () => {
    const { page } = loaded;
    expect(await page.locator("#tl .tl-row").count()).toBe(data.cronJobs.length);
    expect(await page.locator("#tl .tl-ns > h3").allTextContents()).toEqual([
      "namespace evil",
      "namespace ops",
      "namespace sync",
      "namespace team",
    ]);
    const sparse = data.cronJobs.filter((j) => !dense(j.runs.length));
    expect(await page.locator("#tl rect.mark").count()).toBe(sparse.reduce((n, j) => n + j.runs.length, 0));
    expect(await page.locator("#tl rect.mark.overlap").count()).toBe(sparse.reduce((n, j) => n + j.overlaps.length, 0));
    expect(await page.locator("#tl rect.mark.not-started").count()).toBe(
      sparse.reduce((n, j) => n + j.runs.filter((r) => r.notStarted).length, 0),
    );
    expect(await page.locator("#tl rect.mark.repeated").count()).toBe(1);
    expect(await page.locator("#tl rect.band").count()).toBe(data.cronJobs.filter((j) => dense(j.runs.length)).length);
    // Deadline bars: every started run of a CronJob with activeDeadlineSeconds.
    const bars = sparse.filter((j) => j.activeDeadlineSeconds !== null).reduce((n, j) => n + j.runs.filter((r) => !r.notStarted).length, 0);
    const paths = await page.locator("#tl path.bar").evaluateAll((ps) => ps.map((p) => p.getAttribute("d")!));
    expect(paths.reduce((n, d) => n + d.split("M").length - 1, 0)).toBe(bars);
    // The table alternative: a row per CronJob too.
    expect(await page.locator("#tl-table tbody tr").count()).toBe(data.cronJobs.length);
    // Pile-ups: a row per group of CronJobs meeting, as many minutes as the data has.
    const groups = new Set(data.pileUps.map((p) => p.jobs.join(" ")));
    expect(await page.locator("#pile-table tbody tr").count()).toBe(groups.size);
    const counts = await page.locator("#pile-table tbody tr td:nth-child(2)").allTextContents();
    expect(counts.reduce((n, c) => n + Number(c), 0)).toBe(data.pileUps.length);
  });

  it("shows a mark's details on focus, and moves between marks with the keyboard", async () => {
    const { page } = loaded;
    const j = data.cronJobs.findIndex((c) => c.id === "ops/twice");
    const i = data.cronJobs[j]!.runs.findIndex((r) => r.repeated);
    const mark = page.locator(`#tl .tl-row[data-job="${j}"] rect.mark`).nth(i);
    await mark.focus();
    const details = page.locator("#tl-details");
    await expect.poll(() => details.textContent()).toContain("ops/twice: 30 1 * * * (At 01:30), in America/New_York");
    const text = (await details.textContent())!;
    expect(text).toContain("starts Sun 2024-11-03 06:30 (UTC); Sun 2024-11-03 01:30 in America/New_York; 2024-11-03 06:30 UTC");
    expect(text).toContain("the second run of this wall time: clocks fell back");
    expect(text).toContain("runs at most until Sun 2024-11-03 06:45 (activeDeadlineSeconds 900)");
    expect(await mark.getAttribute("aria-label")).toContain("ops/twice");
    expect(await page.locator("#tip").isVisible()).toBe(true);
    // One tab stop for the whole chart: the focused mark.
    expect(await page.locator('#tl [tabindex="0"]').count()).toBe(1);
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.run)).toBe(String(i + 1));
    expect(await details.textContent()).toContain(data.cronJobs[j]!.runs[i + 1]!.local.slice(0, 10));
    // An overlapping run says what its policy does.
    const f = data.cronJobs.findIndex((c) => c.id === "sync/forbid");
    await page.locator(`#tl .tl-row[data-job="${f}"] rect.mark.not-started`).first().focus();
    expect(await details.textContent()).toContain("Forbid: the controller does not start this run while the previous one is active");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).closest(".tl-row")!.getAttribute("data-job"))).toBe(
      String(data.cronJobs.findIndex((c) => c.id === "sync/replace")),
    );
  });

  it("colours the heatmap by runs, then by requested CPU and memory, and lists an hour minute by minute", async () => {
    const { page } = loaded;
    const values = () => page.locator("#heat g.cell").evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.value)));
    expect(await values()).toEqual(data.heatmap.runs.flat());
    await page.getByLabel("requested CPU").check();
    expect(await values()).toEqual(data.heatmap.cpu.flat());
    await page.getByLabel("requested memory").check();
    expect(await values()).toEqual(data.heatmap.memory.flat());
    expect(await page.locator("#heat-table caption").textContent()).toContain("memory");
    await page.getByLabel("runs", { exact: true }).check();
    // Monday 03:00 (row 0, hour 3): a, b and c together, and busy.
    await page.locator('#heat g.cell[data-row="0"][data-hour="3"]').click();
    const hour = (await page.locator("#hour-details").textContent())!;
    expect(hour).toContain("Mon 03:00–04:00 (UTC)");
    expect(hour).toMatch(/03:00 2024-11-04: 4 — team\/a, team\/b, team\/c, ops\/busy/);
    expect(hour).toContain("03:55 2024-11-04: 1 — ops/busy");
  });

  it("switches every time and the heatmap to the browser's zone", async () => {
    const { page } = loaded;
    await page.getByLabel(/this browser's zone/).check();
    const kolkata = previewSchedules(inputs, { from, timeZone: "Asia/Kolkata" });
    const values = await page.locator("#heat g.cell").evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.value)));
    expect(values).toEqual(kolkata.heatmap.runs.flat());
    // The first pile-ups (every 2 hours from 02:00 UTC on Friday: the three sync jobs and busy) start at 07:30 in Kolkata.
    expect(kolkata.pileUps[0]!.local).toBe("2024-11-01T07:30:00+05:30");
    const when = page.locator("#pile-table tbody tr").first().locator("td").nth(2);
    expect(await when.textContent()).toMatch(
      /^01:30 on 7 days \(Sat 2024-11-02 … Fri 2024-11-08\);.* 07:30 on 7 days \(Fri 2024-11-01 … Thu 2024-11-07\)/,
    );
    // ICU may name the zone by its older alias.
    expect(await page.locator(".viewer-zone").first().textContent()).toMatch(/^Asia\/(Kolkata|Calcutta)$/);
    await page.getByLabel(/\(--tz\)/).check();
    expect(await when.textContent()).toMatch(
      /^00:00 on 6 days \(Sat 2024-11-02 … Thu 2024-11-07\); 02:00 on 7 days \(Fri 2024-11-01 … Thu 2024-11-07\)/,
    );
  });

  it("shows hostile names and annotations as text, running none of them", async () => {
    const { page } = loaded;
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator("#tl .tl-label").allTextContents()).toContain(HOSTILE);
    expect(await page.locator(".annotations li").first().textContent()).toBe(`note: ${HOSTILE}`);
    expect(loaded.requests).toEqual([loaded.url]); // the <img src=x> never became an element
  });

  it("prints without the controls", async () => {
    const { page } = loaded;
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("fieldset.controls").first().isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
  });

  it("saves a screenshot", async () => {
    const file = join(dir, "page.png");
    await loaded.page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(10_000);
  });

  it.skipIf(!existsSync(CLI))("the built CLI's page for the examples (its script minified) works the same", async () => {
    const json = JSON.parse(
      execFileSync(process.execPath, [CLI, "preview", "examples", "--from", "2024-11-01", "--format", "json"], {
        cwd: ROOT,
        encoding: "utf8",
      }),
    );
    const html = execFileSync(process.execPath, [CLI, "preview", "examples", "--from", "2024-11-01", "--format", "html"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const examples = await load(html, "examples.html");
    expect(examples.requests).toEqual([examples.url]);
    expect(examples.errors).toEqual([]);
    expect(await examples.page.locator("#tl .tl-row").count()).toBe(json.cronJobs.length);
    expect(await examples.page.locator("#tl rect.mark").count()).toBe(
      json.cronJobs.reduce((n: number, j: { runs: unknown[] }) => n + j.runs.length, 0),
    );
    await examples.page.locator("#tl rect.mark").first().focus();
    expect(await examples.page.locator("#tl-details").textContent()).toContain(
      json.cronJobs.find((j: { runs: unknown[] }) => j.runs.length > 0).schedule,
    );
  });
});
