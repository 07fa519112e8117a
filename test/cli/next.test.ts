import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { LoadOptions, LoadResult, SourceDocument } from "../../src/load/types.js";

// The loader is another stage's work; here it is replaced by documents the test controls.
const loaded: { result: LoadResult; args: string[][] } = { result: { documents: [], diagnostics: [] }, args: [] };
vi.mock("../../src/load/index.js", () => ({
  loadInputs: async (args: string[], _opts: LoadOptions) => {
    loaded.args.push(args);
    return loaded.result;
  },
}));

const { runNext } = await import("../../src/cli/next.js");

function fakeIO(cwd = process.cwd()) {
  const io = {
    out: "",
    err: "",
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
    readStdin: async () => "",
    env: {},
    cwd,
    stderrIsTTY: false,
  };
  return io;
}

function doc(value: unknown, file = "jobs/report.yaml", kind: SourceDocument["kind"] = "template"): SourceDocument {
  return {
    kind,
    value,
    file,
    pathPrefix: [],
    locate: (path) => (path[0] === "schedule" ? { line: 3, column: 11 } : undefined),
    files: {},
    unreadFiles: {},
  };
}

beforeEach(() => {
  loaded.result = { documents: [], diagnostics: [] };
  loaded.args = [];
});

describe("kubejobs next <schedule>", () => {
  it("prints the description, then each run in the zone (with offset) and in UTC", async () => {
    const io = fakeIO();
    const code = await runNext(["30 2 * * *", "--tz", "America/New_York", "--from", "2024-03-08T00:00:00Z", "-n", "3"], io);
    expect(code).toBe(0);
    expect(io.out).toBe(
      [
        "30 2 * * * in America/New_York",
        "At 02:30",
        "  Fri 2024-03-08 02:30 -05:00   2024-03-08 07:30 UTC",
        "  Sat 2024-03-09 02:30 -05:00   2024-03-09 07:30 UTC",
        "  Mon 2024-03-11 02:30 -04:00   2024-03-11 06:30 UTC",
        "  note: on 2024-03-10 clocks go 02:00 → 03:00: 02:30 does not run (that wall time does not exist)",
        "",
      ].join("\n"),
    );
    expect(io.err).toContain("warning: schedule: in America/New_York, on 2024-03-10");
    expect(io.err).toContain("[schedule/dst]");
  });

  it("marks the second run of a repeated wall time", async () => {
    const io = fakeIO();
    await runNext(["30 1 * * *", "--tz", "America/New_York", "--from", "2024-11-02T12:00:00Z", "-n", "3"], io);
    expect(io.out).toContain("  Sun 2024-11-03 01:30 -04:00   2024-11-03 05:30 UTC\n");
    expect(io.out).toContain("  Sun 2024-11-03 01:30 -05:00   2024-11-03 06:30 UTC   (again: clocks fell back)\n");
  });

  it("reads --from without an offset as a wall time in the zone", async () => {
    const io = fakeIO();
    await runNext(["0 9 * * *", "--tz", "Europe/Berlin", "--from", "2024-07-01T09:00", "-n", "1"], io);
    expect(io.out).toContain("Tue 2024-07-02 09:00 +02:00   2024-07-02 07:00 UTC");
  });

  it("defaults to UTC and says so; no timeZone warning for a bare schedule", async () => {
    const io = fakeIO();
    expect(await runNext(["@daily", "--from", "2024-01-01", "-n", "1"], io)).toBe(0);
    expect(io.out).toBe(
      "@daily in UTC (no timeZone: the controller's zone, usually UTC)\nAt 00:00\n  Tue 2024-01-02 00:00 +00:00   2024-01-02 00:00 UTC\n",
    );
    expect(io.err).toBe("");
  });

  it("shows seconds for @every", async () => {
    const io = fakeIO();
    await runNext(["@every 90s", "--from", "2024-01-01T00:00:00Z", "-n", "2"], io);
    expect(io.out).toContain("  Mon 2024-01-01 00:01:30 +00:00   2024-01-01 00:01:30 UTC\n");
  });

  it("prints JSON for scripts", async () => {
    const io = fakeIO();
    expect(await runNext(["30 1 * * *", "--tz", "America/New_York", "--from", "2024-11-02T12:00:00Z", "-n", "2", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual({
      schedules: [
        {
          schedule: "30 1 * * *",
          timeZone: "America/New_York",
          description: "At 01:30",
          runs: [
            { time: "2024-11-03T01:30:00-04:00", utc: "2024-11-03T05:30:00Z" },
            { time: "2024-11-03T01:30:00-05:00", utc: "2024-11-03T06:30:00Z", repeated: true },
          ],
          dstChanges: [
            { kind: "repeated", at: "2024-11-03T06:00:00.000Z", date: "2024-11-03", clockChange: "02:00 → 01:00", wallTimes: ["01:30"] },
          ],
        },
      ],
    });
  });

  it("says when a valid schedule never runs (exit 0, warning)", async () => {
    const io = fakeIO();
    expect(await runNext(["0 0 30 2 *", "--json", "--from", "2024-01-01"], io)).toBe(0);
    expect(JSON.parse(io.out).schedules[0]).toMatchObject({ runs: [], neverRuns: expect.stringContaining("February 30") });
    expect(io.err).toContain("[schedule/never-runs]");
  });

  it.each([
    [["0 0 * * 7"], "[schedule/out-of-range]"],
    [["0 0 0 * * *"], "no seconds field"],
    [["TZ=UTC 0 0 * * *"], "[schedule/has-time-zone]"],
    [["0 0 * * *", "--tz", "utc"], "--tz utc: unknown time zone utc"],
    [["0 0 * * *", "--tz", "Local"], "[time-zone/local]"],
  ])("%j: invalid input, exit 1, nothing on stdout", async (argv, text) => {
    const io = fakeIO();
    expect(await runNext(argv, io)).toBe(1);
    expect(io.out).toBe("");
    expect(io.err).toContain(text);
  });

  it.each([
    [[], "name a schedule"],
    [["0", "3", "*", "*", "*"], "quote the schedule"],
    [["0 3 * * *", "-n", "0"], "-n 0"],
    [["0 3 * * *", "-n", "x"], "-n x"],
    [["0 3 * * *", "--from", "yesterday"], "--from yesterday"],
    [["0 3 * * *", "--from", "2024-13-01"], "--from 2024-13-01"],
    [["0 3 * * *", "--bogus"], "--bogus"],
  ])("%j: usage error, exit 2", async (argv, text) => {
    const io = fakeIO();
    expect(await runNext(argv, io)).toBe(2);
    expect(io.out).toBe("");
    expect(io.err).toContain(text);
  });

  it("--help prints usage with an example", async () => {
    const io = fakeIO();
    expect(await runNext(["--help"], io)).toBe(0);
    expect(io.out).toContain("Usage: kubejobs next <schedule|file>");
    expect(io.out).toContain('kubejobs next "30 2 * * *"');
  });
});

describe("kubejobs next <file>", () => {
  it("previews every ScheduledJob template and CronJob manifest, skipping Jobs", async () => {
    loaded.result = {
      documents: [
        doc({ kind: "ScheduledJob", name: "nightly-report", schedule: "0 3 * * *", timeZone: "Europe/Berlin" }),
        doc({ kind: "Job", name: "migrate" }),
        doc(
          { apiVersion: "batch/v1", kind: "CronJob", metadata: { name: "cleanup" }, spec: { schedule: "@hourly", timeZone: "UTC" } },
          "k8s/cleanup.yaml",
          "manifest",
        ),
      ],
      diagnostics: [],
    };
    const io = fakeIO();
    expect(await runNext(["jobs/report.yaml", "--from", "2024-01-01T00:00:00Z", "-n", "1"], io)).toBe(0);
    expect(loaded.args).toEqual([["jobs/report.yaml"]]);
    expect(io.out).toBe(
      [
        "nightly-report (jobs/report.yaml): 0 3 * * * in Europe/Berlin",
        "At 03:00",
        "  Mon 2024-01-01 03:00 +01:00   2024-01-01 02:00 UTC",
        "",
        "cleanup (k8s/cleanup.yaml): @hourly in UTC",
        "Every hour",
        "  Mon 2024-01-01 01:00 +00:00   2024-01-01 01:00 UTC",
        "",
      ].join("\n"),
    );
  });

  it("uses --tz for templates without timeZone, and warns that the template has none", async () => {
    loaded.result = { documents: [doc({ kind: "ScheduledJob", name: "r", schedule: "0 3 * * *" })], diagnostics: [] };
    const io = fakeIO();
    expect(await runNext(["jobs/report.yaml", "--tz", "Asia/Tokyo", "--from", "2024-01-01T00:00:00Z", "-n", "1", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out).schedules[0]).toMatchObject({
      file: "jobs/report.yaml",
      name: "r",
      timeZone: "Asia/Tokyo",
      runs: [{ utc: "2024-01-01T18:00:00Z" }],
    });
    expect(io.err).toContain("[schedule/no-time-zone]");
  });

  it("places schedule errors in the file, and prints no runs at all", async () => {
    loaded.result = {
      documents: [
        doc({ kind: "ScheduledJob", name: "ok", schedule: "0 3 * * *", timeZone: "UTC" }),
        doc({ kind: "ScheduledJob", name: "bad", schedule: "0 0 L * *", timeZone: "UTC" }),
      ],
      diagnostics: [],
    };
    const io = fakeIO();
    expect(await runNext(["jobs/report.yaml"], io)).toBe(1);
    expect(io.out).toBe("");
    expect(io.err).toContain("jobs/report.yaml:3:11: error: schedule: failed to parse int from L");
  });

  it("a file without schedules is an error", async () => {
    loaded.result = { documents: [doc({ kind: "Job", name: "migrate" })], diagnostics: [] };
    const io = fakeIO();
    expect(await runNext(["jobs/migrate.yaml"], io)).toBe(1);
    expect(io.err).toContain("[next/no-scheduled-job]");
  });

  it("passes loader I/O errors through with exit 2", async () => {
    loaded.result = {
      documents: [],
      diagnostics: [{ code: "io/not-found", severity: "error", path: [], message: "no such file", file: "nope.yaml" }],
    };
    const io = fakeIO();
    expect(await runNext(["nope.yaml"], io)).toBe(2);
    expect(io.out).toBe("");
    expect(io.err).toContain("no such file");
  });

  it("treats an existing path without a known extension as a file, and - as stdin", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kubejobs-next-"));
    writeFileSync(join(dir, "jobs"), "");
    loaded.result = { documents: [doc({ kind: "ScheduledJob", name: "x", schedule: "@daily", timeZone: "UTC" })], diagnostics: [] };
    expect(await runNext(["jobs", "-n", "1"], fakeIO(dir))).toBe(0);
    expect(await runNext(["-", "-n", "1"], fakeIO(dir))).toBe(0);
    expect(loaded.args).toEqual([["jobs"], ["-"]]);
  });
});

describe("kubejobs next <file>: more", () => {
  it("reports a template's bad timeZone with the other problems, even with --from", async () => {
    loaded.result = { documents: [doc({ kind: "ScheduledJob", name: "r", schedule: "0 0 * * 7", timeZone: "utc" })], diagnostics: [] };
    const io = fakeIO();
    expect(await runNext(["jobs/report.yaml", "--from", "2024-01-01T00:00"], io)).toBe(1);
    expect(io.err).toContain("[schedule/out-of-range]");
    expect(io.err).toContain("[time-zone/unknown]");
    expect(io.out).toBe("");
  });
});
