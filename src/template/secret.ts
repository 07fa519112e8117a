// Secrets a template generates, with values read at render time from the environment or files.

/**
 * A value of a Secret's data: a literal, or read at render time from the environment or a file.
 * @title secret value
 */
export type SecretValue =
  | string
  | {
      /** Read from this environment variable at render time. */
      fromEnv: string;
    }
  | {
      /** Read from this file (relative to the template) at render time. */
      fromFile: string;
    };

/**
 * A Secret to generate (written with `stringData`).
 * @title secret
 */
export interface SecretSpec {
  /**
   * `opaque` (Opaque), `basic` (kubernetes.io/basic-auth: username, password), `token` (Opaque: token),
   * `certificate` (kubernetes.io/tls: tls.crt, tls.key), `dockerconfigjson` (.dockerconfigjson).
   */
  type: "opaque" | "basic" | "token" | "certificate" | "dockerconfigjson";
  /** Key → a literal, `{ fromEnv: "VAR" }` or `{ fromFile: "./path" }`. */
  data: Record<string, SecretValue>;
  /**
   * Forbid changes to the Secret's data once created.
   * @default false
   */
  immutable?: boolean;
}
