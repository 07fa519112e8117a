// env[].valueFrom and envFrom[] sources.
// Source: core/validation validateEnvVarValueFrom (exactly one of fieldRef, resourceFieldRef,
// configMapKeyRef, secretKeyRef; not together with a non-empty value), validateObjectFieldSelector
// with validEnvDownwardAPIFieldPathExpressions, validateContainerResourceFieldSelector
// (validContainerResourceFieldPathExpressions, validateContainerResourceDivisor),
// validateConfigMapKeySelector / validateSecretKeySelector (name a DNS subdomain, key a
// config key), validateEnvFrom (exactly one of configMapRef, secretRef).
import { error, type Diagnostic, type Path } from "../../diagnostic.js";
import { checkConfigMapKey, checkDns1123Subdomain, checkQualifiedName } from "../names.js";
import { parseQuantity, compareQuantities, type Quantity } from "../quantities.js";
import type { Rule } from "./rule.js";
import { asArray, asRecord, isRecord, type Json } from "./util.js";

const ENV_FROM_SOURCES = ["configMapRef", "secretRef"] as const;
const FIELD_PATHS = new Set([
  "metadata.name",
  "metadata.namespace",
  "metadata.uid",
  "spec.nodeName",
  "spec.serviceAccountName",
  "status.hostIP",
  "status.hostIPs",
  "status.podIP",
  "status.podIPs",
]);
const SUBSCRIPTED_FIELD = /^metadata\.(labels|annotations)\['(.*)'\]$/;
const RESOURCE_FIELDS = new Set([
  "limits.cpu",
  "limits.memory",
  "limits.ephemeral-storage",
  "requests.cpu",
  "requests.memory",
  "requests.ephemeral-storage",
]);
const HUGEPAGES_FIELD = /^(limits|requests)\.hugepages-/;
const CPU_DIVISORS = ["1m", "1"].map((s) => parseQuantity(s)!);
const MEMORY_DIVISORS = ["1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei"].map((s) => parseQuantity(s)!);

// Paths are built only when something is reported (most env entries are fine): the checks get
// the container's path, the entry's index and the source's name.
function sourcePath(base: Path, index: number, source: string, field: string): Path {
  return [...base, "env", index, "valueFrom", source, field];
}

function checkKeySelector(ref: Json, base: Path, index: number, source: string, what: string, out: Diagnostic[]): void {
  const name = ref.name;
  if (typeof name === "string" && name !== "") {
    const problem = checkDns1123Subdomain(name);
    if (problem)
      out.push(error("env/invalid-reference", sourcePath(base, index, source, "name"), `${what} name ${JSON.stringify(name)} ${problem}`));
  } else if (name === undefined || name === "") {
    out.push(error("env/invalid-reference", sourcePath(base, index, source, "name"), `${what} reference needs a name`));
  }
  const key = ref.key;
  if (typeof key === "string" && key !== "") {
    const problem = checkConfigMapKey(key);
    if (problem) out.push(error("env/invalid-reference", sourcePath(base, index, source, "key"), `key ${JSON.stringify(key)} ${problem}`));
  } else if (key === undefined || key === "") {
    out.push(error("env/invalid-reference", sourcePath(base, index, source, "key"), `${what} reference needs a key`));
  }
}

function checkFieldRef(ref: Json, base: Path, index: number, source: string, out: Diagnostic[]): void {
  const fieldPath = ref.fieldPath;
  if (typeof fieldPath !== "string") return;
  const apiVersion = ref.apiVersion;
  if (typeof apiVersion === "string" && apiVersion !== "" && apiVersion !== "v1") {
    out.push(
      error(
        "env/field-path",
        sourcePath(base, index, source, "apiVersion"),
        `fieldRef apiVersion ${JSON.stringify(apiVersion)} is not supported; use "v1"`,
      ),
    );
  }
  if (FIELD_PATHS.has(fieldPath)) return;
  const subscripted = SUBSCRIPTED_FIELD.exec(fieldPath);
  if (subscripted) {
    const problem = checkQualifiedName((subscripted[2] ?? "").toLowerCase());
    if (problem)
      out.push(
        error("env/field-path", sourcePath(base, index, source, "fieldPath"), `fieldPath ${JSON.stringify(fieldPath)}: key ${problem}`),
      );
    return;
  }
  out.push(
    error(
      "env/field-path",
      sourcePath(base, index, source, "fieldPath"),
      `fieldPath ${JSON.stringify(fieldPath)} is not supported in env; use metadata.name, metadata.namespace, metadata.uid, metadata.labels['KEY'], metadata.annotations['KEY'], spec.nodeName, spec.serviceAccountName, status.hostIP(s) or status.podIP(s)`,
    ),
  );
}

function includesQuantity(list: readonly Quantity[], q: Quantity): boolean {
  for (const d of list) if (compareQuantities(d, q) === 0) return true;
  return false;
}

