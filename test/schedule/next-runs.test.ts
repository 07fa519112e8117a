// Next run times as the CronJob controller computes them: repeated robfig/cron v3 Next (spec.go) in
// the CronJob's zone. Expected values are worked out by hand from robfig's walk (month → day → hour
// → minute → second, hours/minutes stepped in absolute time, days by AddDate), K8S-CRON.md, and the
// tz facts printed by `zdump -v` (e.g. New York 2024: 07:00Z Mar 10 EST→EDT, 06:00Z Nov 3 EDT→EST).
import { describe, expect, it } from "vitest";
import { nextRuns } from "../../src/schedule/index.js";
import { KubejobsError } from "../../src/diagnostic.js";

/** `2024-03-09T07:30:00.000Z` → `2024-03-09T07:30Z`; seconds stay when not zero. */
function short(d: Date): string {
  return d.toISOString().replace(".000Z", "Z").replace(/:00Z$/, "Z");
}

type Case = [schedule: string, timeZone: string | undefined, from: string, expected: string[]];

const utc: Case[] = [
  ["0 3 * * *", undefined, "2024-01-01T00:00:00Z", ["2024-01-01T03:00Z", "2024-01-02T03:00Z", "2024-01-03T03:00Z"]],
  ["0 3 * * *", undefined, "2024-01-01T03:00:00Z", ["2024-01-02T03:00Z"]],
  ["0 3 * * *", undefined, "2024-01-01T02:59:59.999Z", ["2024-01-01T03:00Z"]],
  ["0 3 * * *", undefined, "2024-01-01T03:00:00.001Z", ["2024-01-02T03:00Z"]],
  ["* * * * *", undefined, "2024-01-01T00:00:30Z", ["2024-01-01T00:01Z", "2024-01-01T00:02Z", "2024-01-01T00:03Z"]],
  ["* * * * *", undefined, "2024-01-01T00:00:00Z", ["2024-01-01T00:01Z"]],
  ["* * * * *", undefined, "2024-12-31T23:59:00Z", ["2025-01-01T00:00Z"]],
  ["*/15 * * * *", undefined, "2024-01-01T00:07:00Z", ["2024-01-01T00:15Z", "2024-01-01T00:30Z", "2024-01-01T00:45Z", "2024-01-01T01:00Z"]],
  [
    "5/15 * * * *",
    undefined,
    "2024-01-01T00:00:00Z",
    ["2024-01-01T00:05Z", "2024-01-01T00:20Z", "2024-01-01T00:35Z", "2024-01-01T00:50Z", "2024-01-01T01:05Z"],
  ],
  ["0 */6 * * *", undefined, "2024-01-01T01:00:00Z", ["2024-01-01T06:00Z", "2024-01-01T12:00Z", "2024-01-01T18:00Z", "2024-01-02T00:00Z"]],
  [
    "30 9-17/4 * * *",
    undefined,
    "2024-01-01T00:00:00Z",
    ["2024-01-01T09:30Z", "2024-01-01T13:30Z", "2024-01-01T17:30Z", "2024-01-02T09:30Z"],
  ],
  ["0 0 1 * *", undefined, "2024-01-15T00:00:00Z", ["2024-02-01T00:00Z", "2024-03-01T00:00Z", "2024-04-01T00:00Z"]],
  [
    "0 0 31 * *",
    undefined,
    "2024-01-01T00:00:00Z",
    ["2024-01-31T00:00Z", "2024-03-31T00:00Z", "2024-05-31T00:00Z", "2024-07-31T00:00Z", "2024-08-31T00:00Z"],
  ],
  ["0 0 30 * *", undefined, "2024-02-01T00:00:00Z", ["2024-03-30T00:00Z", "2024-04-30T00:00Z"]],
  ["0 0 29 2 *", undefined, "2024-03-01T00:00:00Z", ["2028-02-29T00:00Z", "2032-02-29T00:00Z"]],
  ["0 0 29 2 *", undefined, "2023-01-01T00:00:00Z", ["2024-02-29T00:00Z"]],
  ["0 0 29 2 *", undefined, "2096-03-01T00:00:00Z", []], // 2100 is not leap; 2104 is past the 5-year limit
  ["0 0 29 2 *", undefined, "2095-03-01T00:00:00Z", ["2096-02-29T00:00Z"]],
  ["0 0 29 2 *", undefined, "2097-01-01T00:00:00Z", []], // 2097-2102 has no leap day
  ["0 0 29 2 *", undefined, "2099-03-01T00:00:00Z", ["2104-02-29T00:00Z"]], // 2104 = 2099 + 5: still searched
  [
    "0 0 29 2 MON",
    undefined,
    "2025-01-01T00:00:00Z",
    ["2025-02-03T00:00Z", "2025-02-10T00:00Z", "2025-02-17T00:00Z", "2025-02-24T00:00Z", "2026-02-02T00:00Z"],
  ],
  ["0 0 31 12 *", undefined, "2024-12-31T00:00:00Z", ["2025-12-31T00:00Z"]],
  ["0 0 30 2 *", undefined, "2024-01-01T00:00:00Z", []],
  ["0 0 31 4 *", undefined, "2024-01-01T00:00:00Z", []],
  ["0 0 , * *", undefined, "2024-01-01T00:00:00Z", []],
  ["59 23 31 12 *", undefined, "2024-01-01T00:00:00Z", ["2024-12-31T23:59Z", "2025-12-31T23:59Z"]],
  ["0 0 1 1 *", undefined, "2024-12-31T23:59:59.500Z", ["2025-01-01T00:00Z"]],
  ["0 12 * * *", undefined, "2024-02-28T13:00:00Z", ["2024-02-29T12:00Z", "2024-03-01T12:00Z"]],
  ["0 12 * * *", undefined, "2023-02-28T13:00:00Z", ["2023-03-01T12:00Z"]],
  // descriptors
  ["@yearly", undefined, "2024-06-01T00:00:00Z", ["2025-01-01T00:00Z", "2026-01-01T00:00Z"]],
  ["@annually", undefined, "2024-06-01T00:00:00Z", ["2025-01-01T00:00Z", "2026-01-01T00:00Z"]],
  ["@monthly", undefined, "2024-01-31T12:00:00Z", ["2024-02-01T00:00Z", "2024-03-01T00:00Z"]],
  ["@weekly", undefined, "2024-01-01T00:00:00Z", ["2024-01-07T00:00Z", "2024-01-14T00:00Z"]], // 2024-01-07 is a Sunday
  ["@daily", undefined, "2024-02-28T12:00:00Z", ["2024-02-29T00:00Z", "2024-03-01T00:00Z"]],
  ["@midnight", undefined, "2024-02-28T12:00:00Z", ["2024-02-29T00:00Z", "2024-03-01T00:00Z"]],
  ["@hourly", undefined, "2024-01-01T00:30:00Z", ["2024-01-01T01:00Z", "2024-01-01T02:00Z"]],
  // day-of-month / day-of-week: OR when both restricted, AND when either has the star bit
  [
    "0 0 13 * 5",
    undefined,
    "2024-09-01T00:00:00Z",
    [
      "2024-09-06T00:00Z",
      "2024-09-13T00:00Z",
      "2024-09-20T00:00Z",
      "2024-09-27T00:00Z",
      "2024-10-04T00:00Z",
      "2024-10-11T00:00Z",
      "2024-10-13T00:00Z",
    ],
  ],
  [
    "0 0 1-7 * MON",
    undefined,
    "2024-01-01T00:00:00Z",
    [
      "2024-01-02T00:00Z",
      "2024-01-03T00:00Z",
      "2024-01-04T00:00Z",
      "2024-01-05T00:00Z",
      "2024-01-06T00:00Z",
      "2024-01-07T00:00Z",
      "2024-01-08T00:00Z",
      "2024-01-15T00:00Z",
    ],
  ],
  ["0 0 */1 * MON", undefined, "2024-01-01T00:00:00Z", ["2024-01-08T00:00Z", "2024-01-15T00:00Z", "2024-01-22T00:00Z"]],
  ["0 0 * * MON", undefined, "2024-01-01T00:00:00Z", ["2024-01-08T00:00Z", "2024-01-15T00:00Z"]],
  ["0 0 ? * MON", undefined, "2024-01-01T00:00:00Z", ["2024-01-08T00:00Z", "2024-01-15T00:00Z"]],
  ["0 0 1 * ?", undefined, "2024-01-01T00:00:00Z", ["2024-02-01T00:00Z", "2024-03-01T00:00Z"]],
  ["0 0 1/1 * MON", undefined, "2024-01-01T00:00:00Z", ["2024-01-02T00:00Z", "2024-01-03T00:00Z"]],
  ["0 0 1-31 * MON", undefined, "2024-01-01T00:00:00Z", ["2024-01-02T00:00Z", "2024-01-03T00:00Z"]],
  [
    "0 0 */2 * MON",
    undefined,
    "2024-01-01T00:00:00Z",
    ["2024-01-03T00:00Z", "2024-01-05T00:00Z", "2024-01-07T00:00Z", "2024-01-08T00:00Z", "2024-01-09T00:00Z", "2024-01-11T00:00Z"],
  ],
  ["0 0 13 * */1", undefined, "2024-01-01T00:00:00Z", ["2024-01-13T00:00Z", "2024-02-13T00:00Z"]],
  [
    "0 0 13 * */2",
    undefined,
    "2024-01-01T00:00:00Z",
    [
      "2024-01-02T00:00Z",
      "2024-01-04T00:00Z",
      "2024-01-06T00:00Z",
      "2024-01-07T00:00Z",
      "2024-01-09T00:00Z",
      "2024-01-11T00:00Z",
      "2024-01-13T00:00Z",
      "2024-01-14T00:00Z",
    ],
  ],
  ["0 0 * * 1/2", undefined, "2024-01-01T00:00:00Z", ["2024-01-03T00:00Z", "2024-01-05T00:00Z", "2024-01-08T00:00Z"]],
  ["0 0 * * SAT,SUN", undefined, "2024-01-01T00:00:00Z", ["2024-01-06T00:00Z", "2024-01-07T00:00Z", "2024-01-13T00:00Z"]],
  ["0 0 * * 0", undefined, "2024-01-01T00:00:00Z", ["2024-01-07T00:00Z"]],
  [
    "0 0 31 * 1",
    undefined,
    "2024-04-01T00:00:00Z",
    [
      "2024-04-08T00:00Z",
      "2024-04-15T00:00Z",
      "2024-04-22T00:00Z",
      "2024-04-29T00:00Z",
      "2024-05-06T00:00Z",
      "2024-05-13T00:00Z",
      "2024-05-20T00:00Z",
      "2024-05-27T00:00Z",
      "2024-05-31T00:00Z",
    ],
  ],
  // names, robfig-only syntax
  ["0 12 * JAN-MAR MON", undefined, "2024-03-20T00:00:00Z", ["2024-03-25T12:00Z", "2025-01-06T12:00Z"]],
  ["0 0 1 jan,jul *", undefined, "2024-01-01T00:00:00Z", ["2024-07-01T00:00Z", "2025-01-01T00:00Z"]],
  ["+5 * * * *", undefined, "2024-01-01T00:00:00Z", ["2024-01-01T00:05Z", "2024-01-01T01:05Z"]],
  ["0 0 1,,15 * *", undefined, "2024-01-01T00:00:00Z", ["2024-01-15T00:00Z", "2024-02-01T00:00Z"]],
  ["0 0 * * mon,", undefined, "2024-01-01T00:00:00Z", ["2024-01-08T00:00Z"]],
  ["*-5 * * * *", undefined, "2024-01-01T00:00:00Z", ["2024-01-01T00:01Z", "2024-01-01T00:02Z"]],
  ["*/60 * * * *", undefined, "2024-01-01T00:00:00Z", ["2024-01-01T01:00Z", "2024-01-01T02:00Z"]],
  ["0 */25 * * *", undefined, "2024-01-01T00:00:00Z", ["2024-01-02T00:00Z", "2024-01-03T00:00Z"]],
  ["  0  0 * * *  ", undefined, "2024-01-01T00:00:00Z", ["2024-01-02T00:00Z"]],
];

