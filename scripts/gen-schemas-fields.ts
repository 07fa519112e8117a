// The field table of src/k8s/generated/fields.ts: which definition each property leads to, the
// versions that have a property, and its alpha/beta stage and feature gate per version.
import { correctedStage, STAGE_CORRECTIONS } from "./k8s-corrections.ts";
import { BASE64_PATTERN, DATE_TIME_PATTERN, HEADER, ROOTS, shortName, sortKeys } from "./gen-schemas-openapi.ts";
import type { Definitions, Json, OpenApiSchema } from "./gen-schemas-openapi.ts";

/** How a property leads on: "" scalar, "Def" an object, "[]Def"/"[]" a list, "{}Def"/"{}" a map. */
function shapeOf(s: OpenApiSchema): string {
  if (s.$ref) return shortName(s.$ref);
  if (s.type === "array") return `[]${s.items?.$ref ? shortName(s.items.$ref) : ""}`;
  if (s.type === "object" && s.additionalProperties && typeof s.additionalProperties === "object") {
    return `{}${s.additionalProperties.$ref ? shortName(s.additionalProperties.$ref) : ""}`;
  }
  return "";
}

type Stage = { stage: "alpha" | "beta" | "gated"; gate?: string; enabledByDefault?: boolean };

/**
 * The stage of a field in one version, from its description: "This field is alpha-level …",
 * "This is a beta field and requires …", "(Alpha) Using this field requires …", "Alpha, gated by
 * the X feature gate", "Requires the X feature gate to be enabled". Sentences about a value
 * ("This value is beta-level") or another field ("the namespace field of …") do not count.
 */
export function stageFromDescription(description: string): Stage | undefined {
  const sentences = description.replace(/\s+/g, " ").split(/(?<=\.)\s+/);
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] as string;
    if (/\bfield of\b/.test(sentence)) continue;
    const staged =
      /^(?:This (?:field\s+)?is (?:an? )?|\(|)(alpha|beta)(?:-level)?\b(?:\)| field| feature|,)?/i.exec(sentence) ??
      /^This field\s+is (alpha|beta)-level/i.exec(sentence);
    const requires = /^Requires the `?(\w+)`? feature gate to be enabled/.exec(sentence);
    if (!staged && !requires) continue;
    if (staged && /^This (?:field )?is (?:an? )?(?:alpha|beta) in \d/.test(sentence)) continue; // "beta in 1.10": history, no gate
    const context = sentences.slice(i, i + 3).join(" "); // the gate and its default follow the stage
    const gate = requires?.[1] ?? gateName(staged && /\bgate|\bfeature\b|\bflag\b/i.test(sentence) ? sentence : context);
    if (!gate && !staged) continue;
    if (staged && !gate && !/^This (?:field )?is (?:an? )?(?:alpha|beta)/i.test(sentence)) continue; // "(Beta feature)" asides
    const stage: Stage = { stage: staged ? ((staged[1] as string).toLowerCase() as "alpha" | "beta") : "gated" };
    if (gate) stage.gate = gate;
    if (/\(enabled by default\)|default enabled|\bon by default/i.test(context)) stage.enabledByDefault = true;
    if (/\(disabled by default\)/i.test(context)) stage.enabledByDefault = false;
    return stage;
  }
  return undefined;
}

function gateName(text: string): string | undefined {
  const m = /feature gate `?([A-Z]\w+)`?/.exec(text) ?? /`?([A-Z]\w+)`? feature(?: gate| flag)?\b/.exec(text);
  return m?.[1];
}

/** A field's stage in one version (`field` is `batch.v1.JobSpec.managedBy`): corrected, or as its description says. */
function fieldStage(field: string, schema: OpenApiSchema, version: string): Stage | null | undefined {
  const corrections = STAGE_CORRECTIONS[field];
  const corrected = corrections ? correctedStage(corrections, version) : undefined;
  return corrected !== undefined ? corrected : schema.description ? stageFromDescription(schema.description) : undefined;
}

