// Probes and lifecycle hooks: exec, http, tcp and sleep actions, with Kubernetes' timings. Each
// action excludes the others (`?: never`), so TypeScript refuses a probe with both `exec` and
// `http`, as the schema does.

/** Probe timing and thresholds, as in Kubernetes (the same names in the probe). */
export interface ProbeTimings {
  /**
   * Seconds after the container starts before the first probe.
   * @asType integer
   * @minimum 0
   * @default 0
   */
  initialDelaySeconds?: number;
  /**
   * Seconds between probes.
   * @asType integer
   * @minimum 0
   * @default 10
   */
  periodSeconds?: number;
  /**
   * Seconds after which a probe times out.
   * @asType integer
   * @minimum 0
   * @default 1
   */
  timeoutSeconds?: number;
  /**
   * Consecutive successes needed after a failure (must be 1 for liveness and startup probes).
   * @asType integer
   * @minimum 0
   * @default 1
   */
  successThreshold?: number;
  /**
   * Consecutive failures that count as failed.
   * @asType integer
   * @minimum 0
   * @default 3
   */
  failureThreshold?: number;
  /**
   * Grace period when a failed probe kills the container (overrides the pod's).
   * @asType integer
   * @minimum 1
   * @examples [30]
   */
  terminationGracePeriodSeconds?: number;
}

export interface ExecAction {
  /** The command, run without a shell. Becomes `exec.command`. */
  exec: string[];
  http?: never;
  tcp?: never;
  sleep?: never;
}

export interface HttpAction {
  /**
   * `http://localhost:8080/healthz` or `https://...`. Becomes `httpGet` with the URL's scheme,
   * port, path and (when not local) host: `localhost` means the pod, so no `host` is written.
   * @pattern ^https?://[^/\s]+(/\S*)?$
   * @patternErrorMessage An http:// or https:// URL, e.g. http://localhost:8080/healthz.
   */
  http: string;
  /** Extra request headers: name → value. Becomes `httpGet.httpHeaders`. */
  headers?: Record<string, string>;
  exec?: never;
  tcp?: never;
  sleep?: never;
}

export interface TcpAction {
  /**
   * `tcp://localhost:5432`. Becomes `tcpSocket` with the port (and the host when not local).
   * @pattern ^tcp://([^:/\s]*|\[[^\]\s]+\]):[0-9]{1,5}/?$
   * @patternErrorMessage A tcp://HOST:PORT URL, e.g. tcp://localhost:5432.
   */
  tcp: string;
  exec?: never;
  http?: never;
  sleep?: never;
}

/**
 * A probe: exactly one of `exec`, `http` or `tcp`, plus timings.
 * @title probe
 */
export type Probe = ProbeTimings & (ExecAction | HttpAction | TcpAction);

export interface SleepAction {
  /**
   * Seconds to sleep. Becomes `sleep.seconds`.
   * @asType integer
   * @minimum 0
   * @examples [5]
   */
  sleep: number;
  exec?: never;
  http?: never;
  tcp?: never;
}

/**
 * A lifecycle hook: exactly one of `exec`, `http` or `sleep`.
 * @title lifecycle hook
 */
export type LifecycleHandler = ExecAction | HttpAction | SleepAction;

/** Hooks run around the container's life. Becomes the container's `lifecycle`. */
export interface Lifecycle {
  /** Runs before the container is stopped. */
  preStop?: LifecycleHandler;
  /** Runs right after the container is created. */
  postStart?: LifecycleHandler;
}
