// The `scheme://NAME[/KEY]` references templates use for Secrets, ConfigMaps and volumes.

export type RefScheme = "secret" | "configmap";

export interface KeyRef {
  scheme: RefScheme;
  name: string;
  key: string;
}

export interface NameRef {
  scheme: RefScheme;
  name: string;
}

const KEY_REF = /^(secret|configmap):\/\/([^/\s]+)\/([^/\s]+)$/;
const NAME_REF = /^(secret|configmap):\/\/([^/\s]+)$/;

/** True when a string is meant as a reference (so a malformed one is an error, not a literal). */
export function looksLikeRef(value: string): boolean {
  return value.startsWith("secret://") || value.startsWith("configmap://");
}

/** `secret://NAME/KEY` or `configmap://NAME/KEY`; undefined when malformed. */
export function parseKeyRef(value: string): KeyRef | undefined {
  const m = KEY_REF.exec(value);
  return m ? { scheme: m[1] as RefScheme, name: m[2]!, key: m[3]! } : undefined;
}

/** `secret://NAME` or `configmap://NAME`; undefined when malformed. */
export function parseNameRef(value: string): NameRef | undefined {
  const m = NAME_REF.exec(value);
  return m ? { scheme: m[1] as RefScheme, name: m[2]! } : undefined;
}

export const KEY_REF_HINT = "write secret://NAME/KEY or configmap://NAME/KEY, e.g. secret://db/password";
