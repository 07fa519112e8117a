// The editor association `init --yaml` writes: VS Code's `yaml.schemas` (read by the Red Hat YAML
// extension, i.e. yaml-language-server) maps the schema file to every *.kubejobs.yaml file, so
// each document of a multi-document file is checked (a modeline covers only its own document).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const SETTINGS_FILE = ".vscode/settings.json";
/** Relative to the workspace folder, as VS Code and yaml-language-server resolve it. */
export const SCHEMA_FILE = "./kubejobs.schema.json";
export const TEMPLATE_GLOBS = ["*.kubejobs.yaml", "*.kubejobs.yml"];

export type SettingsOutcome = "written" | "updated" | "unchanged" | "not-json";

/**
 * Adds the association to `.vscode/settings.json` under `dir`, keeping every other setting. A
 * file that is not plain JSON (VS Code allows comments) is left alone: the caller prints the
 * lines to add instead.
 */
export function writeEditorSettings(dir: string): SettingsOutcome {
  const path = join(dir, SETTINGS_FILE);
  let settings: Record<string, unknown> = {};
  const existed = existsSync(path);
  if (existed) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return "not-json";
      settings = parsed as Record<string, unknown>;
    } catch {
      return "not-json";
    }
  }
  const current = settings["yaml.schemas"];
  if (current !== undefined && (current === null || typeof current !== "object" || Array.isArray(current))) return "not-json";
  const schemas = { ...((current as Record<string, unknown> | undefined) ?? {}) };
  const globs = [schemas[SCHEMA_FILE]].flat().filter((g): g is string => typeof g === "string");
  const missing = TEMPLATE_GLOBS.filter((g) => !globs.includes(g));
  if (missing.length === 0) return "unchanged";
  schemas[SCHEMA_FILE] = [...globs, ...missing];
  settings["yaml.schemas"] = schemas;
  mkdirSync(join(dir, ".vscode"), { recursive: true });
  writeFileSync(path, JSON.stringify(settings, null, 2) + "\n");
  return existed ? "updated" : "written";
}

/** What to add by hand when the settings file cannot be edited safely. */
export function settingsSnippet(): string {
  return `"yaml.schemas": { ${JSON.stringify(SCHEMA_FILE)}: ${JSON.stringify(TEMPLATE_GLOBS)} }`;
}