function checkResourceFieldRef(ref: Json, base: Path, index: number, source: string, out: Diagnostic[]): void {
  const resource = ref.resource;
  if (typeof resource !== "string") return;
  if (!RESOURCE_FIELDS.has(resource) && !HUGEPAGES_FIELD.test(resource)) {
    out.push(
      error(
        "env/resource-field",
        sourcePath(base, index, source, "resource"),
        `resource ${JSON.stringify(resource)} is not supported; use limits.cpu, limits.memory, limits.ephemeral-storage or the requests.* equivalents`,
      ),
    );
    return;
  }
  const divisorText = ref.divisor;
  if (divisorText === undefined || divisorText === null) return;
  if (typeof divisorText !== "string" && typeof divisorText !== "number") return;
  const divisor = parseQuantity(divisorText);
  if (!divisor) {
    // Quantities are parsed when the manifest is decoded: a bad one fails the whole request.
    out.push(
      error(
        "quantity/invalid",
        sourcePath(base, index, source, "divisor"),
        `${JSON.stringify(divisorText)} is not a quantity`,
        resource.endsWith(".cpu") ? "use 1m or 1" : "use 1, 1Ki, 1Mi or 1Gi",
      ),
    );
    return;
  }
  const allowed = resource.endsWith(".cpu")
    ? CPU_DIVISORS
    : resource.includes("memory") || resource.includes("storage") || resource.includes("hugepages")
      ? MEMORY_DIVISORS
      : undefined;
  if (allowed && !includesQuantity(allowed, divisor)) {
    const hint = resource.endsWith(".cpu") ? "use 1m or 1" : "use 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi or 1Ei";
    out.push(
      error(
        "env/resource-field",
        sourcePath(base, index, source, "divisor"),
        `divisor ${JSON.stringify(divisorText)} is not supported for ${resource}`,
        hint,
      ),
    );
  }
}

export const envSources: Rule = {
  code: "env/source",
  codes: ["env/value-from", "env/invalid-reference", "env/field-path", "env/resource-field", "env/from-source", "quantity/invalid"],
  check(t, _ctx, out) {
    for (const ref of t.containers) {
      const vars = asArray(ref.container.env);
      for (let i = 0; i < vars.length; i++) {
        const v = asRecord(vars[i]);
        const valueFrom = asRecord(v?.valueFrom);
        if (!v || !valueFrom) continue;
        // The four sources read once, by name (a loop over their names costs a keyed look-up each).
        const fieldRef = asRecord(valueFrom.fieldRef);
        const resourceRef = asRecord(valueFrom.resourceFieldRef);
        const configMapRef = asRecord(valueFrom.configMapKeyRef);
        const secretRef = asRecord(valueFrom.secretKeyRef);
        const count = (fieldRef ? 1 : 0) + (resourceRef ? 1 : 0) + (configMapRef ? 1 : 0) + (secretRef ? 1 : 0);
        // Same precedence as validateEnvVarValueFrom: one message per entry.
        if (count === 0) {
          if (Object.keys(valueFrom).length === 0)
            out.push(
              error(
                "env/value-from",
                [...ref.path, "env", i, "valueFrom"],
                "valueFrom must set one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef",
              ),
            );
        } else if (typeof v.value === "string" && v.value !== "") {
          out.push(
            error(
              "env/value-from",
              [...ref.path, "env", i, "valueFrom"],
              "valueFrom may not be set together with a non-empty value",
              "keep either value or valueFrom",
            ),
          );
        } else if (count > 1) {
          out.push(
            error(
              "env/value-from",
              [...ref.path, "env", i, "valueFrom"],
              "valueFrom may set only one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef",
            ),
          );
        }
        if (fieldRef) checkFieldRef(fieldRef, ref.path, i, "fieldRef", out);
        if (resourceRef) checkResourceFieldRef(resourceRef, ref.path, i, "resourceFieldRef", out);
        if (configMapRef) checkKeySelector(configMapRef, ref.path, i, "configMapKeyRef", "ConfigMap", out);
        if (secretRef) checkKeySelector(secretRef, ref.path, i, "secretKeyRef", "Secret", out);
      }
      const sources = asArray(ref.container.envFrom);
      for (let i = 0; i < sources.length; i++) {
        const source = asRecord(sources[i]);
        if (!source) continue;
        const refs = (isRecord(source.configMapRef) ? 1 : 0) + (isRecord(source.secretRef) ? 1 : 0);
        if (refs === 0 && source.configMapRef === undefined && source.secretRef === undefined) {
          out.push(error("env/from-source", [...ref.path, "envFrom", i], "an envFrom entry must set configMapRef or secretRef"));
        } else if (refs > 1) {
          out.push(error("env/from-source", [...ref.path, "envFrom", i], "an envFrom entry may set only one of configMapRef or secretRef"));
        }
        for (const field of ENV_FROM_SOURCES) {
          const r = asRecord(source[field]);
          const name = r?.name;
          const what = field === "configMapRef" ? "ConfigMap" : "Secret";
          if (typeof name === "string" && name !== "") {
            const problem = checkDns1123Subdomain(name);
            if (problem)
              out.push(
                error(
                  "env/invalid-reference",
                  [...ref.path, "envFrom", i, field, "name"],
                  `${what} name ${JSON.stringify(name)} ${problem}`,
                ),
              );
          } else if (r && (name === undefined || name === "")) {
            out.push(error("env/invalid-reference", [...ref.path, "envFrom", i, field, "name"], `${what} reference needs a name`));
          }
        }
      }
    }
  },
};
