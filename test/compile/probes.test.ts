import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../src/compile/index.js";
import type { LifecycleHandler, Probe } from "../../src/template/types.js";
import { compileMain, errorsOf, withMain, type Obj } from "./helpers.js";

describe("probes: handlers", () => {
  it.each<[string, Probe, Obj]>([
    ["exec", { exec: ["pg_isready", "-h", "localhost"] }, { exec: { command: ["pg_isready", "-h", "localhost"] } }],
    ["http on localhost with a port", { http: "http://localhost:8080/healthz" }, { httpGet: { path: "/healthz", port: 8080 } }],
    ["http without a port → 80", { http: "http://localhost/healthz" }, { httpGet: { path: "/healthz", port: 80 } }],
    [
      "https without a port → 443 and scheme HTTPS",
      { http: "https://localhost/healthz" },
      { httpGet: { path: "/healthz", port: 443, scheme: "HTTPS" } },
    ],
    ["https with a port", { http: "https://localhost:8443/ready" }, { httpGet: { path: "/ready", port: 8443, scheme: "HTTPS" } }],
    ["http with an explicit :80", { http: "http://localhost:80/x" }, { httpGet: { path: "/x", port: 80 } }],
    ["127.0.0.1 is local: no host", { http: "http://127.0.0.1:9000/m" }, { httpGet: { path: "/m", port: 9000 } }],
    [
      "another host is kept",
      { http: "http://metrics.monitoring.svc:9090/-/ready" },
      { httpGet: { host: "metrics.monitoring.svc", path: "/-/ready", port: 9090 } },
    ],
    [
      "an https host is kept",
      { http: "https://example.com/status" },
      { httpGet: { host: "example.com", path: "/status", port: 443, scheme: "HTTPS" } },
    ],
    [
      "a path with a query",
      { http: "http://localhost:8080/health?full=1&verbose" },
      { httpGet: { path: "/health?full=1&verbose", port: 8080 } },
    ],
    ["no path → /", { http: "http://localhost:8080" }, { httpGet: { path: "/", port: 8080 } }],
    [
      "headers → httpHeaders, in order",
      { http: "http://localhost:8080/healthz", headers: { "X-Probe": "liveness", Authorization: "Bearer abc" } },
      {
        httpGet: {
          path: "/healthz",
          port: 8080,
          httpHeaders: [
            { name: "X-Probe", value: "liveness" },
            { name: "Authorization", value: "Bearer abc" },
          ],
        },
      },
    ],
    ["empty headers → none", { http: "http://localhost:8080/healthz", headers: {} }, { httpGet: { path: "/healthz", port: 8080 } }],
    ["tcp on localhost", { tcp: "tcp://localhost:5432" }, { tcpSocket: { port: 5432 } }],
    ["tcp on another host", { tcp: "tcp://db.internal:5432" }, { tcpSocket: { host: "db.internal", port: 5432 } }],
  ])("%s", (_, probe, expected) => {
    expect(compileMain({ readinessProbe: probe }).readinessProbe).toEqual(expected);
  });

  it("copies every timing field, handler first", () => {
    const probe = compileMain({
      startupProbe: {
        exec: ["true"],
        initialDelaySeconds: 5,
        periodSeconds: 10,
        timeoutSeconds: 2,
        successThreshold: 1,
        failureThreshold: 30,
        terminationGracePeriodSeconds: 15,
      },
    }).startupProbe;
    expect(probe).toEqual({
      exec: { command: ["true"] },
      initialDelaySeconds: 5,
      periodSeconds: 10,
      timeoutSeconds: 2,
      successThreshold: 1,
      failureThreshold: 30,
      terminationGracePeriodSeconds: 15,
    });
    expect(Object.keys(probe)[0]).toBe("exec");
  });

  it("copies a zero timing (Kubernetes defaults it; the compiler does not drop it)", () => {
    expect(compileMain({ livenessProbe: { tcp: "tcp://localhost:1", initialDelaySeconds: 0 } }).livenessProbe).toEqual({
      tcpSocket: { port: 1 },
      initialDelaySeconds: 0,
    });
  });

  it("sets each of liveness, readiness and startup on its own field", () => {
    const c = compileMain({
      livenessProbe: { exec: ["live"] },
      readinessProbe: { http: "http://localhost:1/r" },
      startupProbe: { tcp: "tcp://localhost:2" },
    });
    expect(c.livenessProbe).toEqual({ exec: { command: ["live"] } });
    expect(c.readinessProbe).toEqual({ httpGet: { path: "/r", port: 1 } });
    expect(c.startupProbe).toEqual({ tcpSocket: { port: 2 } });
  });

  it.each([
    ["ftp://localhost/x", "http"],
    ["localhost:8080/healthz", "http"],
    ["not a url", "http"],
    ["localhost:5432", "tcp"],
    ["tcp://localhost", "tcp"],
    ["http://localhost:5432", "tcp"],
  ])("bad URL %j (%s) → probe/bad-url, the rest still compiles", (url, kind) => {
    const probe = (kind === "http" ? { http: url } : { tcp: url }) as Probe;
    const result = compileTemplate(withMain({ readinessProbe: probe }));
    expect(errorsOf(result)).toEqual([{ code: "probe/bad-url", path: ["containers", "main", "readinessProbe", kind] }]);
    expect(result.manifests.length).toBeGreaterThan(0); // the rest still compiles, for the other layers to check
  });
});

