// Secrets a template generates, with values read at render time from the environment or files.

/**
 * A value of a Secret's data: a literal, or read at render time from the environment or a file.
 * Becomes a key of the Secret's `stringData`; the value never appears in diagnostics.
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
 * A Secret to generate (written with `stringData`), named by its key in `secrets`.
 * @title secret
 */
export interface SecretSpec {
  /**
   * What the Secret holds, and the keys its `data` needs.
   * @enumDescriptions ["`Opaque`: any keys.", "`kubernetes.io/basic-auth`: needs `username` and `password`.", "`Opaque` with a `token` key.", "`kubernetes.io/tls`: needs `tls.crt` and `tls.key`.", "`kubernetes.io/dockerconfigjson`: needs `.dockerconfigjson`."]
   */
  type: "opaque" | "basic" | "token" | "certificate" | "dockerconfigjson";
  /** Key → a literal, `{ fromEnv: "VAR" }` or `{ fromFile: "./path" }`. Becomes the Secret's `stringData`. */
  data: Record<string, SecretValue>;
  /**
   * Forbid changes to the Secret's data once created. Becomes the Secret's `immutable`.
   * @default false
   */
  immutable?: boolean;
}
