import { describe, expect, it } from "vitest";
import { CONTAINER_SHAPE, FixedShape } from "../../src/compile/fixed-shape.js";
import type { Container } from "../../src/template/types.js";

describe("FixedShape", () => {
  const shape = new FixedShape<{ a?: number; b?: string }>({ a: undefined, b: undefined });

  it("copies the fields a record has into one shape with every field", () => {
    expect(shape.of({ b: "x" })).toEqual({ a: undefined, b: "x" });
    expect(Object.keys(shape.of({ b: "x" }))).toEqual(["a", "b"]);
    expect(Object.keys(shape.of({ b: "x", a: 1 }))).toEqual(["a", "b"]);
  });

  it("leaves out keys the type does not have, __proto__ included", () => {
    const record = { a: 1, extra: true } as { a: number };
    Object.defineProperty(record, "__proto__", { value: { polluted: true }, enumerable: true });
    const copy = shape.of(record);
    expect(copy).toEqual({ a: 1, b: undefined });
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });

  it("never changes the record or the blank", () => {
    const record = Object.freeze({ a: 2 });
    shape.of(record);
    expect(shape.of({})).toEqual({ a: undefined, b: undefined });
  });

  it("knows every container field", () => {
    const container: Required<Container> = {
      image: "i",
      command: [],
      args: [],
      workingDir: "/",
      imagePullPolicy: "Always",
      ports: [],
      securityContext: {},
      stdin: true,
      tty: true,
      env: {},
      envFrom: [],
      resources: {},
      files: {},
      dirs: {},
      livenessProbe: { exec: [] },
      readinessProbe: { exec: [] },
      startupProbe: { exec: [] },
      livenessCommand: [],
      lifecycle: {},
      restartPolicy: "Always",
      terminationMessagePolicy: "File",
    };
    expect(CONTAINER_SHAPE.of(container)).toEqual(container);
  });
});
