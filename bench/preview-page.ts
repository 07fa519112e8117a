/**
 * `kubejobs preview`'s page (PREVIEW.md §2): its size and its render time in Chromium for 200
 * CronJobs over 7 days, and the size for the bundled examples. The 200 are seeded, from the
 * bench's schedule and zone mix, so runs compare. Render time: from navigation start to the first
 * frame after the page's script has drawn everything (two requestAnimationFrames), median of 7
 * fresh pages in one Chromium (Debian's, /usr/bin/chromium; skipped without it).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { createRandom } from "./random.js";
import { SCHEDULES, TIME_ZONES } from "./schedules.js";
import { summarize, type Timing } from "./stats.js";

const CHROMIUM = "/usr/bin/chromium";
const FROM = "2025-03-24T00:00:00Z";

export interface PreviewPageResults {
  cronJobs: number;
  runs: number;
  pageBytes: number;
  pageGzipBytes: number;
  examplesPageBytes: number;
  /** `kubejobs preview … -o page.html`, whole process. */
  cli: Timing;
  /** Undefined without Chromium. */
  render?: Timing;
  /** The same for a page of one paragraph, same run: what Chromium costs whatever the page. */
  renderFloor?: Timing;
}

export async function measurePreviewPage(root: string, cli: string): Promise<PreviewPageResults> {
  const dir = mkdtempSync(join(tmpdir(), "kubejobs-bench-preview-"));
  try {
    const input = join(dir, "cronjobs.yaml");
    writeFileSync(
      input,
      cronJobs(200)
        .map((m) => JSON.stringify(m))
        .join("\n---\n") + "\n",
    );
    const page = join(dir, "page.html");
    const cliSamples: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      execFileSync(process.execPath, [cli, "preview", input, "--from", FROM, "-o", page], { cwd: root, stdio: "ignore" });
      cliSamples.push(performance.now() - started);
    }
    const html = readFileSync(page);
    const data = JSON.parse(
      execFileSync(process.execPath, [cli, "preview", input, "--from", FROM, "--format", "json"], {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 256 << 20,
        stdio: ["ignore", "pipe", "ignore"],
      }),
    );
    const examples = execFileSync(process.execPath, [cli, "preview", "examples", "--from", FROM, "--format", "html"], { cwd: root });
    return {
      cronJobs: data.cronJobs.length,
      runs: data.cronJobs.reduce((n: number, j: { runs: unknown[] }) => n + j.runs.length, 0),
      pageBytes: html.length,
      pageGzipBytes: gzipSync(html).length,
      examplesPageBytes: examples.length,
      cli: summarize(cliSamples),
      ...(existsSync(CHROMIUM) ? await renderTimes(page, join(dir, "floor.html"), 7) : {}),
    };
  } finally {
    if (process.env.KEEP_PREVIEW_PAGE === undefined) rmSync(dir, { recursive: true, force: true });
    else console.error(`kept ${dir}`);
  }
}

async function renderTimes(file: string, floorFile: string, rounds: number): Promise<{ render: Timing; renderFloor: Timing }> {
  writeFileSync(
    floorFile,
    '<!doctype html><html><body><p>floor</p><script>document.documentElement.dataset.ready = "true";</script></body></html>\n',
  );
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const samples: number[] = [];
    const floor: number[] = [];
    // Interleaved, the first of each a warm-up: the same disturbances for both.
    for (let i = 0; i <= rounds * 2 + 1; i++) {
      const page = await context.newPage();
      await page.goto(pathToFileURL(i % 2 === 0 ? file : floorFile).href);
      await page.waitForSelector("html[data-ready=true]");
      const ms = await page.evaluate(
        () => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())))),
      );
      if (i > 1) (i % 2 === 0 ? samples : floor).push(ms);
      await page.close();
    }
    return { render: summarize(samples), renderFloor: summarize(floor) };
  } finally {
    await browser.close();
  }
}

/** 200 CronJob manifests, as a team's YAML would hold them: seeded schedules, zones, policies, deadlines, requests. */
function cronJobs(count: number): Record<string, unknown>[] {
  const random = createRandom(0x5eed_0200);
  const namespaces = ["billing", "search", "reports", "data", "ops", "ml"];
  return Array.from({ length: count }, (_, i) => {
    const timeZone = random.pick(TIME_ZONES);
    return {
      apiVersion: "batch/v1",
      kind: "CronJob",
      metadata: { name: `job-${String(i).padStart(3, "0")}`, namespace: random.pick(namespaces) },
      spec: {
        schedule: random.pick(SCHEDULES),
        ...(timeZone === undefined ? {} : { timeZone }),
        concurrencyPolicy: random.pick(["Allow", "Forbid", "Replace"]),
        ...(random.chance(0.05) ? { suspend: true } : {}),
        jobTemplate: {
          spec: {
            ...(random.chance(0.7) ? { activeDeadlineSeconds: random.pick([300, 900, 3600, 7200, 21600]) } : {}),
            template: {
              spec: {
                restartPolicy: "Never",
                containers: [
                  {
                    name: "main",
                    image: "registry.example/jobs:1.0",
                    resources: {
                      requests: {
                        cpu: random.pick(["100m", "250m", "500m", "1", "2"]),
                        memory: random.pick(["128Mi", "512Mi", "1Gi", "4Gi"]),
                      },
                    },
                  },
                ],
              },
            },
          },
        },
      },
    };
  });
}

export function formatPreviewPage(r: PreviewPageResults): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const ms = (t: Timing) => `${t.medianMs.toFixed(0)} ms (min ${t.minMs.toFixed(0)}, n=${t.runs})`;
  return [
    `preview page, ${r.cronJobs} CronJobs over 7 days (${r.runs} runs): ${kb(r.pageBytes)} (${kb(r.pageGzipBytes)} gzipped); kubejobs preview -o page.html ${ms(r.cli)}`,
    `  rendered in Chromium (navigation start to the first frame drawn): ${r.render === undefined ? `not measured: no ${CHROMIUM}` : `${ms(r.render)}; a one-paragraph page, same run: ${ms(r.renderFloor!)}`}`,
    `  the bundled examples' page: ${kb(r.examplesPageBytes)}`,
  ].join("\n");
}
