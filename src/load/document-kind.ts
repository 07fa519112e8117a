import type { SourceDocument } from "./types.js";

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * PRODUCT §1.2: a template by its content: `kind: Job|ScheduledJob` and no `apiVersion`. Without
 * `apiVersion`, top-level `containers` also make a template (no manifest has them), so a template
 * with a wrong kind (`kind: CronJob`) is told about its kind, not about every manifest field.
 */
export function documentKind(value: Record<string, unknown>): SourceDocument["kind"] {
  if ("apiVersion" in value) return "manifest";
  return value.kind === "Job" || value.kind === "ScheduledJob" || "containers" in value ? "template" : "manifest";
}

/** The manifest kinds `validate` checks (PRODUCT §3); other manifests in a directory are not ours. */
const MANIFEST_KINDS = new Set(["Job", "CronJob", "Secret", "ConfigMap"]);

/**
 * Whether a document found while walking a directory is ours: a template, or a manifest that
 * kubejobs validates. A kustomization.yaml, a Deployment or a package.json is skipped silently.
 */
export function isOurs(value: Record<string, unknown>): boolean {
  return documentKind(value) === "template" || (typeof value.kind === "string" && MANIFEST_KINDS.has(value.kind) && "apiVersion" in value);
}

/**
 * Whether a file found in a directory may be ours: it has a `kind:` line we handle. Files without
 * one are skipped unparsed, and a file that does not parse is reported only when it has one, so a
 * broken Helm template next to the jobs is not our business.
 */
export function looksLikeOurs(text: string): boolean {
  return /["']?\bkind["']?\s*:\s*["']?(?:Job|ScheduledJob|CronJob|Secret|ConfigMap)["']?\s*(?:[,}#\r\n]|$)/m.test(text);
}

/** Files named `*.kubejobs.<ext>` are always ours, whatever their content. */
export function hasKubejobsName(file: string): boolean {
  return /\.kubejobs\.[a-z]+$/i.test(file);
}
