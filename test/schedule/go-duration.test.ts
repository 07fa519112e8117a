// Go time.ParseDuration (robfig @every) and robfig Every(): < 1s → 1s, sub-second part dropped.
import { describe, expect, it } from "vitest";
import { everyDelaySeconds, formatGoDuration, parseGoDuration } from "../../src/schedule/go-duration.js";

describe("parseGoDuration", () => {
  it.each([
    ["0", 0n],
    ["+0", 0n],
    ["-0", 0n],
    ["0s", 0n],
    ["1ns", 1n],
    ["1us", 1_000n],
    ["1\u00b5s", 1_000n],
    ["1\u03bcs", 1_000n],
    ["1ms", 1_000_000n],
    ["90s", 90_000_000_000n],
    ["1h30m", 5_400_000_000_000n],
    ["1.5h", 5_400_000_000_000n],
    [".5s", 500_000_000n],
    ["1.s", 1_000_000_000n],
    ["-5s", -5_000_000_000n],
    ["1h1h", 7_200_000_000_000n],
    ["2562047h", 9_223_369_200_000_000_000n],
    ["9223372036854775807ns", 9_223_372_036_854_775_807n],
    ["-9223372036854775808ns", -9_223_372_036_854_775_808n],
    ["0.000000001s", 1n],
  ])("%j = %s ns", (text, nanos) => {
    expect(parseGoDuration(text)).toEqual({ ok: true, nanos });
  });

  it.each([
    ["", 'time: invalid duration ""'],
    ["1", 'time: missing unit in duration "1"'],
    ["1d", 'time: unknown unit "d" in duration "1d"'],
    ["1h ", 'time: unknown unit "h " in duration "1h "'],
    [" 1h", 'time: invalid duration " 1h"'],
    [".s", 'time: invalid duration ".s"'],
    ["-", 'time: invalid duration "-"'],
    ["9223372036854775808ns", 'time: invalid duration "9223372036854775808ns"'],
    ["2562048h", 'time: invalid duration "2562048h"'],
  ])("%j is rejected: %s", (text, message) => {
    expect(parseGoDuration(text)).toEqual({ ok: false, message });
  });
});

describe("every delay", () => {
  it.each([
    [0n, 1],
    [-5_000_000_000n, 1],
    [999_999_999n, 1],
    [1_000_000_000n, 1],
    [1_999_999_999n, 1],
    [90_000_000_000n, 90],
  ])("%s ns → %s s", (nanos, seconds) => {
    expect(everyDelaySeconds(nanos)).toBe(seconds);
  });

  it.each([
    [90, "1m30s"],
    [5400, "1h30m0s"],
    [1, "1s"],
  ])("%s s prints as Go does: %s", (seconds, text) => {
    expect(formatGoDuration(seconds)).toBe(text);
  });
});
