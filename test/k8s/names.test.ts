import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkConfigMapKey,
  checkDns1123Label,
  checkDns1123Subdomain,
  checkDomainPrefixedPath,
  checkIp,
  checkEnvVarName,
  checkLabelValue,
  checkLocalDescendingPath,
  checkPortName,
  checkQualifiedName,
  checkRelaxedEnvVarName,
} from "../../src/k8s/names.js";

const ok = undefined;
const bad = expect.any(String);

describe("checkDns1123Label", () => {
  it.each([
    ["a", ok],
    ["my-name", ok],
    ["0abc", ok],
    ["a".repeat(63), ok],
    ["a".repeat(64), bad],
    ["", bad],
    ["My-name", bad],
    ["-abc", bad],
    ["abc-", bad],
    ["a.b", bad],
    ["a_b", bad],
    ["a b", bad],
  ])("%j", (value, expected) => expect(checkDns1123Label(value)).toEqual(expected));
});

describe("checkDns1123Subdomain", () => {
  it.each([
    ["example.com", ok],
    ["a.b.c", ok],
    ["nightly-report", ok],
    [`${"a".repeat(63)}.${"b".repeat(63)}`, ok],
    ["a".repeat(253), ok],
    ["a".repeat(254), bad],
    ["a..b", bad],
    [".a", bad],
    ["a.", bad],
    ["a.-b", bad],
    ["A", bad],
    ["", bad],
  ])("%j", (value, expected) => expect(checkDns1123Subdomain(value)).toEqual(expected));
});

describe("checkQualifiedName", () => {
  it.each([
    ["app", ok],
    ["app.kubernetes.io/name", ok],
    ["example.com/My_Key.1", ok],
    ["a".repeat(63), ok],
    ["a".repeat(64), bad],
    ["/name", bad],
    ["example.com/", bad],
    ["a/b/c", bad],
    ["Example.com/name", bad],
    ["-name", bad],
    ["name-", bad],
    ["na me", bad],
    ["", bad],
    [`${"a".repeat(253)}/x`, ok],
    [`${"a".repeat(254)}/x`, bad],
  ])("%j", (value, expected) => expect(checkQualifiedName(value)).toEqual(expected));
});

describe("checkLabelValue", () => {
  it.each([
    ["", ok],
    ["v1.2.3", ok],
    ["My_Value-1", ok],
    ["a".repeat(63), ok],
    ["a".repeat(64), bad],
    ["trailing-", bad],
    ["-leading", bad],
    ["_x", bad],
    ["x.", bad],
    ["has space", bad],
    ["a/b", bad],
  ])("%j", (value, expected) => expect(checkLabelValue(value)).toEqual(expected));
});

describe("environment variable names", () => {
  it.each([
    ["LOG_LEVEL", ok, ok],
    ["my.env-name", ok, ok],
    ["_x", ok, ok],
    ["1ABC", bad, ok],
    ["A B", bad, ok],
    ["A:B", bad, ok],
    ["é", bad, bad],
    ["A=B", bad, bad],
    ["", bad, bad],
    [".", bad, ok],
    ["..", bad, ok],
    ["..x", bad, ok],
    ["tab\t", bad, bad],
  ])("%j strict/relaxed", (value, strict, relaxed) => {
    expect(checkEnvVarName(value)).toEqual(strict);
    expect(checkRelaxedEnvVarName(value)).toEqual(relaxed);
  });
});

describe("checkConfigMapKey", () => {
  it.each([
    ["config.yaml", ok],
    [".env", ok],
    ["tls.crt", ok],
    ["a".repeat(253), ok],
    ["a".repeat(254), bad],
    ["a/b", bad],
    ["..x", bad],
    [".", bad],
    ["..", bad],
    ["", bad],
    ["a b", bad],
  ])("%j", (value, expected) => expect(checkConfigMapKey(value)).toEqual(expected));
});

describe("checkPortName", () => {
  it.each([
    ["http", ok],
    ["metrics-9090", ok],
    ["a".repeat(15), ok],
    ["a".repeat(16), bad],
    ["8080", bad],
    ["HTTP", bad],
    ["web--ui", bad],
    ["-web", bad],
    ["web-", bad],
    ["web_ui", bad],
    ["", bad],
  ])("%j", (value, expected) => expect(checkPortName(value)).toEqual(expected));
});

describe("paths and controller names", () => {
  it.each([
    ["conf/app.yaml", ok],
    ["a/../b", bad],
    ["..", bad],
    ["/abs", bad],
    ["..data", ok],
  ])("checkLocalDescendingPath %j", (value, expected) => expect(checkLocalDescendingPath(value)).toEqual(expected));

  it("checkLocalDescendingPath finds a '..' element exactly as splitting on '/' does", () => {
    const paths = fc.array(fc.constantFrom("a", ".", "/", "b."), { maxLength: 10 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(paths, (value) => {
        const refused = value.startsWith("/") || value.split("/").includes("..");
        expect(checkLocalDescendingPath(value) !== undefined, JSON.stringify(value)).toBe(refused);
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["kueue.x-k8s.io/multikueue", ok],
    ["example.com/foo", ok],
    ["foo", bad],
    ["example.com/", bad],
    ["Example.com/foo", bad],
    ["example.com/a b", bad],
  ])("checkDomainPrefixedPath %j", (value, expected) => expect(checkDomainPrefixedPath(value)).toEqual(expected));
});

describe("checkIp", () => {
  it.each([
    ["10.9.8.7", ok],
    ["010.009.008.007", ok], // sloppy parsing keeps leading zeros
    ["255.255.255.255", ok],
    ["::1", ok],
    ["2001:db8::ffff", ok],
    ["::ffff:10.0.0.1", ok],
    ["1:2:3:4:5:6:7:8", ok],
    ["256.1.1.1", bad],
    ["1.2.3", bad],
    ["1:2:3:4:5:6:7:8:9", bad],
    ["1::2::3", bad],
    ["fe80::1%eth0", bad],
    ["example.com", bad],
    ["", bad],
  ])("%j", (value, expected) => expect(checkIp(value)).toEqual(expected));
});
