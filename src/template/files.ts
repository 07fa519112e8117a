// Files a container mounts by subPath: inline content or one key of a Secret or ConfigMap.

/** A file with inline content, put in the template's generated `<name>-files` ConfigMap. */
export interface InlineFile {
  /** The file's text. Becomes a key of the `<name>-files` ConfigMap, mounted by `subPath`. */
  content: string;
  /**
   * Octal file mode, e.g. `"0644"`. Becomes the volume item's `mode`.
   * @pattern ^[0-7]{1,4}$
   * @patternErrorMessage An octal file mode as a string, e.g. "0644".
   */
  mode?: string;
}

/** A file taken from one key of an existing Secret or ConfigMap. */
export interface ReferencedFile {
  /**
   * `secret://NAME/KEY` or `configmap://NAME/KEY`. Becomes a `secret` or `configMap` volume with
   * that one key, mounted by `subPath`.
   * @pattern ^(secret|configmap)://[^/\s]+/[^/\s]+$
   * @patternErrorMessage Use secret://NAME/KEY or configmap://NAME/KEY.
   */
  contentFrom: string;
  /**
   * Octal file mode, e.g. `"0600"`. Becomes the volume item's `mode`.
   * @pattern ^[0-7]{1,4}$
   * @patternErrorMessage An octal file mode as a string, e.g. "0600".
   */
  mode?: string;
}

/**
 * A mounted file: `{ content, mode? }` or `{ contentFrom, mode? }`.
 * @title file
 */
export type FileSpec = InlineFile | ReferencedFile;
