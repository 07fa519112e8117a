// src/k8s/generated/types.ts: TypeScript types of the newest version, with the API descriptions,
// for templates that pass Kubernetes shapes through (editor completion and docs).
import { HEADER, enumFromDescription, shortName } from "./gen-schemas-openapi.ts";
import type { Definitions, OpenApiSchema } from "./gen-schemas-openapi.ts";

/** Types for the definitions that are plain values rather than objects. */
const VALUE_TYPES: Record<string, string> = {
  "io.k8s.apimachinery.pkg.api.resource.Quantity": "string | number",
  "io.k8s.apimachinery.pkg.util.intstr.IntOrString": "number | string",
  "io.k8s.apimachinery.pkg.apis.meta.v1.Time": "string",
  "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1": "Record<string, unknown>",
};

export function generateTypes(version: string, specs: Record<string, Definitions>): string {
  const defs = specs[version] as Definitions;
  const versions = Object.keys(specs);
  const typeName = (ref: string) =>
    ref
      .replace(/^#\/definitions\//, "")
      .split(".")
      .pop() as string;
  const tsType = (s: OpenApiSchema): string => {
    if (s.$ref) return typeName(s.$ref);
    if (s.format === "int-or-string") return "number | string";
    if (s.type === "array") return `${s.items ? wrap(tsType(s.items)) : "unknown"}[]`;
    if (s.type === "object")
      return s.additionalProperties && typeof s.additionalProperties === "object"
        ? `Record<string, ${tsType(s.additionalProperties)}>`
        : "Record<string, unknown>";
    if (s.type === "integer" || s.type === "number") return "number";
    if (s.type === "boolean") return "boolean";
    if (s.type === "string") {
      const values = s.description ? enumFromDescription(s.description)?.filter((v) => v !== "") : undefined;
      // Known values for completion, but open (`string & {}`): a value typed as plain string still
      // compiles, and the run-time schema of the target version has the last word.
      return values?.length ? `${values.map((v) => JSON.stringify(v)).join(" | ")} | (string & {})` : "string";
    }
    return "unknown";
  };
  const out = [
    HEADER(`v${version}`),
    "// Kubernetes API shapes with the API reference's descriptions, for editor completion and docs.",
    "",
  ];
  for (const name of Object.keys(defs).sort((a, b) => typeName(a).localeCompare(typeName(b)))) {
    const def = defs[name] as OpenApiSchema;
    if (def.description) out.push(jsDoc(def.description, ""));
    const valueType = VALUE_TYPES[name];
    if (valueType || !def.properties) {
      out.push(`export type ${typeName(name)} = ${valueType ?? tsType(def)};`, "");
      continue;
    }
    const gvk = def["x-kubernetes-group-version-kind"]?.[0];
    const required = new Set(def.required ?? []);
    out.push(`export interface ${typeName(name)} {`);
    for (const prop of Object.keys(def.properties).sort()) {
      const schema = def.properties[prop] as OpenApiSchema;
      let type = tsType(schema);
      if (gvk && prop === "apiVersion") type = JSON.stringify(gvk.group === "" ? gvk.version : `${gvk.group}/${gvk.version}`);
      if (gvk && prop === "kind") type = JSON.stringify(gvk.kind);
      const since = availabilityNote(shortName(name), prop, specs, versions);
      const doc = [schema.description ?? "", since].filter(Boolean).join("\n\n");
      if (doc) out.push(jsDoc(doc, "  "));
      const optional = required.has(prop) || (gvk && (prop === "apiVersion" || prop === "kind")) ? "" : "?";
      out.push(`  ${/^[A-Za-z_$][\w$]*$/.test(prop) ? prop : JSON.stringify(prop)}${optional}: ${type};`);
    }
    out.push("}", "");
  }
  return out.join("\n");
}

/** "Kubernetes 1.30+" for a property the oldest bundled versions lack. */
function availabilityNote(def: string, prop: string, specs: Record<string, Definitions>, versions: string[]): string {
  const present = versions.filter((v) =>
    Object.entries(specs[v] as Definitions).some(([n, d]) => shortName(n) === def && d.properties?.[prop] !== undefined),
  );
  if (present.length === versions.length || present.length === 0) return "";
  return `Available from Kubernetes ${present[0]} (kubejobs checks it against --kube-version).`;
}

function wrap(type: string): string {
  return type.includes(" ") ? `(${type})` : type;
}

function jsDoc(text: string, indent: string): string {
  const lines = text.replace(/\*\//g, "*\\/").split("\n");
  return `${indent}/**\n${lines.map((l) => `${indent} *${l === "" ? "" : ` ${l}`}`).join("\n")}\n${indent} */`;
}
