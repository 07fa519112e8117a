// Pod volumes: names, exactly one source, the references each source needs, file modes.
// Source: core/validation ValidateVolumes (DNS-1123 label names, unique), validateVolumeSource
// (at most one volume type; none is defaulted to emptyDir by SetDefaults_Volume), validateSecretVolumeSource / validateConfigMapVolumeSource /
// validateProjectedVolumeSource / validateDownwardAPIVolumeSource (defaultMode and items[].mode
// between 0 and 0777 octal, i.e. 0–511 as JSON numbers; items[].key and path required, paths
// relative without '..'), validatePersistentClaimVolumeSource (claimName), validateHostPathVolumeSource
// (path), validateProjectionSources (serviceAccountToken expirationSeconds ≥ 600 s and ≤ 2^32 s).
// API-server warnings: pkg/api/pod/warnings.go (deprecated volume types, overlapping item paths).
import { error, warning, type Diagnostic, type Path } from "../../diagnostic.js";
import { checkConfigMapKey, checkDns1123Label, checkLocalDescendingPath } from "../names.js";
import { isNegativeQuantity, parseQuantity } from "../quantities.js";
import { checkDownwardApiItems } from "./downward-api.js";
import type { Rule } from "./rule.js";
import { asArray, asRecord, isRecord, type Json } from "./util.js";

const VOLUME_TYPES = [
  "hostPath",
  "emptyDir",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "secret",
  "nfs",
  "iscsi",
  "glusterfs",
  "persistentVolumeClaim",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "downwardAPI",
  "fc",
  "azureFile",
  "configMap",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "projected",
  "portworxVolume",
  "scaleIO",
  "storageos",
  "csi",
  "ephemeral",
  "image",
] as const;
const VOLUME_TYPE_SET: ReadonlySet<string> = new Set(VOLUME_TYPES);
const DEPRECATED_TYPES: Readonly<Record<string, string>> = {
  gitRepo: "deprecated since Kubernetes 1.11; clone the repository in an init container instead",
  photonPersistentDisk: "deprecated in 1.11 and non-functional since 1.16",
  scaleIO: "deprecated in 1.16 and non-functional since 1.22",
  flocker: "deprecated in 1.22 and non-functional since 1.25",
  storageos: "deprecated in 1.22 and non-functional since 1.25",
  quobyte: "deprecated in 1.22 and non-functional since 1.25",
  glusterfs: "deprecated in 1.25 and non-functional since 1.26",
  cephfs: "deprecated in 1.28 and non-functional since 1.31",
  rbd: "deprecated in 1.28 and non-functional since 1.31",
};
const MAX_FILE_MODE = 0o777;
const MIN_TOKEN_EXPIRATION_SECONDS = 600;
const MAX_TOKEN_EXPIRATION_SECONDS = 2 ** 32;

// Paths are built only when something is reported (`at` thunks): these run for every volume item.
function checkMode(mode: unknown, at: () => Path, out: Diagnostic[]): void {
  if (typeof mode !== "number" || (mode >= 0 && mode <= MAX_FILE_MODE)) return;
  const path = at();
  const asOctal =
    mode >= 0 && mode <= 777 && /^[0-7]+$/.test(String(mode))
      ? ` If you meant octal 0${mode}, write 0${mode} in YAML or ${Number.parseInt(String(mode), 8)} in JSON.`
      : "";
  out.push(
    error(
      "file/mode-out-of-range",
      path,
      `file mode ${mode} must be between 0 and 0777 octal (0–511 as a decimal number)`,
      `modes are numbers in the manifest: 0644 octal is 420, 0755 is 493, 0400 is 256.${asOctal}`,
    ),
  );
}

