import { describe, expect, it } from "vitest";
import type { Resources } from "../../src/template/types.js";
import { compileMain } from "./helpers.js";

const resourcesOf = (resources: Resources) => compileMain({ resources }).resources;

describe("resources", () => {
  it.each<[string, Resources, { limits?: Record<string, string>; requests?: Record<string, string> }]>([
    ["a single cpu value sets requests = limits", { cpu: "500m" }, { limits: { cpu: "500m" }, requests: { cpu: "500m" } }],
    ["a single memory value", { memory: "1Gi" }, { limits: { memory: "1Gi" }, requests: { memory: "1Gi" } }],
    ["MIN-MAX splits into request and limit", { cpu: "250m-1" }, { limits: { cpu: "1" }, requests: { cpu: "250m" } }],
    ["MIN-MAX with binary suffixes", { memory: "512Mi-1Gi" }, { limits: { memory: "1Gi" }, requests: { memory: "512Mi" } }],
    ["MIN-MAX with decimals", { cpu: "0.5-1.5" }, { limits: { cpu: "1.5" }, requests: { cpu: "0.5" } }],
    ["an exponent minus is not the range dash: 1e-3-1", { cpu: "1e-3-1" }, { limits: { cpu: "1" }, requests: { cpu: "1e-3" } }],
    ["an exponent on both sides: 1e-3-2E-3", { cpu: "1e-3-2E-3" }, { limits: { cpu: "2E-3" }, requests: { cpu: "1e-3" } }],
    ["a plain exponent is one value: 1e3", { cpu: "1e3" }, { limits: { cpu: "1e3" }, requests: { cpu: "1e3" } }],
    ["a negative exponent alone is one value: 5e-1", { cpu: "5e-1" }, { limits: { cpu: "5e-1" }, requests: { cpu: "5e-1" } }],
    ["an integer becomes a string", { cpu: 2 }, { limits: { cpu: "2" }, requests: { cpu: "2" } }],
    ["a decimal becomes a string", { cpu: 0.25 }, { limits: { cpu: "0.25" }, requests: { cpu: "0.25" } }],
    [
      "ephemeralStorage → ephemeral-storage",
      { ephemeralStorage: "1Gi-2Gi" },
      { limits: { "ephemeral-storage": "2Gi" }, requests: { "ephemeral-storage": "1Gi" } },
    ],
    ["an extended resource", { "nvidia.com/gpu": 1 }, { limits: { "nvidia.com/gpu": "1" }, requests: { "nvidia.com/gpu": "1" } }],
    ["hugepages", { "hugepages-2Mi": "64Mi" }, { limits: { "hugepages-2Mi": "64Mi" }, requests: { "hugepages-2Mi": "64Mi" } }],
    [
      "several resources mixing forms",
      { memory: "512Mi-1Gi", cpu: "250m", "nvidia.com/gpu": 1, ephemeralStorage: "1Gi" },
      {
        limits: { cpu: "250m", "ephemeral-storage": "1Gi", memory: "1Gi", "nvidia.com/gpu": "1" },
        requests: { cpu: "250m", "ephemeral-storage": "1Gi", memory: "512Mi", "nvidia.com/gpu": "1" },
      },
    ],
    [
      "the full form passes through, numbers as strings",
      { requests: { cpu: "100m", memory: 268435456 }, limits: { memory: "512Mi" } },
      { limits: { memory: "512Mi" }, requests: { cpu: "100m", memory: "268435456" } },
    ],
    ["the full form with requests only", { requests: { cpu: "100m" } }, { requests: { cpu: "100m" } }],
    ["the full form with limits only", { limits: { "nvidia.com/gpu": 2 } }, { limits: { "nvidia.com/gpu": "2" } }],
  ])("%s", (_, resources, expected) => {
    expect(resourcesOf(resources)).toEqual(expected);
  });

  it("writes limits before requests, and sorts resource names in each", () => {
    const out = resourcesOf({ memory: "1Gi", "nvidia.com/gpu": 1, cpu: "1", ephemeralStorage: "1Gi" });
    expect(Object.keys(out)).toEqual(["limits", "requests"]);
    expect(Object.keys(out.limits)).toEqual(["cpu", "ephemeral-storage", "memory", "nvidia.com/gpu"]);
    expect(Object.keys(out.requests)).toEqual(["cpu", "ephemeral-storage", "memory", "nvidia.com/gpu"]);
  });

  it("sorts the full form too, limits first even when requests is written first", () => {
    const out = resourcesOf({ requests: { memory: "1Gi", cpu: "1" }, limits: { memory: "2Gi", cpu: "2" } });
    expect(JSON.stringify(out)).toBe('{"limits":{"cpu":"2","memory":"2Gi"},"requests":{"cpu":"1","memory":"1Gi"}}');
  });

  it("omits resources when there is nothing to set", () => {
    expect(compileMain({ resources: {} })).not.toHaveProperty("resources");
    expect(compileMain({ resources: { requests: {}, limits: {} } })).not.toHaveProperty("resources");
  });
});
