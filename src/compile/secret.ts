import type { Diagnostic } from "../diagnostic.js";
import type { JobFields, SecretSpec, SecretValue } from "../template/types.js";
import type { CompileContext } from "./context.js";
import { objectMeta } from "./metadata.js";
import type { OriginRecorder } from "./origins.js";
import { getOwn, setOwn } from "./records.js";

/** Template secret type → Kubernetes type and the keys that type needs (PRODUCT §1.6). */
const SECRET_TYPES: Record<SecretSpec["type"], { type: string; required: string[] }> = {
  opaque: { type: "Opaque", required: [] },
  basic: { type: "kubernetes.io/basic-auth", required: ["username", "password"] },
  token: { type: "Opaque", required: ["token"] },
  certificate: { type: "kubernetes.io/tls", required: ["tls.crt", "tls.key"] },
  dockerconfigjson: { type: "kubernetes.io/dockerconfigjson", required: [".dockerconfigjson"] },
};

export interface SecretInputs {
  env: Record<string, string | undefined>;
  files: Record<string, string>;
  unreadFiles: Record<string, Pick<Diagnostic, "code" | "message" | "hint">>;
}

/**
 * `secrets.NAME` → a Secret with `stringData` (sorted keys). Values from the environment or a
 * file are resolved from `inputs`, which the caller read beforehand: the compiler does no I/O.
 * Diagnostics name the variable or file, never the value.
 */
export function compileSecret(
  name: string,
  spec: SecretSpec,
  t: JobFields,
  namespace: string | undefined,
  inputs: SecretInputs,
  ctx: CompileContext,
  rec: OriginRecorder | undefined,
): Record<string, unknown> {
  const at = ["secrets", name];
  rec?.add([], at);
  const kind = SECRET_TYPES[spec.type];
  for (const key of kind.required) {
    if (!Object.hasOwn(spec.data, key)) {
      ctx.error(
        "secret/missing-key",
        [...at, "data"],
        `a ${spec.type} secret needs the key "${key}"`,
        `add ${key} under secrets.${name}.data`,
      );
    }
  }
  const stringData: Record<string, string> = {};
  for (const key of Object.keys(spec.data).sort()) {
    rec?.add(["stringData", key], [...at, "data", key]);
    const value = resolve(getOwn(spec.data, key)!, [...at, "data", key], inputs, ctx);
    if (value !== undefined) setOwn(stringData, key, value);
  }
  rec?.add(["type"], [...at, "type"]);
  const out: Record<string, unknown> = {
    apiVersion: "v1",
    kind: "Secret",
    metadata: objectMeta(name, t, namespace, at, rec),
    type: kind.type,
  };
  if (spec.immutable !== undefined) out.immutable = spec.immutable;
  out.stringData = stringData;
  return out;
}

function resolve(value: SecretValue, at: (string | number)[], inputs: SecretInputs, ctx: CompileContext): string | undefined {
  if (typeof value === "string") return value;
  if ("fromEnv" in value) {
    const v = getOwn(inputs.env, value.fromEnv);
    if (v === undefined) {
      ctx.error(
        "secret/from-env-missing",
        [...at, "fromEnv"],
        `environment variable ${value.fromEnv} is not set`,
        `export ${value.fromEnv} before rendering, or change the source`,
      );
    }
    return v;
  }
  const v = getOwn(inputs.files, value.fromFile);
  if (v === undefined) {
    // The caller read the files beforehand and says why one could not be read.
    const problem = getOwn(inputs.unreadFiles, value.fromFile);
    ctx.error(
      problem?.code ?? "secret/from-file-missing",
      [...at, "fromFile"],
      problem?.message ?? `file ${value.fromFile} could not be read`,
      problem === undefined ? "check the path; it is relative to the template file" : problem.hint,
    );
  }
  return v;
}
