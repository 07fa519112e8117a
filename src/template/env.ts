// Environment variables of a container: literal values, Secret/ConfigMap keys, pod fields and
// container resources (`env`), and whole Secrets/ConfigMaps (`envFrom`). An envFrom entry is a
// Secret or a ConfigMap, never both (`?: never`): TypeScript refuses `{ secret, configMap }` as the
// schema does.
import type { Quantity } from "./resources.js";

/** `secret://NAME/KEY` as an env value or file source. */
export type SecretKeyUrl = `secret://${string}`;
/** `configmap://NAME/KEY` as an env value or file source. */
export type ConfigMapKeyUrl = `configmap://${string}`;

/** An environment variable taken from one key of a Secret: becomes `valueFrom.secretKeyRef`. */
export interface SecretKeyEnv {
  /** The Secret's name. Becomes `valueFrom.secretKeyRef.name`. */
  secret: string;
  /** The key in the Secret. Becomes `valueFrom.secretKeyRef.key`. */
  key: string;
  /**
   * Start the container even if the Secret or key is missing.
   * @default false
   */
  optional?: boolean;
}

/** An environment variable taken from one key of a ConfigMap: becomes `valueFrom.configMapKeyRef`. */
export interface ConfigMapKeyEnv {
  /** The ConfigMap's name. Becomes `valueFrom.configMapKeyRef.name`. */
  configMap: string;
  /** The key in the ConfigMap. Becomes `valueFrom.configMapKeyRef.key`. */
  key: string;
  /**
   * Start the container even if the ConfigMap or key is missing.
   * @default false
   */
  optional?: boolean;
}

/** An environment variable set from a field of the pod: becomes `valueFrom.fieldRef`. */
export interface FieldEnv {
  /**
   * The pod field's path. Becomes `valueFrom.fieldRef.fieldPath`.
   * @examples ["metadata.name", "metadata.namespace", "status.podIP", "spec.nodeName"]
   */
  field: string;
  /**
   * The API version the field path is written in.
   * @default "v1"
   */
  apiVersion?: string;
}

/** An environment variable set from a container resource: becomes `valueFrom.resourceFieldRef`. */
export interface ResourceEnv {
  /**
   * The resource to read. Becomes `valueFrom.resourceFieldRef.resource`.
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
 * `secret://NAME/KEY` (becomes `valueFrom.secretKeyRef`), `configmap://NAME/KEY` (becomes
 * `valueFrom.configMapKeyRef`), or one of the object forms.
 * @title env value
 * @pattern ^(?!(secret|configmap)://)|^(secret|configmap)://[^/\s]+/[^/\s]+$
 * @patternErrorMessage A value starting with secret:// or configmap:// must be secret://NAME/KEY or configmap://NAME/KEY.
 */
export type EnvValue = string | number | boolean | SecretKeyEnv | ConfigMapKeyEnv | FieldEnv | ResourceEnv;

/** Import every key of a Secret as environment variables: becomes `envFrom[].secretRef`. */
export interface EnvFromSecret {
  /** The Secret to import. Becomes `secretRef.name`. */
  secret: string;
  /** Prepended to every variable name. */
  prefix?: string;
  /**
   * Start the container even if the Secret is missing.
   * @default false
   */
  optional?: boolean;
  configMap?: never;
}

/** Import every key of a ConfigMap as environment variables: becomes `envFrom[].configMapRef`. */
export interface EnvFromConfigMap {
  /** The ConfigMap to import. Becomes `configMapRef.name`. */
  configMap: string;
  /** Prepended to every variable name. */
  prefix?: string;
  /**
   * Start the container even if the ConfigMap is missing.
   * @default false
   */
  optional?: boolean;
  secret?: never;
}

/** The object form of an `envFrom` entry: a Secret or a ConfigMap, never both. */
export type EnvFromSource = EnvFromSecret | EnvFromConfigMap;

/**
 * `secret://NAME`, `configmap://NAME`, or the object form with a prefix.
 * @title envFrom source
 * @pattern ^(secret|configmap)://[^/\s]+$
 * @patternErrorMessage Use secret://NAME or configmap://NAME (no key), or { secret | configMap, prefix? }.
 */
export type EnvFrom = string | EnvFromSecret | EnvFromConfigMap;
