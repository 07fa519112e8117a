import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSimple, SIMPLE_PATTERN } from "../../src/emit/yaml-string.js";

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
