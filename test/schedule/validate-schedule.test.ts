// What the API server accepts and rejects for spec.schedule (validation.go validateScheduleFormat =
// robfig/cron v3 ParseStandard + the "TZ" substring rule). Expectations come from robfig's parser.go
// rules and docs/K8S-CRON.md, not from running this code.
import { describe, expect, it } from "vitest";
import { validateSchedule } from "../../src/schedule/index.js";

const valid: string[] = [
  "* * * * *",
  "0 3 * * *",
  "*/5 * * * *",
  "0 0 1 1 *",
  "0 0 * * 0",
  "0 0 * * 6",
  "59 23 31 12 6",
  "0-59 0-23 1-31 1-12 0-6",
  // names, any case, in ranges and lists (spec.go bounds, strings.ToLower lookup)
  "0 0 * * SUN",
  "0 0 * * sun",
  "0 0 * * Sun",
  "0 0 * JAN *",
  "0 0 * jan-mar *",
  "0 0 * Dec-Dec *",
  "0 0 * * MON-FRI",
  "0 0 * * fri-sat",
  "0 0 * * SAT,SUN",
  "0 12 * JAN-MAR MON",
  // ? is * in any field (getRange)
  "? ? ? ? ?",
  "0 0 ? * MON",
  "0 0 1 * ?",
  "?/15 * * * *",
  // strconv.Atoi numbers
  "+5 * * * *",
  "05 * * * *",
  "00 00 01 01 *",
  "*/+2 * * * *",
  // empty list items are dropped (strings.FieldsFunc on ',')
  "0 0 1,,15 * *",
  "0 0 * * mon,",
  ",0 * * * *",
  "0 0 , * *",
  "0 0 * * ?,MON",
  // * or ? before '-' is the whole range; the rest of the range part is ignored
  "*-5 * * * *",
  "?-x * * * *",
  // steps
  "*/1 * * * *",
  "1/1 * * * *",
  "5/15 * * * *",
  "*/60 * * * *",
  "*/100 * * * *",
  "0 */25 * * *",
  "0 0 1-31/2 * *",
  "0 12 * * 1/2",
  "0 0 * 2/3 *",
  "1-1 * * * *",
  "0 0 * * 6-6",
  // valid but never firing
  "0 0 30 2 *",
  "0 0 31 4 *",
  "0 0 31 2,4,6,9,11 *",
  // whitespace: strings.Fields
  "0\t0\t*\t*\t*",
  "  0 0 * * *  ",
  "0  0 * * *",
  "0 0 * * *\n",
  // descriptors (parseDescriptor)
  "@yearly",
  "@annually",
  "@monthly",
  "@weekly",
  "@daily",
  "@midnight",
  "@hourly",
  "@every 1h",
  "@every 90s",
  "@every 1h30m",
  "@every 0",
  "@every 0s",
  "@every 500ms",
  "@every -5s",
  "@every +1m",
  "@every 1.5h",
  "@every .5s",
  "@every 1.s",
  "@every 1us",
  "@every 1\u00b5s",
  "@every 1\u03bcs",
  "@every 1ns",
  "@every 2562047h",
  "@every 1h0m0.5s",
];

describe("schedules Kubernetes accepts", () => {
  it.each(valid)("%j is valid", (schedule) => {
    expect(validateSchedule(schedule)).toEqual([]);
  });
});

