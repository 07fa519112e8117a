import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../src/compile/index.js";
import type { SecretSpec } from "../../src/template/types.js";
import { compileOk, errorsOf, jobTemplate, stdLabels, type Obj } from "./helpers.js";

const secretOf = (spec: SecretSpec, options = {}) => compileOk(jobTemplate({ secrets: { creds: spec } }), options).manifests[0] as Obj;

describe("secrets: types", () => {
  it.each<[string, SecretSpec, string, Record<string, string>]>([
    ["opaque → Opaque", { type: "opaque", data: { anything: "v" } }, "Opaque", { anything: "v" }],
    ["opaque with no data", { type: "opaque", data: {} }, "Opaque", {}],
    [
      "basic → kubernetes.io/basic-auth",
      { type: "basic", data: { username: "admin", password: "pw" } },
      "kubernetes.io/basic-auth",
      { password: "pw", username: "admin" },
    ],
    ["token → Opaque", { type: "token", data: { token: "t0k3n" } }, "Opaque", { token: "t0k3n" }],
    [
      "certificate → kubernetes.io/tls",
      { type: "certificate", data: { "tls.key": "KEY", "tls.crt": "CRT", "ca.crt": "CA" } },
      "kubernetes.io/tls",
      { "ca.crt": "CA", "tls.crt": "CRT", "tls.key": "KEY" },
    ],
    [
      "dockerconfigjson → kubernetes.io/dockerconfigjson",
      { type: "dockerconfigjson", data: { ".dockerconfigjson": '{"auths":{}}' } },
      "kubernetes.io/dockerconfigjson",
      { ".dockerconfigjson": '{"auths":{}}' },
    ],
  ])("%s", (_, spec, type, stringData) => {
    expect(secretOf(spec)).toEqual({
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "creds", labels: stdLabels("demo") },
      type,
      stringData,
    });
  });

  it("writes stringData (never base64 data) with sorted keys", () => {
    const secret = secretOf({ type: "opaque", data: { zeta: "1", alpha: "2", "b.key": "3", A: "4" } });
    expect(secret).not.toHaveProperty("data");
    expect(Object.keys(secret.stringData)).toEqual(["A", "alpha", "b.key", "zeta"]);
  });

  it("puts apiVersion, kind, metadata first", () => {
    expect(Object.keys(secretOf({ type: "token", data: { token: "x" }, immutable: true })).slice(0, 3)).toEqual([
      "apiVersion",
      "kind",
      "metadata",
    ]);
  });

  it.each([true, false])("copies immutable: %s", (immutable) => {
    expect(secretOf({ type: "opaque", data: { a: "b" }, immutable }).immutable).toBe(immutable);
  });

  it("omits immutable when unset", () => {
    expect(secretOf({ type: "opaque", data: { a: "b" } })).not.toHaveProperty("immutable");
  });

  it("emits one Secret per entry, in record order, before the Job", () => {
    const result = compileOk(
      jobTemplate({ secrets: { zz: { type: "opaque", data: { a: "1" } }, aa: { type: "token", data: { token: "t" } } } }),
    );
    expect(result.manifests.map((m) => `${m.kind}/${m.metadata.name}`)).toEqual(["Secret/zz", "Secret/aa", "Job/demo"]);
  });
});

describe("secrets: required keys", () => {
  it.each<[SecretSpec, string[]]>([
    [{ type: "basic", data: { username: "u" } }, ["password"]],
    [{ type: "basic", data: {} }, ["username", "password"]],
    [{ type: "token", data: { tok: "x" } }, ["token"]],
    [{ type: "certificate", data: { "tls.crt": "c" } }, ["tls.key"]],
    [{ type: "certificate", data: {} }, ["tls.crt", "tls.key"]],
    [{ type: "dockerconfigjson", data: { config: "{}" } }, [".dockerconfigjson"]],
  ])("%j is missing %j → secret/missing-key (one per key), the rest still compiles", (spec, missing) => {
    const result = compileTemplate(jobTemplate({ secrets: { creds: spec } }));
    expect(errorsOf(result)).toEqual(missing.map(() => ({ code: "secret/missing-key", path: ["secrets", "creds", "data"] })));
    for (const key of missing) expect(result.diagnostics.some((d) => `${d.message} ${d.hint ?? ""}`.includes(key))).toBe(true);
    expect(result.manifests.length).toBeGreaterThan(0); // the rest still compiles, for the other layers to check
  });
});

