// The Kubernetes types a template passes through (tolerations, affinity, securityContext, volumes,
// ports, podFailurePolicy, ...) as real JSON Schema definitions for editors, converted from the
// newest bundled OpenAPI the way layer 3 reads it (scripts/gen-schemas.ts): unknown fields refused,
// int-or-string and quantities as the API server takes them, enums from the descriptions,
// required fields the server defaults left out. Only the editor schema gets them: at run time
// layer 3 checks the rendered manifest against the target version's own schema.
import { enumFromDescription } from "../gen-schemas.ts";
import { DEFAULTED_REQUIRED } from "../k8s-corrections.ts";
import type { Definitions, Json, JsonObject, OpenApiSchema } from "../gen-schemas-openapi.ts";

export type { OpenApiSchema };
export type OpenApiDefinitions = Definitions;

/** The editor schema's name for a Kubernetes definition: `k8s.Toleration`. */
export const k8sName = (short: string): string => `k8s.${short}`;

/** A template type that is a Kubernetes definition with fields left out (the map key is the name). */
const DERIVED: Record<string, { from: string; without: string[] }> = {
  VolumeSource: { from: "Volume", without: ["name"] },
};

// Inlined instead of referenced: small, and what the API server accepts is not what the OpenAPI says.
const INLINE: Record<string, JsonObject> = {
  "io.k8s.apimachinery.pkg.util.intstr.IntOrString": { type: ["integer", "string"] },
  // The API server takes JSON numbers for quantities (`storage: 1`); the syntax is a rule's job.
  "io.k8s.apimachinery.pkg.api.resource.Quantity": { title: "quantity", type: ["number", "string"] },
  "io.k8s.apimachinery.pkg.apis.meta.v1.Time": { type: ["null", "string"] },
  "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1": { type: "object" },
};

/**
 * Definitions for the template's Kubernetes types (`roots`, by their TS names) and everything they
 * reach, named `k8s.<Name>`. Descriptions are cut to their first paragraph (the API reference's
 * texts run to pages; the first paragraph says what the field is), which keeps the schema small.
 */
export function k8sDefinitions(openapi: OpenApiDefinitions, roots: readonly string[]): Record<string, JsonObject> {
  const byShortName = new Map<string, string>();
  for (const full of Object.keys(openapi)) {
    if (!/^io\.k8s\.api\.(core|batch)\.v1\./.test(full) && !full.startsWith("io.k8s.apimachinery.")) continue;
    const short = full.slice(full.lastIndexOf(".") + 1);
    if (/^io\.k8s\.api\./.test(full) && byShortName.has(short)) throw new Error(`k8s-definitions: ${short} is ambiguous`);
    if (!byShortName.has(short) || /^io\.k8s\.api\./.test(full)) byShortName.set(short, full);
  }
  const out: Record<string, JsonObject> = {};
  const shortOf = (full: string): string => full.slice(full.lastIndexOf(".") + 1);
  const reach = (full: string): void => {
    const short = shortOf(full);
    if (out[k8sName(short)] !== undefined) return;
    const def = openapi[full];
    if (def === undefined) throw new Error(`k8s-definitions: the OpenAPI has no ${full}`);
    out[k8sName(short)] = {}; // reserve the name first: definitions may refer to each other
    out[k8sName(short)] = definition(full, def, refOf);
  };
  const refOf = (ref: string): JsonObject => {
    const full = ref.replace(/^#\/definitions\//, "");
    const inline = INLINE[full];
    if (inline !== undefined) return structuredClone(inline);
    reach(full);
    return { $ref: `#/definitions/${k8sName(shortOf(full))}` };
  };
  for (const root of roots) {
    const derived = DERIVED[root];
    const full = byShortName.get(derived?.from ?? root);
    if (full === undefined) throw new Error(`k8s-definitions: no Kubernetes definition for ${root}`);
    if (derived === undefined) {
      reach(full);
      continue;
    }
    const base = definition(full, openapi[full]!, refOf);
    const properties = { ...(base.properties as JsonObject) };
    for (const field of derived.without) delete properties[field];
    const required = ((base.required as string[] | undefined) ?? []).filter((f) => !derived.without.includes(f));
    const { required: _, ...rest } = base;
    out[k8sName(root)] = { ...rest, properties, ...(required.length > 0 ? { required } : {}) };
  }
  return out;
}

function definition(full: string, def: OpenApiSchema, refOf: (ref: string) => JsonObject): JsonObject {
  const out = convert(def, refOf);
  out.title = `${full.slice(full.lastIndexOf(".") + 1)} (Kubernetes)`;
  const defaulted = DEFAULTED_REQUIRED[full];
  if (defaulted !== undefined && Array.isArray(out.required)) {
    out.required = (out.required as string[]).filter((field) => !defaulted.includes(field));
    if ((out.required as string[]).length === 0) delete out.required;
  }
  return out;
}

function convert(s: OpenApiSchema, refOf: (ref: string) => JsonObject): JsonObject {
  if (s.$ref !== undefined) {
    const target = refOf(s.$ref);
    // Editors show a description next to a $ref (as ts-json-schema-generator writes them too).
    return s.description === undefined ? target : { ...target, description: firstParagraph(s.description) };
  }
  const out: JsonObject = {};
  if (s.description !== undefined) out.description = firstParagraph(s.description);
  if (s.format === "int-or-string") out.type = ["integer", "string"];
  else if (s.type !== undefined) out.type = s.type;
  if (s.type === "string" && s.description !== undefined) {
    const values = enumFromDescription(s.description);
    if (values !== undefined) out.enum = values;
  }
  if (s.items !== undefined) out.items = convert(s.items, refOf);
  if (typeof s.additionalProperties === "object") out.additionalProperties = convert(s.additionalProperties, refOf);
  if (s.properties !== undefined) {
    const properties: JsonObject = {};
    for (const [key, value] of Object.entries(s.properties)) properties[key] = convert(value, refOf);
    out.properties = properties;
    // The API server refuses unknown fields (kubectl --validate=strict); so does layer 3.
    out.additionalProperties = false;
    if (s.required !== undefined && s.required.length > 0) out.required = [...s.required].sort();
  }
  return out;
}

/** The first paragraph, without the API reference's trailing "More info: <url>". */
export function firstParagraph(description: string): string {
  const first = description.split(/\n\s*\n/)[0]!.trim();
  return first.replace(/\s*More info: \S+\s*$/, "").trim();
}