const every: Case[] = [
  ["@every 90s", undefined, "2024-01-01T00:00:00Z", ["2024-01-01T00:01:30Z", "2024-01-01T00:03Z", "2024-01-01T00:04:30Z"]],
  ["@every 90s", undefined, "2024-01-01T00:00:00.700Z", ["2024-01-01T00:01:30Z", "2024-01-01T00:03Z"]],
  ["@every 1h30m", undefined, "2024-01-01T00:10:00Z", ["2024-01-01T01:40Z", "2024-01-01T03:10Z"]],
  ["@every 500ms", undefined, "2024-01-01T00:00:00Z", ["2024-01-01T00:00:01Z", "2024-01-01T00:00:02Z"]],
  ["@every 0s", undefined, "2024-01-01T00:00:00Z", ["2024-01-01T00:00:01Z", "2024-01-01T00:00:02Z"]],
  ["@every 0", undefined, "2024-01-01T00:00:00Z", ["2024-01-01T00:00:01Z"]],
  ["@every -5s", undefined, "2024-01-01T00:00:00Z", ["2024-01-01T00:00:01Z"]],
  ["@every 1.5s", undefined, "2024-01-01T00:00:00Z", ["2024-01-01T00:00:01Z", "2024-01-01T00:00:02Z"]],
  ["@every 61s", undefined, "2024-01-01T00:00:59.999Z", ["2024-01-01T00:02Z"]],
  ["@every 2562047h", undefined, "2024-01-01T00:00:00Z", ["2316-04-11T23:00Z"]],
  ["@every 1m", "America/New_York", "2024-03-10T06:59:00Z", ["2024-03-10T07:00Z", "2024-03-10T07:01Z"]],
  ["@every 24h", "America/New_York", "2024-03-09T12:00:00Z", ["2024-03-10T12:00Z", "2024-03-11T12:00Z"]],
  ["@every 24h", "Europe/Berlin", "2024-10-26T12:00:00Z", ["2024-10-27T12:00Z"]],
];

