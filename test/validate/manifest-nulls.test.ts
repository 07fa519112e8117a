import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeNulls, INTEGER_LISTS } from "../../src/validate/manifest-nulls.js";

const OPENAPI = resolve(import.meta.dirname, "../../../shared/k8s-openapi");

describe("decodeNulls", () => {
  it("returns the object itself when it holds no null", () => {
    const obj = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "x" }, data: { a: "1" } };
    expect(decodeNulls("ConfigMap", obj, "1.36")).toBe(obj);
  });

  it("drops null fields, keeps null list items and map values as zero values", () => {
    const obj = {
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { name: "x", labels: null, annotations: { a: null } },
      spec: {
        template: {
          spec: {
            securityContext: { supplementalGroups: [null] },
            containers: [null, { name: "a", image: "b", args: [null], resources: { limits: { cpu: null } } }],
          },
        },
      },
    };
    expect(decodeNulls("Job", obj, "1.36")).toEqual({
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { name: "x", annotations: { a: "" } },
      spec: {
        template: {
          spec: {
            securityContext: { supplementalGroups: [0] },
            containers: [{}, { name: "a", image: "b", args: [""], resources: { limits: { cpu: "0" } } }],
          },
        },
      },
    });
  });

  it("keeps a null under an unknown field, and under a field of another version", () => {
    const obj = { apiVersion: "batch/v1", kind: "Job", metadata: { name: "x" }, spec: { managedBy: null, bogus: null } };
    expect(decodeNulls("Job", obj, "1.29")).toEqual(obj);
    expect(decodeNulls("Job", obj, "1.36")).toEqual({ ...obj, spec: { bogus: null } });
  });
});

describe.skipIf(!existsSync(OPENAPI))("INTEGER_LISTS", () => {
  it("names every list of non-string scalars in the bundled OpenAPI, and nothing else", () => {
    const found = new Set<string>();
    for (const v of ["1.29", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36"]) {
      const defs = JSON.parse(readFileSync(resolve(OPENAPI, v, "batch-core.json"), "utf8")).definitions as Record<
        string,
        { properties?: Record<string, { type?: string; items?: { type?: string; $ref?: string } }> }
      >;
      for (const [name, def] of Object.entries(defs))
        for (const [prop, s] of Object.entries(def.properties ?? {}))
          if (s.type === "array" && s.items && !s.items.$ref && s.items.type !== "string")
            found.add(`${name.replace(/^io\.k8s\.api\./, "")}.${prop}`);
    }
    expect([...found].sort()).toEqual([...INTEGER_LISTS].sort());
  });
});
