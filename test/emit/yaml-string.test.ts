import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSimple, keyHead, keyText, MAX_IMPLICIT_KEY_LENGTH, SIMPLE_PATTERN, stringText, valueLine } from "../../src/emit/yaml-string.js";
import { anyString } from "./arbitraries.js";
import { ALL_TRICKY_STRINGS } from "./tricky-strings.js";

// Characters that decide the answer: SIMPLE's, and some it refuses.
const DECIDING = fc.constantFrom(..."aZeEyYnN_/$.()@:=+,~-0912345678xXoOfFpP #*!'\"%\t\né\u2028");
const decidingStrings = fc.string({ unit: DECIDING, maxLength: 12 });

describe("isSimple (the fast form of the SIMPLE pattern)", () => {
  it("agrees with the pattern on every single UTF-16 code unit, first and later", () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(isSimple(ch), `U+${c.toString(16)}`).toBe(SIMPLE_PATTERN.test(ch));
      expect(isSimple(`a${ch}`), `a + U+${c.toString(16)}`).toBe(SIMPLE_PATTERN.test(`a${ch}`));
    }
  });

  it("agrees with the pattern on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(decidingStrings, fc.string()), (s) => isSimple(s) === SIMPLE_PATTERN.test(s)),
      { numRuns: 5000 },
    );
    expect(isSimple("")).toBe(false);
  });
});

// The remembered forms against the functions that decide them afresh, on first and later calls.
function expectSameAsDecided(s: string): void {
  const key = keyText(s);
  for (let call = 0; call < 2; call++) {
    expect(keyHead(s)).toBe(key.length > MAX_IMPLICIT_KEY_LENGTH ? undefined : `${key}:`);
    // A multi-line value's block literal follows the indentation it is given, each time.
    for (const indent of ["  ", "        ", "  "]) expect(valueLine(s, indent)).toBe(` ${stringText(s, indent)}\n`);
  }
}

describe("keyHead and valueLine (remembered text)", () => {
  it("give what keyText and stringText decide, however often and wherever a string is written", () => {
    for (const s of ALL_TRICKY_STRINGS) expectSameAsDecided(s);
    fc.assert(
      fc.property(anyString, (s) => expectSameAsDecided(s)),
      { numRuns: 2000 },
    );
  });

  it("stay right for strings too long to remember, and for keys too long to be implicit", () => {
    for (const s of ["a".repeat(300), `${"a".repeat(300)}: b`, "yes".repeat(400), `x\n${"y".repeat(300)}`]) expectSameAsDecided(s);
    expect(keyHead("k".repeat(MAX_IMPLICIT_KEY_LENGTH + 1))).toBeUndefined();
    expect(keyHead("k".repeat(MAX_IMPLICIT_KEY_LENGTH))).toBe(`${"k".repeat(MAX_IMPLICIT_KEY_LENGTH)}:`);
  });

  it("stay right after the caches fill up and start over", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? `name-${i}` : i % 3 === 1 ? `${i}` : `yes ${i}:`));
    for (const s of many) {
      keyHead(s);
      valueLine(s, "  ");
    }
    for (const s of [...many.slice(-100), ...ALL_TRICKY_STRINGS]) expectSameAsDecided(s);
  });
});
