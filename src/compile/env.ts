import type { EnvFrom, EnvValue } from "../template/types.js";
import type { Path } from "../diagnostic.js";
import type { CompileContext } from "./context.js";
import type { OriginRecorder } from "./origins.js";
import { KEY_REF_HINT, looksLikeRef, parseKeyRef, parseNameRef } from "./refs.js";
import { quantityString } from "./quantity-string.js";

type K8sEnvVar = Record<string, unknown>;

/** `env` record → `env[]` in record order (a later variable may use `$(EARLIER)`). */
export function compileEnv(env: Record<string, EnvValue>, path: Path, ctx: CompileContext, rec: OriginRecorder | undefined): K8sEnvVar[] {
  const out: K8sEnvVar[] = [];
  for (const name in env) {
    const value = env[name]!;
    // The variable's template path is built only where it is used: errors, and recorded origins.
    if (rec !== undefined) {
      const at = [...path, name];
      const i = out.length;
      rec.translated([i], at);
      rec.key([i, "name"], at);
      recordEnvSource(value, at, rec.at(i, "valueFrom"));
    }
    out.push(envVar(name, value, path, ctx));
  }
  return out;
}

/** One variable: `{ name, value }`, `{ name, valueFrom }`, or `{ name }` when its value is in error. */
function envVar(name: string, value: EnvValue, path: Path, ctx: CompileContext): K8sEnvVar {
  if (typeof value === "string") {
    if (!looksLikeRef(value)) return { name, value };
    const ref = parseKeyRef(value);
    if (ref === undefined) {
      ctx.error("env/bad-reference", [...path, name], `"${value}" is not a valid reference`, KEY_REF_HINT);
      return { name };
    }
    const selector = { name: ref.name, key: ref.key };
    return { name, valueFrom: ref.scheme === "secret" ? { secretKeyRef: selector } : { configMapKeyRef: selector } };
  }
  if (typeof value === "number" || typeof value === "boolean") return { name, value: String(value) };
  if ("secret" in value) return { name, valueFrom: { secretKeyRef: keySelector(value.secret, value.key, value.optional) } };
  if ("configMap" in value) return { name, valueFrom: { configMapKeyRef: keySelector(value.configMap, value.key, value.optional) } };
  if ("field" in value) {
    const fieldRef = value.apiVersion === undefined ? { fieldPath: value.field } : { apiVersion: value.apiVersion, fieldPath: value.field };
    return { name, valueFrom: { fieldRef } };
  }
  if ("resource" in value) {
    const resourceFieldRef: Record<string, unknown> = {};
    if (value.containerName !== undefined) resourceFieldRef.containerName = value.containerName;
    resourceFieldRef.resource = value.resource;
    if (value.divisor !== undefined) resourceFieldRef.divisor = quantityString(value.divisor);
    return { name, valueFrom: { resourceFieldRef } };
  }
  ctx.error(
    "env/bad-value",
    [...path, name],
    "is not a value, a reference or a known object form",
    "use a string, secret://NAME/KEY, configmap://NAME/KEY, { field }, or { resource }",
  );
  return { name };
}

/** Object forms keep their own words: point each Kubernetes field at the template key it came from. */
function recordEnvSource(value: EnvValue, at: Path, rec: OriginRecorder): void {
  if (typeof value !== "object" || value === null) return;
  const fields: [string, Path, string][] =
    "secret" in value
      ? [
          ["secretKeyRef", ["name"], "secret"],
          ["secretKeyRef", ["key"], "key"],
          ["secretKeyRef", ["optional"], "optional"],
        ]
      : "configMap" in value
        ? [
            ["configMapKeyRef", ["name"], "configMap"],
            ["configMapKeyRef", ["key"], "key"],
            ["configMapKeyRef", ["optional"], "optional"],
          ]
        : "field" in value
          ? [
              ["fieldRef", ["fieldPath"], "field"],
              ["fieldRef", ["apiVersion"], "apiVersion"],
            ]
          : [
              ["resourceFieldRef", ["resource"], "resource"],
              ["resourceFieldRef", ["divisor"], "divisor"],
              ["resourceFieldRef", ["containerName"], "containerName"],
            ];
  for (const [ref, field, key] of fields) rec.translated([ref, ...field], [...at, key]);
}

function keySelector(name: string, key: string, optional: boolean | undefined): Record<string, unknown> {
  return optional === undefined ? { name, key } : { name, key, optional };
}

/** `envFrom` entries: `secret://NAME`, `configmap://NAME`, or `{ secret | configMap, prefix?, optional? }`. */
export function compileEnvFrom(
  list: EnvFrom[],
  path: Path,
  ctx: CompileContext,
  rec: OriginRecorder | undefined,
): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  list.forEach((entry, i) => {
    const at = [...path, i];
    rec?.translated([out.length], at);
    if (typeof entry === "object" && entry !== null) rec?.translated([out.length, "prefix"], [...at, "prefix"]);
    if (typeof entry === "string") {
      const ref = parseNameRef(entry);
      if (ref === undefined) {
        ctx.error("env-from/bad-reference", at, `"${entry}" is not a valid reference`, "write secret://NAME or configmap://NAME");
        return;
      }
      out.push(ref.scheme === "secret" ? { secretRef: { name: ref.name } } : { configMapRef: { name: ref.name } });
      return;
    }
    const hasSecret = entry.secret !== undefined;
    if (hasSecret === (entry.configMap !== undefined)) {
      ctx.error("env-from/bad-source", at, "needs exactly one of secret or configMap");
      return;
    }
    const ref: Record<string, unknown> = { name: hasSecret ? entry.secret : entry.configMap };
    if (entry.optional !== undefined) ref.optional = entry.optional;
    const item: Record<string, unknown> = {};
    if (entry.prefix !== undefined) item.prefix = entry.prefix;
    item[hasSecret ? "secretRef" : "configMapRef"] = ref;
    out.push(item);
  });
  return out;
}
