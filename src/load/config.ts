// The project file, kubejobs.config.yaml (INTEGRATIONS.md §1): found by walking up from the
// working directory, or named with --config; checked against its schema, every problem located.
import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { error, type Diagnostic, type Path } from "../diagnostic.js";
import { isKubeVersion, KUBE_VERSIONS } from "../k8s/versions.js";
import { closest } from "../suggest.js";
import { CONFIG_FILE_NAMES, configJsonSchema, type ProjectConfig } from "./config-schema.js";
import { Config, type ConfigValidationError } from "./generated/config-validator.js";
import { withRange } from "./diagnostics.js";
import { readTextFile } from "./read-file.js";
import type { SourceDocument } from "./types.js";

export interface LoadedConfig {
  /** The config file as found (absolute), or undefined when there is none. */
  file?: string;
  /** The directory that `include` and `outDir` are relative to: the config file's, else the working directory. */
  dir: string;
  /** Empty when there is no file, or when it has errors. */
  config: ProjectConfig;
  diagnostics: Diagnostic[];
}

/** The parser's hint for a document that is not a mapping speaks of templates. */
const SETTINGS_HINT = `the config is a mapping of settings (${Object.keys(configJsonSchema.properties).join(", ")}); see kubejobs schema --config`;

/** The config file for `cwd`: in it or the nearest directory above that has one. */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Loads the project config: `file` when given (`--config`; missing is an I/O error), else the one
 * found from `cwd`. `ruleIds`, when given, are the lint rules: other ids in `lint.rules` are errors.
 * Never throws for bad input.
 */
export async function loadConfig(options: { cwd: string; file?: string; ruleIds?: readonly string[] }): Promise<LoadedConfig> {
  const named = options.file === undefined ? undefined : resolve(options.cwd, options.file);
  const file = named ?? findConfigFile(options.cwd);
  if (file === undefined) return { dir: resolve(options.cwd), config: {}, diagnostics: [] };
  const shown = options.file ?? (relative(options.cwd, file).startsWith("..") ? file : relative(options.cwd, file));
  const empty = { file, dir: dirname(file), config: {} };
  const read = await readTextFile(file);
  if ("failure" in read) {
    const code = read.failure.reason === "not-found" ? "io/not-found" : "io/unreadable";
    return { ...empty, diagnostics: [{ ...error(code, [], `config file ${read.failure.detail}`), file: shown }] };
  }
  const { parseYaml } = await import("./yaml.js");
  const parsed = parseYaml(read.text, shown);
  // Every key is optional (INTEGRATIONS.md §1): an empty or comment-only file sets nothing.
  const problems = parsed.diagnostics
    .filter((d) => d.code !== "yaml/empty")
    .map((d) => (d.code === "yaml/not-a-mapping" ? { ...d, hint: SETTINGS_HINT } : d));
  if (problems.some((d) => d.severity === "error")) return { ...empty, diagnostics: problems };
  if (parsed.documents.length === 0) return { ...empty, diagnostics: problems };
  if (parsed.documents.length !== 1) {
    const message = "the config file must hold one YAML document";
    return { ...empty, diagnostics: [{ ...error("config/invalid", [], message, "see kubejobs schema --config"), file: shown }] };
  }
  const document = parsed.documents[0]!;
  offAsWritten(document.value);
  const diagnostics = checkConfig(document.value, options.ruleIds).map((d) => placeIn(d, document));
  if (diagnostics.length > 0) return { ...empty, diagnostics: sortByPlace(diagnostics) };
  return { ...empty, config: settingsOf(document.value) as ProjectConfig, diagnostics: problems };
}

/**
 * YAML is read as kubectl reads it (1.1 scalars), so an unquoted rule level `off` arrives as
 * `false`; it can only have meant "off". (Editors, reading YAML 1.2, see the string.)
 */
function offAsWritten(value: unknown): void {
  const rules = (value as ProjectConfig | null)?.lint?.rules as Record<string, unknown> | undefined;
  if (typeof rules !== "object" || rules === null) return;
  for (const id of Object.keys(rules)) if (rules[id] === false) rules[id] = "off";
}

/**
 * Every problem of a config value, with paths into it; with `ruleIds`, every id in `lint.rules`
 * that is not one of them too. A null value is unset, as in Kubernetes (`lint:` with nothing after
 * it sets nothing); unknown keys are reported whatever their value.
 */
