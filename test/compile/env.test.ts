import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../src/compile/index.js";
import type { EnvFrom, EnvValue } from "../../src/template/types.js";
import { compileMain, errorsOf, withMain } from "./helpers.js";

describe("env", () => {
  it.each<[string, EnvValue, Record<string, unknown>]>([
    ["a string literal", "info", { value: "info" }],
    ["an empty string", "", { value: "" }],
    ["an integer", 8080, { value: "8080" }],
    ["a decimal", 1.5, { value: "1.5" }],
    ["zero", 0, { value: "0" }],
    ["true", true, { value: "true" }],
    ["false", false, { value: "false" }],
    ["$(VAR) untouched", "$(HOST):$(PORT)/db", { value: "$(HOST):$(PORT)/db" }],
    ["a string that only mentions secret://", "see secret://db/url", { value: "see secret://db/url" }],
    ["secret://NAME/KEY", "secret://report-db/password", { valueFrom: { secretKeyRef: { name: "report-db", key: "password" } } }],
    ["secret:// with a dotted key", "secret://tls/tls.crt", { valueFrom: { secretKeyRef: { name: "tls", key: "tls.crt" } } }],
    ["configmap://NAME/KEY", "configmap://settings/log.level", { valueFrom: { configMapKeyRef: { name: "settings", key: "log.level" } } }],
    ["{ secret, key }", { secret: "db", key: "user" }, { valueFrom: { secretKeyRef: { name: "db", key: "user" } } }],
    [
      "{ secret, key, optional: true }",
      { secret: "db", key: "user", optional: true },
      { valueFrom: { secretKeyRef: { name: "db", key: "user", optional: true } } },
    ],
    [
      "{ secret, key, optional: false }",
      { secret: "db", key: "user", optional: false },
      { valueFrom: { secretKeyRef: { name: "db", key: "user", optional: false } } },
    ],
    ["{ configMap, key }", { configMap: "cfg", key: "mode" }, { valueFrom: { configMapKeyRef: { name: "cfg", key: "mode" } } }],
    [
      "{ configMap, key, optional }",
      { configMap: "cfg", key: "mode", optional: true },
      { valueFrom: { configMapKeyRef: { name: "cfg", key: "mode", optional: true } } },
    ],
    ["{ field }", { field: "metadata.name" }, { valueFrom: { fieldRef: { fieldPath: "metadata.name" } } }],
    [
      "{ field, apiVersion }",
      { field: "status.podIP", apiVersion: "v1" },
      { valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "status.podIP" } } },
    ],
    ["{ resource }", { resource: "limits.memory" }, { valueFrom: { resourceFieldRef: { resource: "limits.memory" } } }],
    [
      "{ resource, divisor: string }",
      { resource: "limits.memory", divisor: "1Mi" },
      { valueFrom: { resourceFieldRef: { resource: "limits.memory", divisor: "1Mi" } } },
    ],
    [
      "{ resource, divisor: number }",
      { resource: "requests.cpu", divisor: 1 },
      { valueFrom: { resourceFieldRef: { resource: "requests.cpu", divisor: "1" } } },
    ],
    [
      "{ resource, divisor, containerName }",
      { resource: "requests.cpu", divisor: "1m", containerName: "main" },
      { valueFrom: { resourceFieldRef: { containerName: "main", resource: "requests.cpu", divisor: "1m" } } },
    ],
  ])("%s", (_, value, source) => {
    expect(compileMain({ env: { VAR: value } }).env).toEqual([{ name: "VAR", ...source }]);
  });

  it("keeps record order (a later variable may use $(EARLIER)), not sorted", () => {
    const env = compileMain({ env: { ZED: "1", ALPHA: "2", URL: "http://$(ZED):$(ALPHA)", MID: { field: "metadata.name" } } }).env;
    expect(env.map((e: { name: string }) => e.name)).toEqual(["ZED", "ALPHA", "URL", "MID"]);
    expect(env[2]).toEqual({ name: "URL", value: "http://$(ZED):$(ALPHA)" });
  });

  it("writes name first in each entry", () => {
    const env = compileMain({ env: { A: "x", B: "secret://s/k" } }).env;
    expect(env.map((e: object) => Object.keys(e))).toEqual([
      ["name", "value"],
      ["name", "valueFrom"],
    ]);
  });

  it("omits env when the record is empty", () => {
    expect(compileMain({ env: {} })).not.toHaveProperty("env");
  });

  it.each([
    "secret://x",
    "secret://a/b/c",
    "secret://",
    "secret:///key",
    "secret://name/",
    "configmap://",
    "configmap://only-name",
    "configmap://a/b/c",
    "secret://has space/key",
  ])("malformed %j → env/bad-reference at the variable, and the rest still compiles", (value) => {
    const result = compileTemplate(withMain({ env: { OK: "fine", BAD: value } }));
    expect(errorsOf(result)).toEqual([{ code: "env/bad-reference", path: ["containers", "main", "env", "BAD"] }]);
    expect(result.manifests.length).toBeGreaterThan(0); // the rest still compiles, for the other layers to check
  });

  it("reports every malformed reference, in every container, in one run", () => {
    const result = compileTemplate({
      kind: "Job",
      name: "demo",
      initContainers: { setup: { image: "busybox", env: { A: "configmap://" } } },
      containers: { main: { image: "busybox", env: { B: "secret://x", C: "secret://a/b/c" } } },
    });
    expect(errorsOf(result)).toEqual([
      { code: "env/bad-reference", path: ["initContainers", "setup", "env", "A"] },
      { code: "env/bad-reference", path: ["containers", "main", "env", "B"] },
      { code: "env/bad-reference", path: ["containers", "main", "env", "C"] },
    ]);
    expect(result.manifests.length).toBeGreaterThan(0); // the rest still compiles, for the other layers to check
  });
});