const invalid: [string, string[]][] = [
  ["", ["schedule/required"]],
  ["   ", ["schedule/field-count"]],
  // field count: ParseStandard has no seconds and no year
  ["0 0 0 * * *", ["schedule/seconds-field"]],
  ["*/5 * * * * *", ["schedule/seconds-field"]],
  ["0 0 1 1 * 2026", ["schedule/field-count"]],
  ["0 0 0 1 1 * 2026", ["schedule/field-count"]],
  ["0 * * *", ["schedule/field-count"]],
  ["*", ["schedule/field-count"]],
  ["0 0 * * * * * *", ["schedule/field-count"]],
  [" @daily", ["schedule/field-count"]],
  ["tz=UTC 0 * * * *", ["schedule/seconds-field"]],
  // Quartz/cron-parser extensions
  ["0 0 L * *", ["schedule/unsupported-syntax"]],
  ["0 0 * * 5L", ["schedule/unsupported-syntax"]],
  ["0 0 * * 5#3", ["schedule/unsupported-syntax"]],
  ["0 0 * * MON#1", ["schedule/unsupported-syntax"]],
  ["0 0 15W * *", ["schedule/unsupported-syntax"]],
  ["0 0 LW * *", ["schedule/unsupported-syntax"]],
  ["H * * * *", ["schedule/unsupported-syntax"]],
  ["H(0-29) * * * *", ["schedule/unsupported-syntax"]],
  // out of range (bounds in spec.go)
  ["0 0 * * 7", ["schedule/out-of-range"]],
  ["0 0 * * 0-7", ["schedule/out-of-range"]],
  ["0 0 * * 1-7", ["schedule/out-of-range"]],
  ["60 * * * *", ["schedule/out-of-range"]],
  ["0 24 * * *", ["schedule/out-of-range"]],
  ["0 0 0 * *", ["schedule/out-of-range"]],
  ["0 0 32 * *", ["schedule/out-of-range"]],
  ["0 0 * 0 *", ["schedule/out-of-range"]],
  ["0 0 * 13 *", ["schedule/out-of-range"]],
  ["5-1 * * * *", ["schedule/out-of-range"]],
  ["0 0 * * FRI-MON", ["schedule/out-of-range"]],
  ["0 0 * DEC-JAN *", ["schedule/out-of-range"]],
  ["0 0 * * 8", ["schedule/out-of-range"]],
  ["99999999999999999999 * * * *", ["schedule/out-of-range"]],
  ["0/100 0 32 * *", ["schedule/out-of-range"]],
  // syntax
  ["*/0 * * * *", ["schedule/invalid"]],
  ["0 0 */0 * *", ["schedule/invalid"]],
  ["0 0 * * 0/0", ["schedule/invalid"]],
  ["1-2-3 * * * *", ["schedule/invalid"]],
  ["*/2/3 * * * *", ["schedule/invalid"]],
  ["-5 * * * *", ["schedule/invalid"]],
  ["5- * * * *", ["schedule/invalid"]],
  ["/5 * * * *", ["schedule/invalid"]],
  ["*/-1 * * * *", ["schedule/invalid"]],
  ["a * * * *", ["schedule/invalid"]],
  ["0 0 * * MONDAY", ["schedule/invalid"]],
  ["0 0 * JANUARY *", ["schedule/invalid"]],
  ["jan * * * *", ["schedule/invalid"]],
  ["0 0 sun * *", ["schedule/invalid"]],
  ["0 0 1 * mon-", ["schedule/invalid"]],
  ["0x10 * * * *", ["schedule/invalid"]],
  ["1_0 * * * *", ["schedule/invalid"]],
  ["1.5 * * * *", ["schedule/invalid"]],
  ["\uff11 * * * *", ["schedule/invalid"]],
  // descriptors
  ["@reboot", ["schedule/unknown-descriptor"]],
  ["@minutely", ["schedule/unknown-descriptor"]],
  ["@DAILY", ["schedule/unknown-descriptor"]],
  ["@daily ", ["schedule/unknown-descriptor"]],
  ["@every", ["schedule/unknown-descriptor"]],
  ["@", ["schedule/unknown-descriptor"]],
  ["@every ", ["schedule/invalid-duration"]],
  ["@every 1d", ["schedule/invalid-duration"]],
  ["@every 1w", ["schedule/invalid-duration"]],
  ["@every 1h 30m", ["schedule/invalid-duration"]],
  ["@every  1h", ["schedule/invalid-duration"]],
  ["@every 1", ["schedule/invalid-duration"]],
  ["@every .", ["schedule/invalid-duration"]],
  ["@every .s", ["schedule/invalid-duration"]],
  ["@every -", ["schedule/invalid-duration"]],
  ["@every 1H", ["schedule/invalid-duration"]],
  ["@every 1e3s", ["schedule/invalid-duration"]],
  ["@every 2562048h", ["schedule/invalid-duration"]],
  ["@every 9999999999999999999ns", ["schedule/invalid-duration"]],
  // TZ anywhere (validation.go strings.Contains(schedule, "TZ"))
  ["TZ=UTC 0 * * * *", ["schedule/has-time-zone"]],
  ["CRON_TZ=Europe/Berlin 0 3 * * *", ["schedule/has-time-zone"]],
  ["TZ=UTC @daily", ["schedule/has-time-zone"]],
  ["TZ=UTC", ["schedule/has-time-zone", "schedule/field-count"]],
  ["0 0 * * * TZ", ["schedule/has-time-zone", "schedule/seconds-field"]],
  ["TZ=UTC 0 0 * * 7", ["schedule/has-time-zone", "schedule/out-of-range"]],
];

describe("schedules Kubernetes rejects", () => {
  it.each(invalid)("%j → %j", (schedule, codes) => {
    const found = validateSchedule(schedule);
    expect(found.map((d) => d.code)).toEqual(codes);
    for (const d of found) {
      expect(d.severity).toBe("error");
      expect(d.path).toEqual([]);
      expect(d.hint, `${d.code} has a hint`).toBeTruthy();
    }
  });
});

describe("messages carry robfig's and Kubernetes' wording", () => {
  it.each([
    ["0 0 * * 7", "end of range (7) above maximum (6): 7"],
    ["0 0 L * *", 'failed to parse int from L: strconv.Atoi: parsing "L": invalid syntax'],
    ["@reboot", "unrecognized descriptor: @reboot"],
    ["0 0 0 * * *", "expected exactly 5 fields, found 6: [0 0 0 * * *]"],
    ["5-1 * * * *", "beginning of range (5) beyond end of range (1): 5-1"],
    ["0 0 0 * *", "beginning of range (0) below minimum (1): 0"],
    ["*/0 * * * *", "step of range should be a positive number: */0"],
    ["1-2-3 * * * *", "too many hyphens: 1-2-3"],
    ["*/2/3 * * * *", "too many slashes: */2/3"],
    ["*/-1 * * * *", "negative number (-1) not allowed: -1"],
    ["TZ=UTC 0 * * * *", "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"],
    ["@every 1d", 'failed to parse duration @every 1d: time: unknown unit "d" in duration "1d"'],
    ["", "Required value"],
  ])("%j", (schedule, message) => {
    expect(validateSchedule(schedule)[0]?.message).toBe(message);
  });

  it("only the first field in error is reported, as robfig stops there", () => {
    expect(validateSchedule("61 25 * * *")).toHaveLength(1);
    expect(validateSchedule("61 25 * * *")[0]?.message).toContain("(61)");
  });

  it("hints name the fix for the common mistakes", () => {
    expect(validateSchedule("0 0 0 * * *")[0]?.hint).toMatch(/no seconds field; remove the first field/);
    expect(validateSchedule("0 0 * * 7")[0]?.hint).toMatch(/SUN/);
    expect(validateSchedule("TZ=Europe/Berlin 0 3 * * *")[0]?.hint).toMatch(/timeZone: Europe\/Berlin/);
    expect(validateSchedule("@DAILY")[0]?.hint).toMatch(/@daily/);
  });
});
