// Descriptions must read robfig's semantics: dom/dow OR, the star bit of */1, @every.
import { describe, expect, it } from "vitest";
import { describeSchedule } from "../../src/schedule/index.js";
import { KubejobsError } from "../../src/diagnostic.js";

describe("describeSchedule", () => {
  it.each([
    ["0 3 * * *", "At 03:00"],
    ["*/5 * * * *", "Every 5 minutes"],
    ["0 0 13 * 5", "At 00:00, on day 13 of the month or on Friday"],
    ["0 0 1-7 * MON", "At 00:00, between day 1 and 7 of the month or on Monday"],
    ["0 0 */1 * MON", "At 00:00, only on Monday"],
    ["0 0 1-31 * MON", "At 00:00"],
    ["0 0 ? * MON", "At 00:00, only on Monday"],
    ["@weekly", "At 00:00, only on Sunday"],
    ["@daily", "At 00:00"],
    ["@midnight", "At 00:00"],
    ["@hourly", "Every hour"],
    ["@monthly", "At 00:00, on day 1 of the month"],
    ["@yearly", "At 00:00, on day 1 of the month, only in January"],
    ["*-5 * * * *", "Every minute"],
    ["0 0 1,,15 * *", "At 00:00, on day 1 and 15 of the month"],
    ["+5 * * * *", "At 5 minutes past the hour"],
    ["0 12 * JAN,jun *", "At 12:00, only in January and June"],
    ["0 0 * * 1/2", "At 00:00, only on Monday, Wednesday, and Friday"], // robfig: 1-6/2, no Sunday
    ["0 0 * * 0-6", "At 00:00"],
    // a step past the end of its range leaves a single value
    ["*/60 * * * *", "Every hour"],
    ["0/100 0 * * *", "At 00:00"],
    ["0 */25 * * *", "At 00:00"],
    ["0 0 1 2/20 *", "At 00:00, on day 1 of the month, only in February"],
    ["5/60 * * * *", "At 5 minutes past the hour"],
    ["0 0 13 * 1/2", "At 00:00, on day 13 of the month or on Monday, Wednesday, and Friday"],
  ])("%j → %j", (schedule, text) => {
    expect(describeSchedule(schedule)).toBe(text);
  });

  it("keeps the month when both day fields restrict", () => {
    expect(describeSchedule("0 0 13 6 5")).toBe("At 00:00, on day 13 of the month or on Friday, only in June");
  });

  it("describes @every as a delay from the previous run", () => {
    expect(describeSchedule("@every 90s")).toMatch(/^Every 1m30s, counted from/);
    expect(describeSchedule("@every 500ms")).toMatch(/^Every 1s,/);
  });

  it("says when a valid schedule never runs", () => {
    expect(describeSchedule("0 0 30 2 *")).toMatch(/^Never runs/);
    expect(describeSchedule("0 0 , * *")).toMatch(/^Never runs/);
  });

  it("throws KubejobsError for what Kubernetes rejects", () => {
    expect(() => describeSchedule("0 0 L * *")).toThrow(KubejobsError);
  });
});