export function checkConfig(value: unknown, ruleIds?: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const settings = settingsOf(value);
  if (!Config(settings)) for (const e of Config.errors ?? []) out.push(explain(e, settings));
  const kubeVersion = (settings as ProjectConfig | null)?.kubeVersion;
  if (typeof kubeVersion === "string" && out.every((d) => d.path[0] !== "kubeVersion")) {
    const minor = /^v?(\d+\.\d+)/.exec(kubeVersion)?.[1];
    if (minor === undefined || !isKubeVersion(minor)) {
      out.push(
        error("config/invalid", ["kubeVersion"], `Kubernetes ${kubeVersion} is not bundled`, `choose one of ${KUBE_VERSIONS.join(", ")}`),
      );
    }
  }
  if (ruleIds !== undefined) out.push(...unknownRules(valueAt(value, ["lint", "rules"]), ruleIds));
  return out;
}

/** Ids in `lint.rules` that name no rule, at their key, with the nearest id as a suggestion. */
function unknownRules(rules: unknown, ruleIds: readonly string[]): Diagnostic[] {
  if (typeof rules !== "object" || rules === null || Array.isArray(rules)) return [];
  const known = new Set(ruleIds);
  return Object.keys(rules)
    .filter((id) => !known.has(id))
    .map((id) => {
      const suggestion = closest(id, ruleIds);
      return {
        ...error(
          "config/invalid",
          ["lint", "rules", id],
          `unknown lint rule "${id}"`,
          suggestion === undefined ? "kubejobs lint --list-rules lists the rule ids" : `did you mean "${suggestion}"?`,
        ),
        at: "key",
      };
    });
}

/** What a config value sets: as in Kubernetes, a null value is unset. */
function settingsOf(value: unknown): unknown {
  return value === null ? {} : withoutNulls(value, configJsonSchema as unknown as SchemaNode);
}

/**
 * A copy of `value` without the null values the schema has a place for: its named properties and
 * the entries of its maps. Nulls anywhere else are left for the schema to refuse.
 */
function withoutNulls(value: unknown, node: SchemaNode | undefined): unknown {
  if (node === undefined || typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const named = node.properties !== undefined && Object.hasOwn(node.properties, key) ? node.properties[key] : undefined;
    const child = named ?? (typeof node.additionalProperties === "object" ? node.additionalProperties : undefined);
    if (v === null && child !== undefined) continue;
    out[key] = withoutNulls(v, child);
  }
  return out;
}

function sortByPlace(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function explain(e: ConfigValidationError, root: unknown): Diagnostic {
  const path = pathOf(e.instancePath);
  const value = valueAt(root, path);
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const known = Object.keys(schemaAt(path)?.properties ?? {});
      const suggestion = closest(key, known);
      return {
        ...error(
          "config/unknown-field",
          [...path, key],
          `unknown field "${key}"`,
          suggestion === undefined ? `the fields are ${known.join(", ")}` : `did you mean "${suggestion}"?`,
        ),
        at: "key",
      };
    }
    case "enum": {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === "string" ? closest(value, allowed) : undefined;
      return error(
        "config/invalid",
        path,
        `must be one of ${allowed.join(", ")}, not ${JSON.stringify(value)}`,
        suggestion === undefined ? undefined : `did you mean "${suggestion}"?`,
      );
    }
    case "type":
      return error(
        "config/invalid",
        path,
        `must be ${article(String(e.params.type))}, not ${describe(value)}`,
        path[0] === "kubeVersion" ? 'quote the version: kubeVersion: "1.33" (YAML reads 1.30 as the number 1.3)' : undefined,
      );
    case "pattern":
      return error("config/invalid", path, `must look like 1.33, not ${JSON.stringify(value)}`);
    case "minItems":
      return error("config/invalid", path, "must list at least one pattern", "remove the key to name inputs on the command line");
    case "minLength":
      return error("config/invalid", path, "must not be empty");
    default:
      return error("config/invalid", path, `is not valid (${e.keyword})`, "see kubejobs schema --config");
  }
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
}

function schemaAt(path: Path): SchemaNode | undefined {
  let node: SchemaNode | undefined = configJsonSchema as unknown as SchemaNode;
  for (const part of path) node = typeof part === "string" ? node?.properties?.[part] : undefined;
  return node;
}

function pathOf(pointer: string): Path {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const part of path)
    value = typeof value === "object" && value !== null ? (value as Record<string | number, unknown>)[part] : undefined;
  return value;
}

function article(type: string): string {
  return type === "array" ? "a list" : type === "object" ? "a mapping" : `a ${type}`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  return `${typeof value === "number" ? "the number" : typeof value} ${String(value)}`;
}

function placeIn(d: Diagnostic, document: SourceDocument): Diagnostic {
  const range = document.locate(d.path, d.at === "key" ? "key" : "value");
  const { at: _at, ...rest } = d;
  const placed = { ...rest, file: document.file };
  return range === undefined ? placed : withRange(placed, range);
}