describe("probes: livenessCommand", () => {
  it("is shorthand for livenessProbe: { exec }", () => {
    expect(compileMain({ livenessCommand: ["cat", "/tmp/healthy"] }).livenessProbe).toEqual({ exec: { command: ["cat", "/tmp/healthy"] } });
  });

  it("does not leak into the container as a field", () => {
    expect(compileMain({ livenessCommand: ["true"] })).not.toHaveProperty("livenessCommand");
  });

  it("with livenessProbe too → probe/conflict, the rest still compiles", () => {
    const result = compileTemplate(withMain({ livenessCommand: ["true"], livenessProbe: { exec: ["false"] } }));
    expect(errorsOf(result)).toEqual([{ code: "probe/conflict", path: ["containers", "main", "livenessCommand"] }]);
    expect(result.manifests.length).toBeGreaterThan(0); // the rest still compiles, for the other layers to check
  });
});

describe("lifecycle", () => {
  it.each<[string, LifecycleHandler, Obj]>([
    ["exec", { exec: ["/bin/sh", "-c", "sleep 5"] }, { exec: { command: ["/bin/sh", "-c", "sleep 5"] } }],
    ["http", { http: "http://localhost:8080/shutdown" }, { httpGet: { path: "/shutdown", port: 8080 } }],
    [
      "https on a host with headers",
      { http: "https://hooks.example.com/done", headers: { "X-Job": "demo" } },
      {
        httpGet: { host: "hooks.example.com", path: "/done", port: 443, scheme: "HTTPS", httpHeaders: [{ name: "X-Job", value: "demo" }] },
      },
    ],
    ["sleep", { sleep: 10 }, { sleep: { seconds: 10 } }],
  ])("preStop and postStart: %s", (_, handler, expected) => {
    expect(compileMain({ lifecycle: { preStop: handler } }).lifecycle).toEqual({ preStop: expected });
    expect(compileMain({ lifecycle: { postStart: handler } }).lifecycle).toEqual({ postStart: expected });
  });

  it("sets both hooks", () => {
    expect(compileMain({ lifecycle: { preStop: { sleep: 3 }, postStart: { exec: ["init"] } } }).lifecycle).toEqual({
      postStart: { exec: { command: ["init"] } },
      preStop: { sleep: { seconds: 3 } },
    });
  });

  it("a bad hook URL → probe/bad-url at the hook", () => {
    const result = compileTemplate(withMain({ lifecycle: { preStop: { http: "gopher://x" } } }));
    expect(errorsOf(result)).toEqual([{ code: "probe/bad-url", path: ["containers", "main", "lifecycle", "preStop", "http"] }]);
  });
});
