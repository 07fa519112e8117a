// A container, keyed by its name in a template's `containers` / `initContainers`.
import type { ContainerPort, SecurityContext } from "../k8s/types.js";
import type { EnvFrom, EnvValue } from "./env.js";
import type { FileSpec } from "./files.js";
import type { Lifecycle, Probe } from "./probes.js";
import type { Resources } from "./resources.js";

/**
 * A container, keyed by its name in `containers` / `initContainers`.
 * Becomes an entry of the pod's `containers` / `initContainers`, with the key as its `name`.
 * @title container
 */
export interface Container {
  /**
   * The image reference, e.g. `ghcr.io/acme/report:1.4.2`.
   * @examples ["ghcr.io/acme/report:1.4.2", "busybox:1.36"]
   */
  image: string;
  /** The entrypoint (replaces the image's ENTRYPOINT), run without a shell. */
  command?: string[];
  /** Arguments (replace the image's CMD). `$(VAR)` expands environment variables. */
  args?: string[];
  /** The working directory (default: the image's). */
  workingDir?: string;
  /**
   * When to pull the image; Kubernetes defaults to `Always` for `:latest` or no tag, else `IfNotPresent`.
   * @enumDescriptions ["Pull the image every time a container starts.", "Pull only when the node does not have the image.", "Never pull: the image must already be on the node."]
   */
  imagePullPolicy?: "Always" | "IfNotPresent" | "Never";
  /** Ports the container exposes (informational for a Job). */
  ports?: ContainerPort[];
  /** The container's security settings. */
  securityContext?: SecurityContext;
  /** Keep stdin open. */
  stdin?: boolean;
  /** Allocate a TTY. */
  tty?: boolean;
  /**
   * Environment variables by name, in order (a later one may use `$(EARLIER)`).
   *
   * Becomes `env[]`: `"text"`, `42`, `true` → `value` (a string); `secret://NAME/KEY` →
   * `valueFrom.secretKeyRef`; `configmap://NAME/KEY` → `valueFrom.configMapKeyRef`;
   * `{ field }` → `valueFrom.fieldRef`; `{ resource }` → `valueFrom.resourceFieldRef`.
   */
  env?: Record<string, EnvValue>;
  /**
   * Import all keys of Secrets / ConfigMaps as variables: `secret://NAME`, `configmap://NAME` or
   * `{ secret | configMap, prefix? }`. Becomes `envFrom[]` (`secretRef` / `configMapRef`).
   */
  envFrom?: EnvFrom[];
  /**
   * `{ cpu: "500m", memory: "1Gi" }` (requests = limits), `{ cpu: "250m-1" }` (request-limit) or
   * `{ requests, limits }`. Becomes the container's `resources.requests` and `resources.limits`.
   */
  resources?: Resources;
  /**
   * Files mounted by subPath: path → inline content or a Secret/ConfigMap key. Inline contents go
   * into one ConfigMap `<name>-files`; each file becomes a read-only `volumeMounts[]` entry.
   */
  files?: Record<string, FileSpec>;
  /**
   * Directories: mount path → `secret://NAME`, `configmap://NAME`, `pvc://CLAIM`, `emptydir://`,
   * `emptydir://memory` or `volume://NAME` (a `volumes` entry); append `:ro` for read-only.
   * Becomes `volumeMounts[]` and the pod's `volumes[]`.
   */
  dirs?: Record<string, string>;
  /** Restarts the container when it fails: `{ exec: [...] }`, `{ http: "http://localhost:8080/healthz" }` or `{ tcp: "tcp://localhost:5432" }`. */
  livenessProbe?: Probe;
  /** Marks the container ready; same forms as `livenessProbe`. */
  readinessProbe?: Probe;
  /** Holds the other probes until it succeeds; same forms as `livenessProbe`. */
  startupProbe?: Probe;
  /** Shorthand for `livenessProbe: { exec: [...] }`. Becomes `livenessProbe.exec.command`. */
  livenessCommand?: string[];
  /** `preStop` / `postStart` hooks, each `{ exec }`, `{ http }` or `{ sleep }`. */
  lifecycle?: Lifecycle;
  /**
   * Only for init containers: `Always` makes it a native sidecar, started before the main
   * containers and kept running alongside them.
   */
  restartPolicy?: "Always";
  /**
   * Where the termination message comes from.
   * @default "File"
   * @enumDescriptions ["Only the file at terminationMessagePath (/dev/termination-log).", "That file, or the end of the container's log when the file is empty and the container failed."]
   */
  terminationMessagePolicy?: "File" | "FallbackToLogsOnError";
}