function checkItems(items: unknown, path: Path, out: Diagnostic[], needsKey: boolean): string[] {
  const paths: string[] = [];
  const list = asArray(items);
  for (let i = 0; i < list.length; i++) {
    const item = asRecord(list[i]);
    if (!item) continue;
    const at = (field: string): Path => [...path, i, field];
    if (needsKey) {
      const key = item.key;
      if (key === undefined || key === "") out.push(error("volume/item-key", at("key"), "each item needs the key to project"));
      else if (typeof key === "string") {
        const problem = checkConfigMapKey(key);
        if (problem) out.push(error("volume/item-key", at("key"), `key ${JSON.stringify(key)} ${problem}`));
      }
    }
    const p = item.path;
    if (p === undefined || p === "")
      out.push(error("volume/item-path", at("path"), "each item needs a path (the file name inside the volume)"));
    else if (typeof p === "string") {
      const problem = checkLocalDescendingPath(p) ?? (p.startsWith("..") ? "must not start with '..'" : undefined);
      if (problem) out.push(error("volume/item-path", at("path"), `path ${JSON.stringify(p)} ${problem}`));
      paths.push(p.replace(/\/+$/, ""));
    }
    checkMode(item.mode, () => at("mode"), out);
  }
  return paths;
}

function warnOverlaps(paths: string[], path: Path, volumeName: string, out: Diagnostic[]): void {
  for (let i = 1; i < paths.length; i++) {
    const p = paths[i] as string;
    for (let j = 0; j < i; j++) {
      const q = paths[j] as string;
      if (p === "" || q === "") continue;
      if (p === q || p.startsWith(`${q}/`) || q.startsWith(`${p}/`)) {
        out.push(
          warning(
            "volume/overlapping-paths",
            path,
            `volume ${JSON.stringify(volumeName)}: item paths ${JSON.stringify(q)} and ${JSON.stringify(p)} overlap; one overwrites or blocks the other`,
          ),
        );
        break;
      }
    }
  }
}

function requireString(source: Json, field: string, path: Path, what: string, out: Diagnostic[]): void {
  const value = source[field];
  if (value === undefined || value === "") out.push(error("volume/missing-reference", [...path, field], `a ${what} volume needs ${field}`));
}

function checkProjected(source: Json, path: Path, name: string, out: Diagnostic[]): void {
  checkMode(source.defaultMode, () => [...path, "defaultMode"], out);
  const sources = asArray(source.sources);
  const all: string[] = [];
  for (let i = 0; i < sources.length; i++) {
    const s = asRecord(sources[i]);
    if (!s) continue;
    const at = [...path, "sources", i];
    const kinds = ["secret", "configMap", "downwardAPI", "serviceAccountToken", "clusterTrustBundle", "podCertificate"].filter((k) =>
      isRecord(s[k]),
    );
    if (kinds.length > 1)
      out.push(
        error(
          "volume/multiple-sources",
          at,
          `a projected source may set only one of secret, configMap, downwardAPI, serviceAccountToken or clusterTrustBundle (it sets ${kinds.join(" and ")})`,
        ),
      );
    for (const kind of ["secret", "configMap"] as const) {
      const ref = asRecord(s[kind]);
      if (ref) all.push(...checkItems(ref.items, [...at, kind, "items"], out, true));
    }
    const downward = asRecord(s.downwardAPI);
    if (downward) {
      all.push(...checkItems(downward.items, [...at, "downwardAPI", "items"], out, false));
      checkDownwardApiItems(downward.items, [...at, "downwardAPI", "items"], out);
    }
    const token = asRecord(s.serviceAccountToken);
    if (token) {
      const seconds = token.expirationSeconds;
      if (typeof seconds === "number" && (seconds < MIN_TOKEN_EXPIRATION_SECONDS || seconds > MAX_TOKEN_EXPIRATION_SECONDS)) {
        out.push(
          error(
            "volume/token-expiration",
            [...at, "serviceAccountToken", "expirationSeconds"],
            `expirationSeconds must be at least ${MIN_TOKEN_EXPIRATION_SECONDS} (10 minutes) and at most 2^32 (it is ${seconds})`,
          ),
        );
      }
      if (token.path === undefined || token.path === "")
        out.push(error("volume/item-path", [...at, "serviceAccountToken", "path"], "a serviceAccountToken projection needs a path"));
      else if (typeof token.path === "string") all.push(token.path);
    }
  }
  warnOverlaps(all, path, name, out);
}

