// Bugs found by the compiler's unit tests and fixed: user keys that collide with Object.prototype,
// generated volume names that shadow the user's, IPv6 probe hosts.
import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../src/compile/index.js";
import { compileMain, compileOk, containerOf, errorsOf, mainObject, podSpecOf, withMain, type Obj } from "./helpers.js";

/** Builds a record with a real own `__proto__` key, as YAML parsing yields it. */
function withProtoKey<T>(value: T, rest: Record<string, T> = {}): Record<string, T> {
  const r: Record<string, T> = { ...rest };
  Object.defineProperty(r, "__proto__", { value, enumerable: true, writable: true, configurable: true });
  return r;
}

describe("keys that look like Object.prototype members", () => {
  it("fromEnv/fromFile never resolve inherited properties", () => {
    const result = compileTemplate(
      withMain({}, { secrets: { s: { type: "opaque", data: { a: { fromEnv: "constructor" }, b: { fromFile: "toString" } } } } }),
      { env: {}, files: {} },
    );
    expect(errorsOf(result)).toEqual([
      { code: "secret/from-env-missing", path: ["secrets", "s", "data", "a", "fromEnv"] },
      { code: "secret/from-file-missing", path: ["secrets", "s", "data", "b", "fromFile"] },
    ]);
  });

  it("a Secret data key __proto__ is kept as data", () => {
    const result = compileOk(withMain({}, { secrets: { s: { type: "opaque", data: withProtoKey("x", { a: "1" }) } } }));
    const secret = result.manifests[0] as Obj;
    expect(Object.keys(secret.stringData)).toEqual(["__proto__", "a"]);
    expect(Object.getOwnPropertyDescriptor(secret.stringData, "__proto__")?.value).toBe("x");
    expect(Object.getPrototypeOf(secret.stringData)).toBe(Object.prototype);
  });

  it("a file at /__proto__ lands in the ConfigMap under the key its mount uses", () => {
    const result = compileOk(withMain({ files: { "/__proto__": { content: "hi" } } }));
    const configMap = result.manifests[0] as Obj;
    expect(Object.getOwnPropertyDescriptor(configMap.data, "__proto__")?.value).toBe("hi");
    expect(containerOf(result).volumeMounts[0]).toEqual({
      name: "kubejobs-files",
      mountPath: "/__proto__",
      subPath: "__proto__",
      readOnly: true,
    });
  });

  it("a resource named toString is kept as written, for the rules to judge", () => {
    expect(compileMain({ resources: { toString: "1" } }).resources).toEqual({ limits: { toString: "1" }, requests: { toString: "1" } });
  });
});

describe("generated volumes never take a user volume's name", () => {
  it("dirs secret://db beside a user volume called secret-db", () => {
    const spec = podSpecOf(compileOk(withMain({ dirs: { "/d": "secret://db" } }, { volumes: { "secret-db": { emptyDir: {} } } })));
    const names = spec.volumes.map((v: Obj) => v.name);
    expect(names[0]).toBe("secret-db");
    expect(new Set(names).size).toBe(names.length);
    expect(spec.containers[0].volumeMounts[0].name).toBe(names[1]);
    expect(names[1]).toMatch(/^secret-db-[0-9a-z]{7}$/);
  });

  it("inline files beside a user volume called kubejobs-files", () => {
    const spec = podSpecOf(compileOk(withMain({ files: { "/f": { content: "x" } } }, { volumes: { "kubejobs-files": { emptyDir: {} } } })));
    const names = spec.volumes.map((v: Obj) => v.name);
    expect(new Set(names).size).toBe(2);
    expect(spec.containers[0].volumeMounts[0].name).toBe(names[1]);
    expect(spec.volumes[1].configMap.name).toBe("demo-files");
  });
});

describe("IPv6 probe hosts", () => {
  it("drop the URL brackets (the kubelet adds its own)", () => {
    const c = compileMain({ livenessProbe: { http: "http://[fe80::1]:8080/x" }, readinessProbe: { tcp: "tcp://[fe80::1]:5432" } });
    expect(c.livenessProbe.httpGet).toEqual({ host: "fe80::1", path: "/x", port: 8080 });
    expect(c.readinessProbe.tcpSocket).toEqual({ host: "fe80::1", port: 5432 });
  });
});

it("the main object is still last", () => {
  expect(mainObject(compileOk(withMain({}))).kind).toBe("Job");
});
