import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashedLabel, readableLabel } from "../../src/compile/hash.js";

// readableLabel is one pass over the name; these regular-expression replaces say what it must do.
const byReplaces = (raw: string): string =>
  raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63)
    .replace(/-$/, "");

describe("readableLabel", () => {
  it.each([
    "secret-db",
    "emptydir-/work",
    "file-configmap-App.Config",
    "--a--",
    "",
    "-",
    "Ünïcode ok",
    "x".repeat(70),
    `${"a".repeat(62)}-b`,
  ])("%j as the replaces would", (raw) => {
    expect(readableLabel(raw)).toBe(byReplaces(raw));
  });

  it("agrees with the replaces on any string", () => {
    const chars = fc.constantFrom("a", "Z", "0", "-", "/", ".", " ", "é", "\u{1F600}");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 80 }), (parts) => {
        const raw = parts.join("");
        expect(readableLabel(raw)).toBe(byReplaces(raw));
      }),
    );
  });

  it("hashedLabel keeps the readable part and ends in the hash", () => {
    expect(hashedLabel("my.db")).toMatch(/^my-db-[0-9a-z]{7}$/);
  });
});
