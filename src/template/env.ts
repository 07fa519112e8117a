// Environment variables of a container: literal values, Secret/ConfigMap keys, pod fields and
// container resources (`env`), and whole Secrets/ConfigMaps (`envFrom`).
import type { Quantity } from "./resources.js";

/** `secret://NAME/KEY` as an env value or file source. */
export type SecretKeyUrl = `secret://${string}`;
/** `configmap://NAME/KEY` as an env value or file source. */
export type ConfigMapKeyUrl = `configmap://${string}`;

/** An environment variable taken from one key of a Secret. */
export interface SecretKeyEnv {
  /** The Secret's name. */
  secret: string;
  /** The key in the Secret. */
  key: string;
  /**
   * Start the container even if the Secret or key is missing.
   * @default false
   */
  optional?: boolean;
}

/** An environment variable taken from one key of a ConfigMap. */
export interface ConfigMapKeyEnv {
  /** The ConfigMap's name. */
  configMap: string;
  /** The key in the ConfigMap. */
  key: string;
  /**
   * Start the container even if the ConfigMap or key is missing.
   * @default false
   */
  optional?: boolean;
}

/** An environment variable set from a field of the pod (`metadata.name`, `status.podIP`, ...). */
export interface FieldEnv {
  /**
   * The pod field's path.
   * @examples ["metadata.name", "metadata.namespace", "status.podIP", "spec.nodeName"]
   */
  field: string;
  /**
   * The API version the field path is written in.
   * @default "v1"
   */
  apiVersion?: string;
}

/** An environment variable set from a container resource (`limits.memory`, `requests.cpu`, ...). */
export interface ResourceEnv {
  /**
   * The resource to read.
   * @examples ["limits.memory", "limits.cpu", "requests.memory", "requests.cpu"]
   */
  resource: string;
  /** The unit the value is expressed in (`1Mi`, `1m`); defaults to 1. */
  divisor?: Quantity;
  /** The container whose resource is read; defaults to the container itself. */
  containerName?: string;
}

/**
 * An environment variable's value: a literal (string, number or boolean; written as a string),
 * `secret://NAME/KEY`, `configmap://NAME/KEY`, or one of the object forms.
 * @title env value
 * @pattern ^(?!(secret|configmap)://)|^(secret|configmap)://[^/\s]+/[^/\s]+$
 * @patternErrorMessage A value starting with secret:// or configmap:// must be secret://NAME/KEY or configmap://NAME/KEY.
 */
export type EnvValue = string | number | boolean | SecretKeyEnv | ConfigMapKeyEnv | FieldEnv | ResourceEnv;

/** Import every key of a Secret or ConfigMap as environment variables, optionally prefixed. */
export interface EnvFromSource {
  /** The Secret to import (give `secret` or `configMap`). */
  secret?: string;
  /** The ConfigMap to import (give `secret` or `configMap`). */
  configMap?: string;
  /** Prepended to every variable name. */
  prefix?: string;
  /**
   * Start the container even if the Secret or ConfigMap is missing.
   * @default false
   */
  optional?: boolean;
}

/**
 * `secret://NAME`, `configmap://NAME`, or the object form with a prefix.
 * @title envFrom source
 * @pattern ^(secret|configmap)://[^/\s]+$
 * @patternErrorMessage Use secret://NAME or configmap://NAME (no key), or { secret | configMap, prefix? }.
 */
export type EnvFrom = string | EnvFromSource;