/** The fields of one version that are alpha, beta or behind a feature gate, as `batch.v1.JobSpec.managedBy`. */
export function gatedFields(version: string, defs: Definitions): Set<string> {
  const gated = new Set<string>();
  for (const [name, def] of Object.entries(defs)) {
    for (const [prop, schema] of Object.entries(def.properties ?? {})) {
      const field = `${shortName(name)}.${prop}`;
      if (fieldStage(field, schema, version)) gated.add(field);
    }
  }
  return gated;
}

export function generateFieldTable(specs: Record<string, Definitions>): string {
  const versions = Object.keys(specs);
  const definitions: Record<string, Record<string, string>> = {};
  const present: Record<string, string[]> = {};
  const stages: Record<string, Record<string, Stage>> = {};
  for (const version of versions) {
    for (const [name, def] of Object.entries(specs[version] as Definitions)) {
      if (!def.properties) continue;
      const short = shortName(name);
      const props = (definitions[short] ??= {});
      for (const [prop, schema] of Object.entries(def.properties)) {
        const shape = shapeOf(schema);
        if (props[prop] !== undefined && props[prop] !== shape) throw new Error(`${short}.${prop} changes shape across versions`);
        props[prop] = shape;
        (present[`${short}.${prop}`] ??= []).push(version);
        const stage = fieldStage(`${short}.${prop}`, schema, version);
        if (stage) (stages[`${short}.${prop}`] ??= {})[version] = stage;
      }
    }
  }
  for (const key of Object.keys(STAGE_CORRECTIONS)) {
    if (!present[key]) throw new Error(`k8s-corrections.ts names ${key}, which no bundled version has`);
  }
  const versionsOf: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(present)) if (list.length !== versions.length) versionsOf[key] = list;
  const roots: Record<string, string> = {};
  for (const [kind, name] of Object.entries(ROOTS)) roots[kind] = shortName(name);
  const data = (value: unknown) => JSON.stringify(sortKeys(value as Json), null, 1).replace(/\n\s*/g, " ");
  // One exported constant, an entry per line in key order.
  const table = (doc: string, declaration: string, entries: Record<string, unknown>): string[] => [
    `/** ${doc} */`,
    `export const ${declaration} = {`,
    ...Object.keys(entries)
      .sort()
      .map((k) => ` ${JSON.stringify(k)}: ${data(entries[k])},`),
    `};`,
    ``,
  ];
  return [
    HEADER(`v${versions[0]}–v${versions[versions.length - 1]}`),
    `/** A field's stage in one version: alpha/beta, or only "gated" when the text names a gate but no stage. */`,
    `export interface FieldStage { stage: "alpha" | "beta" | "gated"; gate?: string; enabledByDefault?: boolean }`,
    ``,
    `/** The OpenAPI definition of each kind kubejobs validates. */`,
    `export const ROOT_DEFINITIONS: Record<string, string> = ${data(roots)};`,
    ``,
    ...table(
      `Per definition (union of all bundled versions), each property's shape: "" scalar, "Def" object, "[]Def" list, "{}Def" map.`,
      "DEFINITIONS: Record<string, Record<string, string>>",
      definitions,
    ),
    ...table(
      "The versions that have a property, for properties not in every bundled version.",
      "FIELD_VERSIONS: Record<string, readonly string[]>",
      versionsOf,
    ),
    ...table(
      "Alpha/beta (or feature-gated) properties per version, as their descriptions state it.",
      "FIELD_STAGES: Record<string, Record<string, FieldStage>>",
      stages,
    ),
    `/** Patterns standing for OpenAPI formats in the validators, so messages can name the format. */`,
    `export const FORMAT_PATTERNS: Record<string, string> = ${data({ byte: BASE64_PATTERN, "date-time": DATE_TIME_PATTERN })};`,
    ``,
  ].join("\n");
}
