// The validators of layer 3 (src/k8s/generated/validators-<v>.js, their .d.ts, and the loaders in
// validators.ts): each version's OpenAPI definitions as JSON Schemas, with what the raw definitions
// leave out (see k8s-openapi/README.md), compiled into code.
import { NOT_REQUIRED, REQUIRED } from "./k8s-corrections.ts";
import { BASE64_PATTERN, DATE_TIME_PATTERN, HEADER, ROOTS, enumFromDescription, sortKeys } from "./gen-schemas-openapi.ts";
import type { Definitions, JsonObject, OpenApiSchema } from "./gen-schemas-openapi.ts";
import { gatedFields } from "./gen-schemas-fields.ts";
import { validatorCode } from "./gen-schemas-validator-code.ts";

const INT32 = { minimum: -2147483648, maximum: 2147483647 };
// Go decodes int64 fields exactly and refuses anything beyond ±2^63 (1.2e29 in a JSON file is an
// error there); as doubles these bounds are ±2^63, which is as close as JSON numbers get.
const INT64 = { minimum: -9223372036854775808, maximum: 9223372036854775807 };

/** Converts one definition; `$ref`s become the content ids of their targets. */
function convertDefinition(name: string, def: OpenApiSchema, idOf: (ref: string) => string): JsonObject {
  switch (name) {
    case "io.k8s.apimachinery.pkg.util.intstr.IntOrString":
      return { type: ["integer", "string"] };
    case "io.k8s.apimachinery.pkg.api.resource.Quantity":
      // The API server accepts JSON numbers for quantities (`cpu: 1`); syntax is checked in k8s/rules.
      return { type: ["number", "string"] };
    case "io.k8s.apimachinery.pkg.apis.meta.v1.Time":
      // metav1.Time accepts null (`kubectl create --dry-run -o yaml` writes `creationTimestamp: null`).
      return { pattern: DATE_TIME_PATTERN, type: ["null", "string"] };
  }
  const out = convertSchema(def, idOf);
  applyRequirements(name, def, out);
  const gvk = def["x-kubernetes-group-version-kind"]?.[0];
  if (gvk && out.properties && typeof out.properties === "object" && !Array.isArray(out.properties)) {
    // A top-level kind: its apiVersion and kind are fixed, and both must be present.
    const apiVersion = gvk.group === "" ? gvk.version : `${gvk.group}/${gvk.version}`;
    out.properties = { ...out.properties, apiVersion: { enum: [apiVersion], type: "string" }, kind: { enum: [gvk.kind], type: "string" } };
    out.required = [...new Set([...((out.required as string[] | undefined) ?? []), "apiVersion", "kind"])].sort();
  }
  return out;
}

function convertSchema(s: OpenApiSchema, idOf: (ref: string) => string): JsonObject {
  if (s.$ref) return { $ref: idOf(s.$ref) };
  const out: JsonObject = {};
  if (s.format === "int-or-string") out.type = ["integer", "string"];
  else if (s.type) out.type = s.type;
  if (s.format === "int32") Object.assign(out, INT32);
  if (s.format === "int64") Object.assign(out, INT64);
  if (s.format === "date-time") out.pattern = DATE_TIME_PATTERN;
  if (s.format === "byte") out.pattern = BASE64_PATTERN;
  if (s.type === "string" && s.description) {
    const values = enumFromDescription(s.description);
    if (values) out.enum = values;
  }
  if (s.items) out.items = convertSchema(s.items, idOf);
  if (s.additionalProperties && typeof s.additionalProperties === "object") {
    out.additionalProperties = convertSchema(s.additionalProperties, idOf);
  }
  if (s.properties) {
    const props: JsonObject = {};
    for (const [key, value] of Object.entries(s.properties)) props[key] = convertSchema(value, idOf);
    out.properties = props;
    // The API server rejects unknown fields under strict field validation (kubectl --validate=strict).
    out.additionalProperties = false;
    if (s.required?.length) out.required = [...s.required].sort();
  }
  return out;
}

/**
 * Replaces the OpenAPI `required` list with what the API server requires (k8s-corrections.ts
 * REQUIRED): present, and for a string or a list not empty (`not: { const: "" }` and `minItems`,
 * which the OpenAPI never uses, so manifest-errors.ts reads them as "required"). An OpenAPI requirement the
 * tables do not classify stops the generator.
 */