const zones: Case[] = [
  // America/New_York 2024: spring forward 07:00Z Mar 10 (02:00 EST → 03:00 EDT), fall back 06:00Z Nov 3 (02:00 EDT → 01:00 EST)
  ["30 2 * * *", "America/New_York", "2024-03-09T05:00:00Z", ["2024-03-09T07:30Z", "2024-03-11T06:30Z", "2024-03-12T06:30Z"]],
  [
    "30 1 * * *",
    "America/New_York",
    "2024-11-02T04:00:00Z",
    ["2024-11-02T05:30Z", "2024-11-03T05:30Z", "2024-11-03T06:30Z", "2024-11-04T06:30Z"],
  ],
  ["0 * * * *", "America/New_York", "2024-03-10T05:30:00Z", ["2024-03-10T06:00Z", "2024-03-10T07:00Z", "2024-03-10T08:00Z"]],
  ["0 * * * *", "America/New_York", "2024-11-03T04:30:00Z", ["2024-11-03T05:00Z", "2024-11-03T06:00Z", "2024-11-03T07:00Z"]],
  ["0 2 * * *", "America/New_York", "2024-03-09T12:00:00Z", ["2024-03-11T06:00Z", "2024-03-12T06:00Z"]],
  ["0 3 * * *", "America/New_York", "2024-03-09T12:00:00Z", ["2024-03-10T07:00Z", "2024-03-11T07:00Z"]],
  ["0 1 * * *", "America/New_York", "2024-11-02T12:00:00Z", ["2024-11-03T05:00Z", "2024-11-03T06:00Z", "2024-11-04T06:00Z"]],
  ["0 0 * * *", "America/New_York", "2024-03-09T12:00:00Z", ["2024-03-10T05:00Z", "2024-03-11T04:00Z"]],
  ["*/30 1-2 * * *", "America/New_York", "2024-03-10T05:00:00Z", ["2024-03-10T06:00Z", "2024-03-10T06:30Z", "2024-03-11T05:00Z"]],
  [
    "*/30 1-2 * * *",
    "America/New_York",
    "2024-11-03T04:00:00Z",
    ["2024-11-03T05:00Z", "2024-11-03T05:30Z", "2024-11-03T06:00Z", "2024-11-03T06:30Z", "2024-11-03T07:00Z", "2024-11-03T07:30Z"],
  ],
  ["0 9 * * MON-FRI", "America/New_York", "2024-03-08T15:00:00Z", ["2024-03-11T13:00Z", "2024-03-12T13:00Z"]],
  ["30 2 * * *", "US/Eastern", "2024-03-09T05:00:00Z", ["2024-03-09T07:30Z", "2024-03-11T06:30Z"]],
  // Europe/Berlin 2024: 01:00Z Mar 31 (02:00 CET → 03:00 CEST), 01:00Z Oct 27 (03:00 CEST → 02:00 CET)
  ["30 2 * * *", "Europe/Berlin", "2024-03-30T00:00:00Z", ["2024-03-30T01:30Z", "2024-04-01T00:30Z"]],
  [
    "30 2 * * *",
    "Europe/Berlin",
    "2024-10-26T00:00:00Z",
    ["2024-10-26T00:30Z", "2024-10-27T00:30Z", "2024-10-27T01:30Z", "2024-10-28T01:30Z"],
  ],
  ["0 3 * * *", "Europe/Berlin", "2024-03-30T00:00:00Z", ["2024-03-30T02:00Z", "2024-03-31T01:00Z"]],
  ["0 9 * * MON-FRI", "Europe/Berlin", "2024-01-01T00:00:00Z", ["2024-01-01T08:00Z", "2024-01-02T08:00Z"]],
  ["0 9 * * MON-FRI", "Europe/Berlin", "2024-07-01T00:00:00Z", ["2024-07-01T07:00Z"]],
  // Europe/London 2024: 01:00Z Mar 31 (01:00 GMT → 02:00 BST), 01:00Z Oct 27 (02:00 BST → 01:00 GMT)
  ["30 1 * * *", "Europe/London", "2024-03-30T12:00:00Z", ["2024-04-01T00:30Z"]],
  ["30 1 * * *", "Europe/London", "2024-10-26T12:00:00Z", ["2024-10-27T00:30Z", "2024-10-27T01:30Z", "2024-10-28T01:30Z"]],
  // fixed offsets, including half and quarter hours
  ["0 9 * * *", "Asia/Kolkata", "2024-01-01T00:00:00Z", ["2024-01-01T03:30Z", "2024-01-02T03:30Z"]],
  ["*/15 * * * *", "Asia/Kolkata", "2024-01-01T00:07:00Z", ["2024-01-01T00:15Z", "2024-01-01T00:30Z"]],
  ["0 0 * * *", "Asia/Kathmandu", "2024-01-01T00:00:00Z", ["2024-01-01T18:15Z", "2024-01-02T18:15Z"]],
  ["0 0 1 * *", "Asia/Tokyo", "2024-01-15T00:00:00Z", ["2024-01-31T15:00Z", "2024-02-29T15:00Z"]],
  ["0 0 * * *", "Etc/GMT-14", "2024-01-01T00:00:00Z", ["2024-01-01T10:00Z"]],
  ["0 0 * * *", "Etc/GMT+12", "2024-01-01T00:00:00Z", ["2024-01-01T12:00Z"]],
  ["0 0 * * *", "UTC", "2024-01-01T00:00:00Z", ["2024-01-02T00:00Z"]],
  ["0 0 * * *", "Etc/UTC", "2024-01-01T00:00:00Z", ["2024-01-02T00:00Z"]],
  ["0 0 * * *", "America/Sao_Paulo", "2024-11-01T00:00:00Z", ["2024-11-01T03:00Z", "2024-11-02T03:00Z"]], // no DST since 2019
  // Australia/Sydney 2024: 16:00Z Apr 6 (03:00 AEDT → 02:00 AEST), 16:00Z Oct 5 (02:00 AEST → 03:00 AEDT)
  ["30 2 * * *", "Australia/Sydney", "2024-10-04T12:00:00Z", ["2024-10-04T16:30Z", "2024-10-06T15:30Z"]],
  [
    "30 2 * * *",
    "Australia/Sydney",
    "2024-04-05T12:00:00Z",
    ["2024-04-05T15:30Z", "2024-04-06T15:30Z", "2024-04-06T16:30Z", "2024-04-07T16:30Z"],
  ],
  // Australia/Lord_Howe: 30-minute shifts. 15:30Z Oct 5 (02:00 → 02:30), 15:00Z Apr 6 (02:00 → 01:30)
  ["0 2 * * *", "Australia/Lord_Howe", "2024-10-04T15:30:00Z", ["2024-10-06T15:00Z", "2024-10-07T15:00Z"]],
  ["15 2 * * *", "Australia/Lord_Howe", "2024-10-05T00:00:00Z", ["2024-10-06T15:15Z"]],
  ["45 2 * * *", "Australia/Lord_Howe", "2024-10-05T00:00:00Z", ["2024-10-05T15:45Z", "2024-10-06T15:45Z"]],
  ["45 1 * * *", "Australia/Lord_Howe", "2024-04-06T00:00:00Z", ["2024-04-06T14:45Z", "2024-04-06T15:15Z", "2024-04-07T15:15Z"]],
  // Pacific/Chatham: 14:00Z Sep 28 (02:45 → 03:45). The hour is not re-checked after the minute
  // walk crosses the gap, so "50 2" runs at 03:50 that day (robfig spec.go quirk).
  ["0 3 * * *", "Pacific/Chatham", "2024-09-28T00:00:00Z", ["2024-09-29T13:15Z"]],
  ["50 2 * * *", "Pacific/Chatham", "2024-09-28T00:00:00Z", ["2024-09-28T14:05Z", "2024-09-29T13:05Z"]],
  // America/Havana: midnight does not exist on 2024-03-10 (05:00Z, 00:00 → 01:00) and happens twice on 2024-11-03
  ["0 0 * * *", "America/Havana", "2024-03-09T12:00:00Z", ["2024-03-11T04:00Z", "2024-03-12T04:00Z"]],
  ["0 0 * * *", "America/Havana", "2024-11-02T12:00:00Z", ["2024-11-03T04:00Z", "2024-11-03T05:00Z", "2024-11-04T05:00Z"]],
  // robfig's hour loop steps 2024-03-09 23:00 → 03-10 01:00 (midnight missing); it only goes back
  // to the day check when the hour reads 0, so "the 9th at 01:00" also runs on the 10th that year.
  ["0 1 9 * *", "America/Havana", "2024-03-09T06:00:00Z", ["2024-03-10T05:00Z", "2024-04-09T05:00Z"]],
  // America/Santiago: 03:00Z Apr 7 (Sat 24:00 → 23:00), 04:00Z Sep 8 (00:00 → 01:00)
  ["30 23 * * *", "America/Santiago", "2024-04-06T12:00:00Z", ["2024-04-07T02:30Z", "2024-04-07T03:30Z", "2024-04-08T03:30Z"]],
  ["0 0 * * *", "America/Santiago", "2024-09-07T12:00:00Z", ["2024-09-09T03:00Z"]],
  // America/Sao_Paulo 2018 (robfig's own comment names it): midnight missing on Nov 4 (03:00Z, 00:00 → 01:00),
  // 23:00-24:00 twice on Feb 17 (02:00Z Feb 18, 24:00 → 23:00)
  ["0 0 * * *", "America/Sao_Paulo", "2018-11-03T12:00:00Z", ["2018-11-05T02:00Z"]],
  ["0 1 * * *", "America/Sao_Paulo", "2018-11-03T12:00:00Z", ["2018-11-04T03:00Z", "2018-11-05T03:00Z"]],
  ["30 23 * * *", "America/Sao_Paulo", "2018-02-17T12:00:00Z", ["2018-02-18T01:30Z", "2018-02-18T02:30Z", "2018-02-19T02:30Z"]],
  // Berlin: 02:00 is missing on Mar 31 and doubled on Oct 27, 2024
  ["0 2 * * *", "Europe/Berlin", "2024-03-30T00:00:00Z", ["2024-03-30T01:00Z", "2024-04-01T00:00Z"]],
  ["0 2 * * *", "Europe/Berlin", "2024-10-26T12:00:00Z", ["2024-10-27T00:00Z", "2024-10-27T01:00Z", "2024-10-28T01:00Z"]],
  // dom/dow in a zone: the weekday is the zone's
  ["0 0 * * MON", "Pacific/Auckland", "2024-01-01T00:00:00Z", ["2024-01-07T11:00Z"]],
  // 2024-01-01T00:00Z is still Sunday 2023-12-31 16:00 in Los Angeles
  ["0 23 * * SUN", "America/Los_Angeles", "2024-01-01T00:00:00Z", ["2024-01-01T07:00Z", "2024-01-08T07:00Z"]],
];