/** Kubernetes reports the second source it meets in its own order (validateVolumeSource). */
function firstInKubernetesOrder(present: string[], index: number): string {
  return VOLUME_TYPES.filter((k) => present.includes(k))[index] ?? (present[index] as string);
}

function checkSource(volume: Json, path: Path, name: string, out: Diagnostic[]): void {
  const present: string[] = [];
  for (const key in volume) if (VOLUME_TYPE_SET.has(key) && isRecord(volume[key])) present.push(key);
  // No source at all is an emptyDir: SetDefaults_Volume (pkg/apis/core/v1/defaults.go) fills it in
  // before validation. Unknown keys are the schema's to report.
  if (present.length === 0) return;
  if (present.length > 1)
    out.push(
      error(
        "volume/multiple-sources",
        [...path, firstInKubernetesOrder(present, 1)],
        `volume ${JSON.stringify(name)} may have only one source (it has ${present.join(" and ")})`,
      ),
    );
  for (const kind of present) {
    const source = volume[kind] as Json;
    const at = [...path, kind];
    const deprecated = DEPRECATED_TYPES[kind];
    if (deprecated) out.push(warning("volume/deprecated", at, `the ${kind} volume type is ${deprecated}`));
    switch (kind) {
      case "secret":
        requireString(source, "secretName", at, "secret", out);
        checkMode(source.defaultMode, () => [...at, "defaultMode"], out);
        warnOverlaps(checkItems(source.items, [...at, "items"], out, true), at, name, out);
        break;
      case "configMap":
        requireString(source, "name", at, "configMap", out);
        checkMode(source.defaultMode, () => [...at, "defaultMode"], out);
        warnOverlaps(checkItems(source.items, [...at, "items"], out, true), at, name, out);
        break;
      case "downwardAPI":
        checkMode(source.defaultMode, () => [...at, "defaultMode"], out);
        warnOverlaps(checkItems(source.items, [...at, "items"], out, false), at, name, out);
        checkDownwardApiItems(source.items, [...at, "items"], out);
        break;
      case "projected":
        checkProjected(source, at, name, out);
        break;
      case "persistentVolumeClaim":
        requireString(source, "claimName", at, "persistentVolumeClaim", out);
        break;
      case "hostPath":
        requireString(source, "path", at, "hostPath", out);
        break;
      case "emptyDir": {
        const size = source.sizeLimit;
        if (typeof size === "string" || typeof size === "number") {
          const q = parseQuantity(size);
          if (!q)
            out.push(
              error(
                "quantity/invalid",
                [...at, "sizeLimit"],
                `${JSON.stringify(size)} is not a quantity`,
                "use a size such as 500Mi or 2Gi",
              ),
            );
          else if (isNegativeQuantity(q)) out.push(error("quantity/negative", [...at, "sizeLimit"], "sizeLimit must not be negative"));
        }
        break;
      }
    }
  }
}

export const volumes: Rule = {
  code: "volume",
  codes: [
    "volume/invalid-name",
    "volume/duplicate-name",
    "volume/multiple-sources",
    "volume/missing-reference",
    "volume/item-key",
    "volume/item-path",
    "volume/token-expiration",
    "volume/downward-api",
    "volume/overlapping-paths",
    "volume/deprecated",
    "file/mode-out-of-range",
    "quantity/invalid",
    "quantity/negative",
  ],
  check(t, _ctx, out) {
    const list = asArray(t.podSpec?.volumes);
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      const volume = asRecord(list[i]);
      if (!volume) continue;
      const path = [...t.podSpecPath, "volumes", i];
      const name = typeof volume.name === "string" ? volume.name : "";
      if (name !== "") {
        const problem = checkDns1123Label(name);
        if (problem)
          out.push(
            error(
              "volume/invalid-name",
              [...path, "name"],
              `volume name ${JSON.stringify(name)} ${problem}`,
              "use lower case letters, digits and '-', e.g. config",
            ),
          );
        if (seen.has(name))
          out.push(
            error(
              "volume/duplicate-name",
              [...path, "name"],
              `volume name ${JSON.stringify(name)} is used by two volumes`,
              "rename one of them",
            ),
          );
        seen.add(name);
      }
      checkSource(volume, path, name, out);
    }
  },
};
