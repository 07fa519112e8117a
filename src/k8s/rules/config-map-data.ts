// ConfigMap keys and size.
// Source: core/validation ValidateConfigMap: data and binaryData keys are config keys
// (IsConfigMapKey), a key may not appear in both, and the values may total at most 1 MiB
// (MaxSecretSize, which ConfigMaps share).
import { atKey, error, type Diagnostic } from "../../diagnostic.js";
import { checkConfigMapKey } from "../names.js";
import type { Rule } from "./rule.js";
import { base64DecodedLength, MAX_SECRET_SIZE_BYTES } from "./secret-data.js";
import { isRecord, utf8Length } from "./util.js";

export const configMapData: Rule = {
  code: "configmap",
  codes: ["configmap/invalid-key", "configmap/duplicate-key", "configmap/invalid-base64", "configmap/too-large"],
  check(t, _ctx, out: Diagnostic[]) {
    if (t.kind !== "ConfigMap") return;
    const data = isRecord(t.obj.data) ? t.obj.data : undefined;
    const binary = isRecord(t.obj.binaryData) ? t.obj.binaryData : undefined;
    let total = 0;
    if (data) {
      for (const key in data) {
        const problem = checkConfigMapKey(key);
        if (problem)
          out.push(
            atKey(
              error(
                "configmap/invalid-key",
                ["data", key],
                `ConfigMap key ${JSON.stringify(key)} ${problem}`,
                "use letters, digits, '-', '_' or '.'; a file path like a/b.txt cannot be a key",
              ),
            ),
          );
        const value = data[key];
        if (typeof value === "string") total += utf8Length(value);
      }
    }
    if (binary) {
      for (const key in binary) {
        const problem = checkConfigMapKey(key);
        if (problem)
          out.push(atKey(error("configmap/invalid-key", ["binaryData", key], `ConfigMap key ${JSON.stringify(key)} ${problem}`)));
        if (data && Object.hasOwn(data, key))
          out.push(
            atKey(
              error(
                "configmap/duplicate-key",
                ["binaryData", key],
                `key ${JSON.stringify(key)} is in both data and binaryData`,
                "keep it in one of them",
              ),
            ),
          );
        const value = binary[key];
        if (typeof value !== "string") continue;
        const size = base64DecodedLength(value);
        if (size === undefined)
          out.push(
            error(
              "configmap/invalid-base64",
              ["binaryData", key],
              `the value of ${JSON.stringify(key)} under binaryData is not valid base64`,
              "base64-encode it, or put text under data",
            ),
          );
        else total += size;
      }
    }
    if (total > MAX_SECRET_SIZE_BYTES) {
      out.push(
        error(
          "configmap/too-large",
          [],
          `the ConfigMap's data totals about ${total} bytes; Kubernetes allows at most ${MAX_SECRET_SIZE_BYTES} (1 MiB)`,
          "split it, or mount large files another way",
        ),
      );
    }
  },
};