describe("next runs", () => {
  it.each([...utc, ...every, ...zones])("%j in %s after %s", (schedule, timeZone, from, expected) => {
    const runs = nextRuns(schedule, { timeZone, from: new Date(from), count: expected.length || 3 });
    expect(runs.map(short)).toEqual(expected);
  });
});

describe("nextRuns options and errors", () => {
  it("defaults to 5 runs", () => {
    expect(nextRuns("0 0 * * *", { from: new Date("2024-01-01T00:00:00Z") })).toHaveLength(5);
  });

  it("defaults to now", () => {
    const before = Date.now();
    const [first] = nextRuns("* * * * *");
    expect(first!.getTime()).toBeGreaterThan(before);
    expect(first!.getTime()).toBeLessThanOrEqual(before + 61_000);
  });

  it("count 0 gives no runs", () => {
    expect(nextRuns("* * * * *", { count: 0 })).toEqual([]);
  });

  it.each([
    ["0 0 * * 7", {}, "schedule/out-of-range", ["schedule"]],
    ["TZ=UTC 0 0 * * *", {}, "schedule/has-time-zone", ["schedule"]],
    ["0 0 * * *", { timeZone: "utc" }, "time-zone/unknown", ["timeZone"]],
    ["0 0 * * *", { timeZone: "Local" }, "time-zone/local", ["timeZone"]],
    ["0 0 * * *", { from: new Date(Number.NaN) }, "next/invalid-from", ["from"]],
    ["0 0 * * *", { count: -1 }, "next/invalid-count", ["count"]],
    ["0 0 * * *", { count: 1.5 }, "next/invalid-count", ["count"]],
  ] as const)("%j %j throws KubejobsError %s", (schedule, opts, code, path) => {
    let caught: unknown;
    try {
      nextRuns(schedule, opts as never);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(KubejobsError);
    expect((caught as KubejobsError).diagnostics[0]).toMatchObject({ code, path, severity: "error" });
  });
});

describe("dialect differences found by the cron-parser comparison", () => {
  it('"N/step" in day-of-week stops at 6 (Saturday): "1/2" is Mon, Wed, Fri, never Sunday', () => {
    // robfig parser.go: N/step means N-max/step, and max is 6; cron-parser would add 7 (Sunday).
    const runs = nextRuns("0 0 * * 1/2", { from: new Date("2024-01-05T12:00:00Z"), count: 3 }); // a Friday
    expect(runs.map(short)).toEqual(["2024-01-08T00:00Z", "2024-01-10T00:00Z", "2024-01-12T00:00Z"]);
  });
});

describe("the host's own time zone plays no part", () => {
  it("without timeZone the runs are UTC even when TZ says otherwise", () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = "Asia/Kolkata";
      const runs = nextRuns("0 3 * * *", { from: new Date("2024-01-01T00:00:00Z"), count: 1 });
      expect(runs.map(short)).toEqual(["2024-01-01T03:00Z"]);
      process.env.TZ = "America/New_York";
      expect(nextRuns("30 2 * * *", { from: new Date("2024-03-10T00:00:00Z"), count: 1 }).map(short)).toEqual(["2024-03-10T02:30Z"]);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe("plain JavaScript callers get diagnostics, not TypeErrors", () => {
  it.each([
    [42, {}, "schedule/not-a-string"],
    ["0 0 * * *", { timeZone: 5 }, "time-zone/not-a-string"],
    ["0 0 * * *", { from: "2024-01-01" }, "next/invalid-from"],
  ])("%j %j → %s", (schedule, opts, code) => {
    expect(() => nextRuns(schedule as never, opts as never)).toThrow(KubejobsError);
    try {
      nextRuns(schedule as never, opts as never);
    } catch (e) {
      expect((e as KubejobsError).diagnostics[0]?.code).toBe(code);
    }
  });
});
