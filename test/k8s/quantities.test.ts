import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareQuantities, hasFractionalUnits, parseQuantity, type Quantity } from "../../src/k8s/quantities.js";

function value(s: string | number): number | undefined {
  return parseQuantity(s)?.value;
}

function q(s: string): Quantity {
  const parsed = parseQuantity(s);
  if (!parsed) throw new Error(`test quantity ${s} does not parse`);
  return parsed;
}

describe("parseQuantity accepts what resource.ParseQuantity accepts", () => {
  it.each([
    ["0", 0],
    ["1", 1],
    ["1.5", 1.5],
    [".5", 0.5],
    ["1.", 1],
    [".", 0],
    ["+", 0],
    ["-", 0],
    ["+1", 1],
    ["-1", -1],
    ["007", 7],
    ["100m", 0.1],
    ["250m", 0.25],
    ["1n", 1e-9],
    ["1u", 1e-6],
    ["1k", 1e3],
    ["1M", 1e6],
    ["1G", 1e9],
    ["1T", 1e12],
    ["1P", 1e15],
    ["1E", 1e18],
    ["1Ki", 1024],
    ["1Mi", 1024 ** 2],
    ["1Gi", 1024 ** 3],
    ["0.5Gi", 512 * 1024 ** 2],
    ["1.5Mi", 1.5 * 1024 ** 2],
    ["1Ti", 1024 ** 4],
    ["1Pi", 1024 ** 5],
    ["1Ei", 1024 ** 6],
    ["1e3", 1000],
    ["1E3", 1000],
    ["1e+3", 1000],
    ["1e-3", 0.001],
    ["1.5e2", 150],
    ["12e0", 12],
    ["0.1n", 1e-9], // rounded up to one nano
    [1, 1],
    [0.5, 0.5],
    [1e21, 1e21],
    [-2, -2],
  ] as [string | number, number][])("%j → %d", (input, expected) => {
    const v = value(input);
    expect(v).toBeDefined();
    expect(v).toBeCloseTo(expected, 12);
  });
});

describe("parseQuantity refuses what resource.ParseQuantity refuses", () => {
  it.each([
    "",
    "250x",
    "1e",
    "1K",
    "1KI",
    "1ki",
    "1mi",
    "1i",
    "1 ",
    " 1",
    "1 Gi",
    "1Gi ",
    "1.5.5",
    "1e3.5",
    "1ee3",
    "1Ki3",
    "1m3",
    "abc",
    "1,5",
    "0x10",
    "1_000",
    "--1",
    "1e++3",
    "Infinity",
    "NaN",
  ])("%j", (input) => {
    expect(parseQuantity(input)).toBeUndefined();
  });

  it("refuses non-finite numbers and non-scalars", () => {
    expect(parseQuantity(Number.NaN)).toBeUndefined();
    expect(parseQuantity(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(parseQuantity({} as unknown as string)).toBeUndefined();
    expect(parseQuantity(null as unknown as string)).toBeUndefined();
  });
});

describe("compareQuantities is exact", () => {
  it.each([
    ["1", "1000m", 0],
    ["1Ki", "1024", 0],
    ["1k", "1Ki", -1],
    ["0.5Gi", "512Mi", 0],
    ["1e3", "1k", 0],
    ["250m", "0.25", 0],
    ["999m", "1", -1],
    ["1.000000001", "1", 1],
    ["1.0000000001", "1.000000001", 0], // both round up to 1.000000001
    ["2Gi", "2G", 1],
    ["-1", "0", -1],
    ["0", "-0", 0],
    ["1e100", "1e99", 1],
    ["1e-100", "1n", 0],
    ["9223372036854775807", "9223372036854775806", 1],
    ["16Ei", "8Ei", 0], // binary values are capped at 2^63-1, and both exceed it
    ["7Ei", "6Ei", 1],
    ["-2", "-1", -1], // equal exponents: the coefficients decide, sign included
    ["-1.000000002", "-1.000000001", -1],
    ["512Mi", "512Mi", 0],
  ])("%s vs %s → %d", (a, b, expected) => {
    expect(Math.sign(compareQuantities(q(a), q(b)))).toBe(expected);
    expect(Math.sign(compareQuantities(q(b), q(a)))).toBe(-expected || 0);
  });
});

describe("hasFractionalUnits (MilliValue() % 1000 != 0)", () => {
  it.each([
    ["250m", true],
    ["1.5", true],
    ["1n", true],
    ["0.9999", false], // rounds up to 1000m
    ["1", false],
    ["1000m", false],
    ["512Mi", false],
    ["0.5Ki", false],
    ["0.1Ki", true],
  ])("%s → %s", (input, expected) => expect(hasFractionalUnits(q(input))).toBe(expected));
});

describe("properties", () => {
  const suffixes: [string, number][] = [
    ["", 1],
    ["k", 1e3],
    ["M", 1e6],
    ["G", 1e9],
    ["m", 1e-3],
    ["Ki", 1024],
    ["Mi", 1024 ** 2],
    ["Gi", 1024 ** 3],
    ["e2", 100],
    ["E", 1e18],
  ];

  it("an integer with a suffix is the integer times the suffix", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(...suffixes), (n, [suffix, factor]) => {
        const parsed = parseQuantity(`${n}${suffix}`);
        expect(parsed).toBeDefined();
        expect(parsed!.value).toBeCloseTo(n * factor, 6);
      }),
    );
  });

  it("compareQuantities agrees with the order of exact decimals", () => {
    const decimal = fc
      .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 999 }))
      .map(([w, f]) => `${w}.${String(f).padStart(3, "0")}`);
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        const thousandthsA = Number(a.replace(".", ""));
        const thousandthsB = Number(b.replace(".", ""));
        expect(Math.sign(compareQuantities(q(a), q(b)))).toBe(Math.sign(thousandthsA - thousandthsB));
        // The same values written in milli-units compare the same way.
        expect(Math.sign(compareQuantities(q(`${thousandthsA}m`), q(b)))).toBe(Math.sign(thousandthsA - thousandthsB));
      }),
    );
  });

  it("never throws on any string", () => {
    fc.assert(fc.property(fc.string(), (s) => void parseQuantity(s)));
  });
});
