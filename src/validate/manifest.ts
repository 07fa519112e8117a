// Layer 3 of validation: a rendered (or user-written) manifest against the official Kubernetes
// OpenAPI of the target version, with validators generated ahead of time (scripts/gen-schemas.ts
// → src/k8s/generated/; ajv's verdicts and error objects). Unknown fields are errors, as with
// `kubectl --validate=strict`; a field of another version says which version has it; alpha/beta
// fields, which the validators report as they meet them, get a warning naming their feature gate.
//
// Each version's validators are a separate module (≈ 250 KB, ≈ 4 ms to parse), loaded on demand:
// `await loadManifestSchemas(v)` once, then `checkManifestSchema` is synchronous. (A synchronous
// API cannot import lazily, and importing all eight versions would cost ≈ 35 ms on every run.)
import { DEFAULT_VALIDATORS, VALIDATOR_LOADERS, type VersionValidators } from "../k8s/generated/validators.js";
import { KUBE_VERSIONS, isKubeVersion, type KubeVersion } from "../k8s/versions.js";
import { atKey, error, warning, type Diagnostic, type Path } from "../diagnostic.js";
import { FIELD_STAGES, type FieldStage } from "../k8s/generated/fields.js";
import { describe, manifestPath, translateAjvError, type AjvError } from "./manifest-errors.js";
import { isPlainObject } from "./manifest-fields.js";
import { closest } from "../suggest.js";

/** The kinds kubejobs validates, with their apiVersion. */
export const MANIFEST_KINDS = { Job: "batch/v1", CronJob: "batch/v1", Secret: "v1", ConfigMap: "v1" } as const;

export type ManifestKind = keyof typeof MANIFEST_KINDS;

const KNOWN_KINDS_HINT = "kubejobs validates Job and CronJob (batch/v1), Secret and ConfigMap (v1)";

// The default version is ready as soon as this module is (its validators are imported with it),
// so callers that target it need no explicit load; other versions need `await loadManifestSchemas(v)`.
// Not a top-level await: the CLI runs this module from V8's code cache, as CommonJS.
const loaded = new Map<string, VersionValidators>([[DEFAULT_VALIDATORS.version, DEFAULT_VALIDATORS.validators]]);

/** Loads the validators of one Kubernetes version (once); `checkManifestSchema` needs them. */
export async function loadManifestSchemas(kubeVersion: KubeVersion): Promise<void> {
  if (loaded.has(kubeVersion)) return;
  const load = VALIDATOR_LOADERS[kubeVersion];
  if (!load) throw new Error(`no generated validators for Kubernetes ${kubeVersion}`);
  loaded.set(kubeVersion, await load());
}

export function manifestSchemasLoaded(kubeVersion: KubeVersion): boolean {
  return loaded.has(kubeVersion);
}

/**
 * Checks one manifest against the schema of its kind in `kubeVersion`. Returns every problem
 * (errors and feature-gate warnings); paths are manifest paths. Never throws on any input;
 * throws only if the version's validators were not loaded first (a bug in the caller).
 */
export function checkManifestSchema(obj: unknown, opts: { kubeVersion: KubeVersion }): Diagnostic[] {
  const { kubeVersion } = opts;
  if (!isKubeVersion(kubeVersion)) {
    return [
      error("version/unknown", [], `Kubernetes ${String(kubeVersion)} is not a bundled version`, `use one of ${KUBE_VERSIONS.join(", ")}`),
    ];
  }
  const validators = loaded.get(kubeVersion);
  if (!validators)
    throw new Error(`manifest schemas for Kubernetes ${kubeVersion} are not loaded: await loadManifestSchemas("${kubeVersion}") first`);
  if (!isPlainObject(obj)) {
    return [error("schema/type", [], `a manifest must be an object (a mapping), not ${describe(obj)}`, KNOWN_KINDS_HINT)];
  }
  const kind = checkKind(obj);
  if (typeof kind !== "string") return [kind];

  const validate = validators[kind];
  const diagnostics: Diagnostic[] = [];
  try {
    if (!validate(obj)) {
      const ctx = { kind, manifest: obj, kubeVersion };
      for (const e of (validate.errors ?? []) as AjvError[]) diagnostics.push(translateAjvError(e, ctx));
    }
    for (const gated of validate.gated ?? []) {
      const path = manifestPath(gated.instancePath, obj);
      // status is written by controllers, not by the user: its stage texts are no advice to them.
      if (path[0] === "status") continue;
      const stage = FIELD_STAGES[gated.params.field]?.[kubeVersion];
      if (stage !== undefined) diagnostics.push(gateWarning({ path, field: String(path[path.length - 1]), stage }, kubeVersion));
    }
  } catch (cause) {
    // Only exotic values reach here (getters that throw, proxies): not something JSON or YAML yields.
    return [error("schema/invalid", [], `could not be checked: ${cause instanceof Error ? cause.message : String(cause)}`)];
  }
  return diagnostics;
}

/** The manifest's kind if kubejobs knows it; otherwise the diagnostic saying why not. */
function checkKind(obj: Record<string, unknown>): ManifestKind | Diagnostic {
  const kind = obj.kind;
  if (kind === undefined) return error("schema/required", ["kind"], `required field "kind" is missing`, KNOWN_KINDS_HINT);
  if (typeof kind !== "string") return error("schema/type", ["kind"], `must be a string, not ${describe(kind)}`, KNOWN_KINDS_HINT);
  if (Object.hasOwn(MANIFEST_KINDS, kind)) return kind as ManifestKind;
  const suggestion = closest(kind, Object.keys(MANIFEST_KINDS));
  const hint = suggestion ? `did you mean "${suggestion}"? ${KNOWN_KINDS_HINT}` : KNOWN_KINDS_HINT;
  return error("schema/unknown-kind", ["kind"], `kind "${kind}" is not one kubejobs can validate`, hint);
}

interface GatedField {
  path: Path;
  field: string;
  stage: FieldStage;
}

function gateWarning({ path, field, stage }: GatedField, v: KubeVersion): Diagnostic {
  const gate = stage.gate ? `the ${stage.gate} feature gate` : "its feature gate";
  const onOff =
    stage.enabledByDefault === true
      ? ", on by default"
      : stage.enabledByDefault === false || stage.stage === "alpha"
        ? ", off by default"
        : "";
  const message =
    stage.stage === "gated"
      ? `${field} needs ${gate} in Kubernetes ${v}`
      : `${field} is ${stage.stage === "alpha" ? "an alpha" : "a beta"} field in Kubernetes ${v} (${gate}${onOff})`;
  const hint =
    stage.enabledByDefault === true
      ? `it works unless the cluster turns ${gate} off`
      : `make sure the cluster enables ${gate}: without it the API server drops ${field} silently`;
  return atKey(warning("version/feature-gate", path, message, hint));
}
