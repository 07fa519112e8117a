import { describe, expect, it } from "vitest";
import { FixedShape } from "../../src/k8s/fixed-shape.js";

describe("FixedShape", () => {
  const shape = new FixedShape(["a", "b"]);

  it("copies the fields a record has into one shape with every field", () => {
    expect(shape.of({ b: "x" })).toEqual({ a: undefined, b: "x" });
    expect(Object.keys(shape.of({ b: "x" }))).toEqual(["a", "b"]);
    expect(Object.keys(shape.of({ b: "x", a: 1 }))).toEqual(["a", "b"]);
  });

  it("keeps other keys after the fields, as own properties, __proto__ included", () => {
    const record: Record<string, unknown> = { a: 1, extra: true };
    Object.defineProperty(record, "__proto__", { value: { polluted: true }, enumerable: true });
    const copy = shape.of(record);
    expect(Object.keys(copy)).toEqual(["a", "b", "extra", "__proto__"]);
    expect(copy.extra).toBe(true);
    expect(Object.getOwnPropertyDescriptor(copy, "__proto__")?.value).toEqual({ polluted: true });
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("never changes the record or the blank", () => {
    const record = Object.freeze({ a: 2 });
    expect(shape.of(record)).toEqual({ a: 2, b: undefined });
    expect(shape.of({})).toEqual({ a: undefined, b: undefined });
    expect(shape.of({ c: 1 })).not.toBe(shape.of({ c: 1 }));
  });
});
