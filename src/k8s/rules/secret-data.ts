// Secret keys, size and the keys each built-in type needs.
// Source: core/validation ValidateSecret: keys are config keys (IsConfigMapKey); the decoded
// data may total at most 1 MiB (MaxSecretSize); kubernetes.io/tls needs tls.crt and tls.key,
// kubernetes.io/basic-auth needs username or password, kubernetes.io/dockerconfigjson needs a
// .dockerconfigjson holding JSON (kubernetes.io/dockercfg: .dockercfg), kubernetes.io/ssh-auth
// needs ssh-privatekey, kubernetes.io/service-account-token needs the
// kubernetes.io/service-account.name annotation. stringData is merged over data before
// validation, so both count. `data` values are base64, as the JSON decoding of []byte requires.
// Messages name keys only, never values.
import { atKey, error, type Diagnostic } from "../../diagnostic.js";
import { checkConfigMapKey } from "../names.js";
import type { Rule } from "./rule.js";
import { isRecord, utf8Length, type Json } from "./util.js";

export const MAX_SECRET_SIZE_BYTES = 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const LINE_BREAKS = /[\r\n]/g;

/** The decoded length of standard padded base64, or undefined when it is not valid base64. */
export function base64DecodedLength(text: string): number | undefined {
  const s = text.includes("\n") || text.includes("\r") ? text.replace(LINE_BREAKS, "") : text;
  if (s.length % 4 !== 0 || !BASE64.test(s)) return undefined;
  const padding = s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0;
  return (s.length / 4) * 3 - padding;
}