function applyRequirements(name: string, def: OpenApiSchema, out: JsonObject): void {
  const table = REQUIRED[name] ?? {};
  const waived = NOT_REQUIRED[name] ?? {};
  for (const field of def.required ?? []) {
    if (!table[field] && !waived[field])
      throw new Error(`${name}.${field} is required by the OpenAPI but neither REQUIRED nor NOT_REQUIRED in k8s-corrections.ts`);
  }
  const props = out.properties as Record<string, JsonObject> | undefined;
  const required: string[] = [];
  for (const [field, requirement] of Object.entries(table)) {
    const prop = props?.[field];
    if (!prop || requirement.by) continue; // a field of other versions, or checked elsewhere
    required.push(field);
    if (requirement.empty) continue;
    // `not: { const: "" }` rather than minLength, which would need ajv's unicode-length runtime helper.
    if (prop.type === "string") prop.not = { const: "" };
    else if (prop.type === "array") prop.minItems = 1;
  }
  if (required.length > 0) out.required = required.sort();
  else delete out.required;
}

/** One version's definitions as JSON Schemas, each with its name as `$id`. */
export function versionSchemas(version: string, defs: Definitions): JsonObject[] {
  const reached = new Set<string>();
  const visiting = new Set<string>();
  const schemas: JsonObject[] = [];
  const idOf = (ref: string): string => {
    const name = ref.replace(/^#\/definitions\//, "");
    if (reached.has(name)) return name;
    const def = defs[name];
    if (!def) throw new Error(`${version}: missing definition ${name}`);
    // Validators follow refs without a depth limit, so cycles would need thought; there are none.
    if (visiting.has(name)) throw new Error(`${version}: recursive definition ${name} (not supported)`);
    visiting.add(name);
    const schema = sortKeys(convertDefinition(name, def, idOf)) as JsonObject;
    visiting.delete(name);
    reached.add(name);
    schemas.push({ $id: name, ...schema });
    return name;
  };
  for (const name of Object.values(ROOTS)) idOf(name);
  return schemas.sort((a, b) => String(a.$id).localeCompare(String(b.$id)));
}

/** The validators of one version (gen-schemas-validator-code.ts): exports Job, CronJob, Secret and ConfigMap. */
export function generateValidators(version: string, defs: Definitions): string {
  const code = validatorCode({
    schemas: versionSchemas(version, defs),
    gated: gatedFields(version, defs),
    roots: ROOTS,
    patternNames: { [DATE_TIME_PATTERN]: "DATE_TIME", [BASE64_PATTERN]: "BASE64" },
  });
  return `${HEADER(`v${version}`)}// @ts-nocheck\n${code}`;
}

export const VALIDATOR_TYPES =
  `import type { ManifestValidator } from "./validators.js";\n\n` +
  Object.keys(ROOTS)
    .map((kind) => `export declare const ${kind}: ManifestValidator;\n`)
    .join("");

/**
 * The per-version loaders: one dynamic import each, so a run parses only its target's code; and
 * the default version's validators imported statically, so they are ready without a top-level
 * await (which a module run from V8's code cache, CommonJS, cannot hold: scripts/build.mjs).
 */
export function generateLoaders(versions: readonly string[], defaultVersion: string): string {
  return [
    HEADER(`v${versions[0]}–v${versions[versions.length - 1]}`),
    `import * as defaultVersion from "./validators-${defaultVersion}.js";`,
    ``,
    `/** A validator: true when valid; otherwise \`errors\` holds the errors, as ajv's error objects. */`,
    `export interface ManifestValidator {`,
    `  (data: unknown): boolean;`,
    `  errors?: { instancePath: string; keyword: string; params: Record<string, unknown> }[] | null;`,
    `  /** The alpha, beta and feature-gated fields set, each as \`batch.v1.JobSpec.managedBy\` (\`params.field\`), in the order a walk finds them. */`,
    `  gated?: { instancePath: string; keyword: "gated"; params: { field: string } }[] | null;`,
    `}`,
    ``,
    `/** The validators of one version, by kind. */`,
    `export interface VersionValidators {`,
    ...Object.keys(ROOTS).map((kind) => `  ${kind}: ManifestValidator;`),
    `}`,
    ``,
    `export const VALIDATOR_LOADERS: Record<string, () => Promise<VersionValidators>> = {`,
    ...versions.map((v) => ` ${JSON.stringify(v)}: () => import("./validators-${v}.js"),`),
    `};`,
    ``,
    `/** The validators of the default version (src/k8s/versions.ts), loaded with this module. */`,
    `export const DEFAULT_VALIDATORS: { version: string; validators: VersionValidators } = { version: ${JSON.stringify(defaultVersion)}, validators: defaultVersion };`,
    ``,
  ].join("\n");
}