describe("secrets: values read at render time", () => {
  it("{ fromEnv } takes the value from options.env", () => {
    const secret = secretOf(
      { type: "basic", data: { username: "admin", password: { fromEnv: "DB_PASSWORD" } } },
      { env: { DB_PASSWORD: "hunter2" } },
    );
    expect(secret.stringData).toEqual({ password: "hunter2", username: "admin" });
  });

  it("{ fromEnv } accepts an empty value that is set", () => {
    expect(secretOf({ type: "opaque", data: { a: { fromEnv: "EMPTY" } } }, { env: { EMPTY: "" } }).stringData).toEqual({ a: "" });
  });

  it("{ fromFile } takes the content from options.files, keyed by the path as written", () => {
    const secret = secretOf(
      { type: "certificate", data: { "tls.crt": { fromFile: "./certs/tls.crt" }, "tls.key": { fromFile: "./certs/tls.key" } } },
      { files: { "./certs/tls.crt": "-----BEGIN CERTIFICATE-----\n", "./certs/tls.key": "-----BEGIN PRIVATE KEY-----\n" } },
    );
    expect(secret.stringData).toEqual({ "tls.crt": "-----BEGIN CERTIFICATE-----\n", "tls.key": "-----BEGIN PRIVATE KEY-----\n" });
  });

  it("never reads process.env itself", () => {
    process.env.KUBEJOBS_TEST_ONLY_VAR = "from-process";
    try {
      const result = compileTemplate(
        jobTemplate({ secrets: { creds: { type: "opaque", data: { a: { fromEnv: "KUBEJOBS_TEST_ONLY_VAR" } } } } }),
      );
      expect(errorsOf(result)).toEqual([{ code: "secret/from-env-missing", path: ["secrets", "creds", "data", "a", "fromEnv"] }]);
    } finally {
      delete process.env.KUBEJOBS_TEST_ONLY_VAR;
    }
  });

  it("a missing variable → secret/from-env-missing naming it, the rest still compiles", () => {
    const result = compileTemplate(jobTemplate({ secrets: { creds: { type: "token", data: { token: { fromEnv: "API_TOKEN" } } } } }), {
      env: { OTHER: "x" },
    });
    expect(errorsOf(result)).toEqual([{ code: "secret/from-env-missing", path: ["secrets", "creds", "data", "token", "fromEnv"] }]);
    expect(result.diagnostics[0]!.message).toContain("API_TOKEN");
    expect(result.manifests.length).toBeGreaterThan(0); // the rest still compiles, for the other layers to check
  });

  it("a missing file → secret/from-file-missing naming it, the rest still compiles", () => {
    const result = compileTemplate(jobTemplate({ secrets: { creds: { type: "opaque", data: { key: { fromFile: "./missing.pem" } } } } }), {
      files: { "./other.pem": "x" },
    });
    expect(errorsOf(result)).toEqual([{ code: "secret/from-file-missing", path: ["secrets", "creds", "data", "key", "fromFile"] }]);
    expect(result.diagnostics[0]!.message).toContain("./missing.pem");
    expect(result.manifests.length).toBeGreaterThan(0); // the rest still compiles, for the other layers to check
  });

  it("reports every missing source in one run", () => {
    const result = compileTemplate(
      jobTemplate({
        secrets: {
          a: { type: "opaque", data: { one: { fromEnv: "ONE" }, two: { fromFile: "two.txt" } } },
          b: { type: "basic", data: { username: { fromEnv: "USER_NAME" } } },
        },
      }),
    );
    expect(errorsOf(result)).toEqual([
      { code: "secret/from-env-missing", path: ["secrets", "a", "data", "one", "fromEnv"] },
      { code: "secret/from-file-missing", path: ["secrets", "a", "data", "two", "fromFile"] },
      { code: "secret/missing-key", path: ["secrets", "b", "data"] },
      { code: "secret/from-env-missing", path: ["secrets", "b", "data", "username", "fromEnv"] },
    ]);
  });

  it("diagnostics never contain a secret value (literal, from env or from file)", () => {
    const values = ["literal-S3CRET-value", "env-S3CRET-value", "file-S3CRET-value", "other-env-S3CRET"];
    const result = compileTemplate(
      jobTemplate({
        secrets: {
          app: {
            type: "basic",
            data: {
              username: values[0]!,
              password: { fromEnv: "DB_PASSWORD" },
              cert: { fromFile: "./cert.pem" },
              missingEnv: { fromEnv: "NOT_SET" },
              missingFile: { fromFile: "./nope.pem" },
            },
          },
          tok: { type: "token", data: { nottoken: values[0]! } },
          cert: { type: "certificate", data: { "tls.crt": { fromEnv: "OTHER_ENV" } } },
        },
      }),
      { env: { DB_PASSWORD: values[1]!, OTHER_ENV: values[3]! }, files: { "./cert.pem": values[2]! } },
    );
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual([
      "secret/from-env-missing",
      "secret/from-file-missing",
      "secret/missing-key",
      "secret/missing-key",
    ]);
    const text = JSON.stringify(result.diagnostics);
    for (const value of values) expect(text).not.toContain(value);
    expect(text).not.toContain("S3CRET");
  });
});