describe("envFrom", () => {
  it.each<[string, EnvFrom, Record<string, unknown>]>([
    ["secret://NAME", "secret://db", { secretRef: { name: "db" } }],
    ["configmap://NAME", "configmap://settings", { configMapRef: { name: "settings" } }],
    ["{ secret }", { secret: "db" }, { secretRef: { name: "db" } }],
    ["{ configMap }", { configMap: "settings" }, { configMapRef: { name: "settings" } }],
    ["{ secret, prefix }", { secret: "db", prefix: "DB_" }, { prefix: "DB_", secretRef: { name: "db" } }],
    [
      "{ configMap, prefix, optional }",
      { configMap: "cfg", prefix: "CFG_", optional: true },
      { prefix: "CFG_", configMapRef: { name: "cfg", optional: true } },
    ],
    ["{ secret, optional: false }", { secret: "db", optional: false }, { secretRef: { name: "db", optional: false } }],
  ])("%s", (_, entry, expected) => {
    expect(compileMain({ envFrom: [entry] }).envFrom).toEqual([expected]);
  });

  it("keeps list order", () => {
    expect(compileMain({ envFrom: ["secret://b", { configMap: "a" }, "configmap://c"] }).envFrom).toEqual([
      { secretRef: { name: "b" } },
      { configMapRef: { name: "a" } },
      { configMapRef: { name: "c" } },
    ]);
  });

  it("omits envFrom when the list is empty", () => {
    expect(compileMain({ envFrom: [] })).not.toHaveProperty("envFrom");
  });

  it.each(["secret://", "secret://a/b", "configmap://", "configmap://x/y", "db", "pvc://claim"])(
    "malformed %j → env-from/bad-reference at the list index, and the rest still compiles",
    (entry) => {
      const result = compileTemplate(withMain({ envFrom: ["secret://ok", entry] }));
      expect(errorsOf(result)).toEqual([{ code: "env-from/bad-reference", path: ["containers", "main", "envFrom", 1] }]);
      expect(result.manifests.length).toBeGreaterThan(0); // the rest still compiles, for the other layers to check
    },
  );
});