function decode(text: string): string | undefined {
  try {
    return atob(text.replace(LINE_BREAKS, ""));
  } catch {
    return undefined;
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether the Secret has the key, in data or stringData (whatever its value). */
function hasKey(data: Json | undefined, stringData: Json | undefined, key: string): boolean {
  return (data !== undefined && Object.hasOwn(data, key)) || (stringData !== undefined && Object.hasOwn(stringData, key));
}

/** stringData's value for the key, when a string: it replaces data's (stringData is merged over data). */
function stringValue(stringData: Json | undefined, key: string): string | undefined {
  const value = stringData !== undefined && Object.hasOwn(stringData, key) ? stringData[key] : undefined;
  return typeof value === "string" ? value : undefined;
}

/** data's value for the key, when valid base64. */
function dataValue(data: Json | undefined, key: string): string | undefined {
  const value = data !== undefined && Object.hasOwn(data, key) ? data[key] : undefined;
  return typeof value === "string" && base64DecodedLength(value) !== undefined ? value : undefined;
}

function missingKey(where: string, type: unknown, key: string, why: string): Diagnostic {
  return error("secret/missing-key", [where], `a Secret of type ${type} needs the key ${JSON.stringify(key)} (${why})`, `add ${key}`);
}

export const secretData: Rule = {
  code: "secret",
  codes: ["secret/invalid-key", "secret/invalid-base64", "secret/too-large", "secret/missing-key", "secret/invalid-json"],
  check(t, _ctx, out: Diagnostic[]) {
    if (t.kind !== "Secret") return;
    const data = isRecord(t.obj.data) ? t.obj.data : undefined;
    const stringData = isRecord(t.obj.stringData) ? t.obj.stringData : undefined;
    // The decoded size of data and stringData merged: a stringData string replaces data's value.
    let total = 0;
    if (data) {
      for (const key in data) {
        const problem = checkConfigMapKey(key);
        if (problem)
          out.push(
            atKey(
              error(
                "secret/invalid-key",
                ["data", key],
                `Secret key ${JSON.stringify(key)} ${problem}`,
                "use letters, digits, '-', '_' or '.'",
              ),
            ),
          );
        const value = data[key];
        if (typeof value !== "string") continue;
        const size = base64DecodedLength(value);
        if (size === undefined) {
          out.push(
            error(
              "secret/invalid-base64",
              ["data", key],
              `the value of ${JSON.stringify(key)} under data is not valid base64`,
              "put plain text under stringData instead, or base64-encode it",
            ),
          );
          continue;
        }
        if (stringValue(stringData, key) === undefined) total += size;
      }
    }
    if (stringData) {
      for (const key in stringData) {
        const problem = checkConfigMapKey(key);
        if (problem)
          out.push(
            atKey(
              error(
                "secret/invalid-key",
                ["stringData", key],
                `Secret key ${JSON.stringify(key)} ${problem}`,
                "use letters, digits, '-', '_' or '.'",
              ),
            ),
          );
        const value = stringData[key];
        if (typeof value === "string") total += utf8Length(value);
      }
    }
    if (total > MAX_SECRET_SIZE_BYTES) {
      out.push(
        error(
          "secret/too-large",
          [stringData ? "stringData" : "data"],
          `the Secret's data totals ${total} bytes; Kubernetes allows at most ${MAX_SECRET_SIZE_BYTES} (1 MiB)`,
          "mount large files from a volume or an image instead",
        ),
      );
    }
    const type = t.obj.type;
    const where = stringData ? "stringData" : "data";
    switch (type) {
      case "kubernetes.io/tls":
        if (!hasKey(data, stringData, "tls.crt")) out.push(missingKey(where, type, "tls.crt", "the certificate"));
        if (!hasKey(data, stringData, "tls.key")) out.push(missingKey(where, type, "tls.key", "the private key"));
        break;
      case "kubernetes.io/basic-auth":
        if (!hasKey(data, stringData, "username") && !hasKey(data, stringData, "password"))
          out.push(
            error(
              "secret/missing-key",
              [where],
              'a Secret of type kubernetes.io/basic-auth needs "username" or "password" (usually both)',
              "add username and password",
            ),
          );
        break;
      case "kubernetes.io/ssh-auth": {
        // Here an empty value counts as missing (len(...) == 0 in ValidateSecret).
        const text = stringValue(stringData, "ssh-privatekey");
        const encoded = text === undefined ? dataValue(data, "ssh-privatekey") : undefined;
        const size = text !== undefined ? utf8Length(text) : encoded !== undefined ? base64DecodedLength(encoded) : undefined;
        if (!size)
          out.push(
            error("secret/missing-key", [where], `a Secret of type ${type} needs a non-empty "ssh-privatekey"`, "add ssh-privatekey"),
          );
        break;
      }
      case "kubernetes.io/dockerconfigjson":
      case "kubernetes.io/dockercfg": {
        const key = type === "kubernetes.io/dockercfg" ? ".dockercfg" : ".dockerconfigjson";
        if (!hasKey(data, stringData, key)) out.push(missingKey(where, type, key, "the registry credentials as JSON"));
        const text = stringValue(stringData, key);
        const encoded = text === undefined ? dataValue(data, key) : undefined;
        const value = text ?? (encoded !== undefined ? decode(encoded) : undefined);
        if (value !== undefined && !isJson(value)) {
          out.push(
            error(
              "secret/invalid-json",
              [stringData && key in stringData ? "stringData" : "data", key],
              `${key} must hold JSON (the docker config file)`,
              "generate it with: kubectl create secret docker-registry NAME --docker-server=... --dry-run=client -o yaml",
            ),
          );
        }
        break;
      }
      case "kubernetes.io/service-account-token": {
        const annotations = isRecord(t.metadata?.annotations) ? t.metadata.annotations : {};
        if (
          typeof annotations["kubernetes.io/service-account.name"] !== "string" ||
          annotations["kubernetes.io/service-account.name"] === ""
        ) {
          out.push(
            error(
              "secret/missing-key",
              ["metadata", "annotations"],
              "a Secret of type kubernetes.io/service-account-token needs the annotation kubernetes.io/service-account.name",
            ),
          );
        }
        break;
      }
    }
  },
};
