import type { LifecycleHandler, Lifecycle, Probe } from "../template/types.js";
import type { Path } from "../diagnostic.js";
import type { CompileContext } from "./context.js";
import { hasKeys } from "./records.js";

const TIMINGS = [
  "initialDelaySeconds",
  "periodSeconds",
  "timeoutSeconds",
  "successThreshold",
  "failureThreshold",
  "terminationGracePeriodSeconds",
] as const;

/** Hosts that mean "this pod": the kubelet probes the pod IP when `host` is unset, so we leave it out. */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", ""]);

/** `http://localhost:8080/healthz` → httpGet { path, port, scheme?, host? }. */
function httpGet(
  url: string,
  headers: Record<string, string> | undefined,
  at: Path,
  ctx: CompileContext,
): Record<string, unknown> | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined as unknown as URL;
  }
  if (parsed === undefined || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) {
    ctx.error("probe/bad-url", at, `"${url}" is not an http:// or https:// URL`, "write e.g. http://localhost:8080/healthz");
    return undefined;
  }
  const https = parsed.protocol === "https:";
  const out: Record<string, unknown> = {};
  if (!LOCAL_HOSTS.has(parsed.hostname)) out.host = unbracket(parsed.hostname);
  out.path = `${parsed.pathname}${parsed.search}`;
  out.port = parsed.port === "" ? (https ? 443 : 80) : Number(parsed.port);
  if (https) out.scheme = "HTTPS";
  if (headers !== undefined && hasKeys(headers)) {
    out.httpHeaders = Object.entries(headers).map(([name, value]) => ({ name, value }));
  }
  return out;
}

/** `tcp://localhost:5432` → tcpSocket { port, host? }. */
function tcpSocket(url: string, at: Path, ctx: CompileContext): Record<string, unknown> | undefined {
  const m = /^tcp:\/\/([^:/]*|\[[^\]]+\]):(\d{1,5})\/?$/.exec(url);
  if (m === null) {
    ctx.error("probe/bad-url", at, `"${url}" is not a tcp://HOST:PORT URL`, "write e.g. tcp://localhost:5432");
    return undefined;
  }
  const host = m[1]!;
  return LOCAL_HOSTS.has(host) ? { port: Number(m[2]) } : { host: unbracket(host), port: Number(m[2]) };
}

/** `[fe80::1]` → `fe80::1`: the kubelet adds the brackets itself when it joins host and port. */
function unbracket(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

/** The handler part of a probe or lifecycle hook. */
function handler(h: LifecycleHandler | Probe, at: Path, ctx: CompileContext): Record<string, unknown> {
  if ("exec" in h && h.exec !== undefined) return { exec: { command: h.exec } };
  if ("http" in h && h.http !== undefined) {
    const get = httpGet(h.http, h.headers, [...at, "http"], ctx);
    return get === undefined ? {} : { httpGet: get };
  }
  if ("tcp" in h && h.tcp !== undefined) {
    const socket = tcpSocket(h.tcp, [...at, "tcp"], ctx);
    return socket === undefined ? {} : { tcpSocket: socket };
  }
  if ("sleep" in h && h.sleep !== undefined) return { sleep: { seconds: h.sleep } };
  ctx.error("probe/no-handler", at, "needs one of exec, http or tcp");
  return {};
}

export function compileProbe(probe: Probe, at: Path, ctx: CompileContext): Record<string, unknown> {
  const out = handler(probe, at, ctx);
  for (const key of TIMINGS) if (probe[key] !== undefined) out[key] = probe[key];
  return out;
}

export function compileLifecycle(lifecycle: Lifecycle, at: Path, ctx: CompileContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (lifecycle.postStart !== undefined) out.postStart = handler(lifecycle.postStart, [...at, "postStart"], ctx);
  if (lifecycle.preStop !== undefined) out.preStop = handler(lifecycle.preStop, [...at, "preStop"], ctx);
  return out;
}
