// Probes and lifecycle hooks: exec, http, tcp and sleep actions, with Kubernetes' timings.

/** Probe timing and thresholds, as in Kubernetes. */
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
   * Consecutive successes needed after a failure.
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
   */
  terminationGracePeriodSeconds?: number;
}

export interface ExecAction {
  /** The command, run without a shell. */
  exec: string[];
}

export interface HttpAction {
  /**
   * `http://localhost:8080/healthz` or `https://...`: scheme, port, path and (non-local) host.
   * @pattern ^https?://[^/\s]+(/\S*)?$
   * @patternErrorMessage An http:// or https:// URL, e.g. http://localhost:8080/healthz.
   */
  http: string;
  /** Extra request headers: name → value. */
  headers?: Record<string, string>;
}

export interface TcpAction {
  /**
   * `tcp://localhost:5432`.
   * @pattern ^tcp://([^:/\s]*|\[[^\]\s]+\]):[0-9]{1,5}/?$
   * @patternErrorMessage A tcp://HOST:PORT URL, e.g. tcp://localhost:5432.
   */
  tcp: string;
}

/**
 * A probe: exactly one of `exec`, `http` or `tcp`, plus timings.
 * @title probe
 */
export type Probe = ProbeTimings & (ExecAction | HttpAction | TcpAction);

export interface SleepAction {
  /**
   * Seconds to sleep.
   * @asType integer
   * @minimum 0
   */
  sleep: number;
}

/**
 * A lifecycle hook: exactly one of `exec`, `http` or `sleep`.
 * @title lifecycle hook
 */
export type LifecycleHandler = ExecAction | HttpAction | SleepAction;

/** Hooks run around the container's life. */
export interface Lifecycle {
  /** Runs before the container is stopped. */
  preStop?: LifecycleHandler;
  /** Runs right after the container is created. */
  postStart?: LifecycleHandler;
}
