// The validator's fast path validates a copy of the template in fixed object shapes; it must be
// valid exactly when the template is (src/validate/template-fixed-shape.ts says why it is).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Template as validate } from "../../src/template/generated/template-validator.js";
import { FIXED_SHAPE_DEFINITIONS, withFixedShapes } from "../../src/validate/template-fixed-shape.js";
import { definition } from "../../src/validate/template-shapes.js";
import type { Container, JobTemplate, ScheduledJobTemplate } from "../../src/template/types.js";

const valid = {
  kind: "ScheduledJob",
  name: "nightly",
  schedule: "@daily",
  containers: { main: { image: "app", env: { A: "1", "x/y~z": "2" } } },
  initContainers: { init: { image: "busybox" } },
};

function withProto<T extends object>(record: T, value: unknown): T {
  const copy = { ...record };
  Object.defineProperty(copy, "__proto__", { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

describe("withFixedShapes", () => {
  it("gives every template and container field, undefined when not set", () => {
    const copy = withFixedShapes(valid);
    expect(Object.keys(copy)).toEqual(expect.arrayContaining(Object.keys(definition("ScheduledJobTemplate").properties!)));
    expect(copy.backoffLimit).toBeUndefined();
    const main = (copy.containers as Record<string, Record<string, unknown>>).main!;
    expect(Object.keys(main)).toEqual(Object.keys(definition("Container").properties!));
    expect(main.env).toBe(valid.containers.main.env);
  });

  it("keeps unknown keys, __proto__ included, as own properties", () => {
    const copy = withFixedShapes(withProto({ ...valid, extra: 1 }, { polluted: true }));
    expect(copy.extra).toBe(1);
    expect(Object.getOwnPropertyDescriptor(copy, "__proto__")?.value).toEqual({ polluted: true });
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });

  it.each(FIXED_SHAPE_DEFINITIONS)("%s has no keyword that counts or names keys (the copy adds keys)", (name) => {
    const shape = definition(name) as Record<string, unknown>;
    for (const keyword of [
      "minProperties",
      "maxProperties",
      "propertyNames",
      "patternProperties",
      "dependencies",
      "dependentRequired",
      "dependentSchemas",
      "unevaluatedProperties",
    ]) {
      expect(shape[keyword], keyword).toBeUndefined();
    }
    expect(shape.additionalProperties).toBe(false);
  });

  const cases: [string, Record<string, unknown>][] = [
    ["valid", valid],
    ["a Job", { ...valid, kind: "Job", schedule: undefined, suspend: true }],
    ["a Job with a ScheduledJob field", { ...valid, kind: "Job" }],
    ["no kind", { ...valid, kind: undefined }],
    ["an unknown field", { ...valid, restartpolicy: "Never" }],
    ["an unknown container field", { ...valid, containers: { main: { image: "a", imagee: "b" } } }],
    ["a container that is a list", { ...valid, containers: { main: [] } }],
    ["containers that are a list", { ...valid, containers: [{ image: "a" }] }],
    ["no containers", { ...valid, containers: {} }],
    ["a container without image", { ...valid, containers: { main: { command: ["x"] } } }],
    ["an own __proto__ field", withProto(valid, {})],
    ["an own __proto__ container", { ...valid, containers: withProto({}, { image: "a" }) }],
    ["a field set to undefined", { ...valid, namespace: undefined }],
    ["a wrong type", { ...valid, backoffLimit: "3" }],
  ];

  it.each(cases)("is valid exactly when the template is: %s", (_, template) => {
    expect(validate(withFixedShapes(template))).toBe(validate(template));
  });

  it("is valid exactly when the template is, for any mix of fields", () => {
    const field = fc.constantFrom(
      "kind",
      "name",
      "schedule",
      "containers",
      "backoffLimit",
      "suspend",
      "timeZone",
      "bogus",
      "__proto__",
      "labels",
    );
    const value = fc.oneof(
      fc.constantFrom<unknown>(
        "Job",
        "ScheduledJob",
        "x",
        1,
        -1,
        true,
        null,
        undefined,
        [],
        {},
        { main: { image: "a" } },
        { main: { image: 1 } },
        { a: "b" },
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(field, value), { maxLength: 8 }), (entries) => {
        const template: Record<string, unknown> = {};
        for (const [key, v] of entries)
          Object.defineProperty(template, key, { value: v, enumerable: true, writable: true, configurable: true });
        expect(validate(withFixedShapes(template))).toBe(validate(template));
      }),
      { numRuns: 500 },
    );
  });
});

describe("the copy the compiler reads", () => {
  it("has every field of the template types, for both kinds and for containers", () => {
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
    const main = (withFixedShapes({ containers: { main: container } }).containers as Record<string, unknown>).main;
    // Same keys, in the order of the schema: no field of the type is left for a slow lookup.
    expect(Object.keys(main as object).sort()).toEqual(Object.keys(container).sort());
    const fields: (keyof JobTemplate | keyof ScheduledJobTemplate)[] = ["hostUsers", "podFailurePolicy", "schedule", "timeZone", "secrets"];
    for (const field of fields) expect(Object.keys(withFixedShapes({}))).toContain(field);
  });
});
