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

// These checks run for every volume and item, and almost never report: paths are built only when
// something is reported, from the pod spec's path, the volume's index and the segments after it
// (`after`: a constant for a volume source, e.g. ["secret", "items"]).
function volumePath(pod: Path, volume: number, ...rest: (string | number)[]): Path {
  return [...pod, "volumes", volume, ...rest];
}

function isBadMode(mode: unknown): mode is number {
  return typeof mode === "number" && !(mode >= 0 && mode <= MAX_FILE_MODE);
}

function modeError(mode: number, path: Path): Diagnostic {
  const asOctal =
    mode >= 0 && mode <= 777 && /^[0-7]+$/.test(String(mode))
      ? ` If you meant octal 0${mode}, write 0${mode} in YAML or ${Number.parseInt(String(mode), 8)} in JSON.`
      : "";
  return error(
    "file/mode-out-of-range",
    path,
    `file mode ${mode} must be between 0 and 0777 octal (0–511 as a decimal number)`,
    `modes are numbers in the manifest: 0644 octal is 420, 0755 is 493, 0400 is 256.${asOctal}`,
  );
}

const ITEMS_AFTER: Readonly<Record<"secret" | "configMap" | "downwardAPI", Path>> = {
  secret: ["secret", "items"],
  configMap: ["configMap", "items"],
  downwardAPI: ["downwardAPI", "items"],
};

function checkItems(list: readonly unknown[], pod: Path, volume: number, after: Path, out: Diagnostic[], needsKey: boolean): void {
  for (let i = 0; i < list.length; i++) {
    const item = asRecord(list[i]);
    if (!item) continue;
    if (needsKey) {
      const key = item.key;
      if (key === undefined || key === "")
        out.push(error("volume/item-key", volumePath(pod, volume, ...after, i, "key"), "each item needs the key to project"));
      else if (typeof key === "string") {
        const problem = checkConfigMapKey(key);
        if (problem)
          out.push(error("volume/item-key", volumePath(pod, volume, ...after, i, "key"), `key ${JSON.stringify(key)} ${problem}`));
      }
    }
    const p = item.path;
    if (p === undefined || p === "")
      out.push(
        error("volume/item-path", volumePath(pod, volume, ...after, i, "path"), "each item needs a path (the file name inside the volume)"),
      );
    else if (typeof p === "string") {
      const problem = checkLocalDescendingPath(p) ?? (p.startsWith("..") ? "must not start with '..'" : undefined);
      if (problem)
        out.push(error("volume/item-path", volumePath(pod, volume, ...after, i, "path"), `path ${JSON.stringify(p)} ${problem}`));
    }
    if (isBadMode(item.mode)) out.push(modeError(item.mode, volumePath(pod, volume, ...after, i, "mode")));
  }
}

/** Adds the items' paths (those set, as strings) to `paths`, without trailing slashes: what can overlap. */
function addItemPaths(list: readonly unknown[], paths: string[]): void {
  for (const entry of list) {
    const p = asRecord(entry)?.path;
    if (typeof p === "string" && p !== "") paths.push(p.endsWith("/") ? p.replace(/\/+$/, "") : p);
  }
}

/** Whether `p` is a file under the directory `dir`. */
function isUnder(p: string, dir: string): boolean {
  return p.length > dir.length && p.charCodeAt(dir.length) === 0x2f && p.startsWith(dir);
}

/** Reported at the volume's source (`source`: its kind, or "projected"). */
function warnOverlaps(paths: readonly string[], pod: Path, volume: number, source: string, volumeName: string, out: Diagnostic[]): void {
  for (let i = 1; i < paths.length; i++) {
    const p = paths[i] as string;
    for (let j = 0; j < i; j++) {
      const q = paths[j] as string;
      if (p === "" || q === "") continue;
      if (p === q || isUnder(p, q) || isUnder(q, p)) {
        out.push(
          warning(
            "volume/overlapping-paths",
            volumePath(pod, volume, source),
            `volume ${JSON.stringify(volumeName)}: item paths ${JSON.stringify(q)} and ${JSON.stringify(p)} overlap; one overwrites or blocks the other`,
          ),
        );
        break;
      }
    }
  }
}

/** Items of a secret, configMap or downwardAPI source: checked, then their paths compared (two or more). */
function checkSourceItems(
  items: unknown,
  pod: Path,
  volume: number,
  kind: "secret" | "configMap" | "downwardAPI",
  name: string,
  out: Diagnostic[],
): void {
  const list = asArray(items);
  const after = ITEMS_AFTER[kind];
  checkItems(list, pod, volume, after, out, kind !== "downwardAPI");
  if (list.length > 1) {
    const paths: string[] = [];
    addItemPaths(list, paths);
    warnOverlaps(paths, pod, volume, kind, name, out);
  }
  if (kind === "downwardAPI") checkDownwardApiItems(list, pod, volume, after, out);
}

function requireString(source: Json, field: string, pod: Path, volume: number, kind: string, out: Diagnostic[]): void {
  const value = source[field];
  if (value === undefined || value === "")
    out.push(error("volume/missing-reference", volumePath(pod, volume, kind, field), `a ${kind} volume needs ${field}`));
}

const PROJECTED_KINDS = ["secret", "configMap", "downwardAPI", "serviceAccountToken", "clusterTrustBundle", "podCertificate"];

// Projected volumes are rare: their paths are built as they are walked.
function checkProjected(source: Json, pod: Path, volume: number, name: string, out: Diagnostic[]): void {
  const path = volumePath(pod, volume, "projected");
  if (isBadMode(source.defaultMode)) out.push(modeError(source.defaultMode, [...path, "defaultMode"]));
  const sources = asArray(source.sources);
  const all: string[] = [];
  for (let i = 0; i < sources.length; i++) {
    const s = asRecord(sources[i]);
    if (!s) continue;
    const at = [...path, "sources", i];
    const kinds = PROJECTED_KINDS.filter((k) => isRecord(s[k]));
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
      if (!ref) continue;
      const items = asArray(ref.items);
      checkItems(items, pod, volume, ["projected", "sources", i, kind, "items"], out, true);
      addItemPaths(items, all);
    }
    const downward = asRecord(s.downwardAPI);
    if (downward) {
      const items = asArray(downward.items);
      const after = ["projected", "sources", i, "downwardAPI", "items"];
      checkItems(items, pod, volume, after, out, false);
      addItemPaths(items, all);
      checkDownwardApiItems(items, pod, volume, after, out);
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
  warnOverlaps(all, pod, volume, "projected", name, out);
}

/** Kubernetes reports the second source it meets in its own order (validateVolumeSource). */
function firstInKubernetesOrder(present: string[], index: number): string {
  return VOLUME_TYPES.filter((k) => present.includes(k))[index] ?? (present[index] as string);
}

function checkSource(volume: Json, pod: Path, index: number, name: string, out: Diagnostic[]): void {
  // Almost every volume has one source: counted first, listed only when there are several.
  let first = "";
  let count = 0;
  for (const key in volume) {
    if (VOLUME_TYPE_SET.has(key) && isRecord(volume[key]) && count++ === 0) first = key;
  }
  // No source at all is an emptyDir: SetDefaults_Volume (pkg/apis/core/v1/defaults.go) fills it in
  // before validation. Unknown keys are the schema's to report.
  if (count === 0) return;
  if (count === 1) {
    checkOneSource(volume, first, pod, index, name, out);
    return;
  }
  const present: string[] = [];
  for (const key in volume) if (VOLUME_TYPE_SET.has(key) && isRecord(volume[key])) present.push(key);
  out.push(
    error(
      "volume/multiple-sources",
      volumePath(pod, index, firstInKubernetesOrder(present, 1)),
      `volume ${JSON.stringify(name)} may have only one source (it has ${present.join(" and ")})`,
    ),
  );
  for (const kind of present) checkOneSource(volume, kind, pod, index, name, out);
}

function checkOneSource(volume: Json, kind: string, pod: Path, index: number, name: string, out: Diagnostic[]): void {
  const source = volume[kind] as Json;
  const deprecated = DEPRECATED_TYPES[kind];
  if (deprecated) out.push(warning("volume/deprecated", volumePath(pod, index, kind), `the ${kind} volume type is ${deprecated}`));
  switch (kind) {
    case "secret":
    case "configMap":
      requireString(source, kind === "secret" ? "secretName" : "name", pod, index, kind, out);
      if (isBadMode(source.defaultMode)) out.push(modeError(source.defaultMode, volumePath(pod, index, kind, "defaultMode")));
      checkSourceItems(source.items, pod, index, kind, name, out);
      break;
    case "downwardAPI":
      if (isBadMode(source.defaultMode)) out.push(modeError(source.defaultMode, volumePath(pod, index, kind, "defaultMode")));
      checkSourceItems(source.items, pod, index, kind, name, out);
      break;
    case "projected":
      checkProjected(source, pod, index, name, out);
      break;
    case "persistentVolumeClaim":
      requireString(source, "claimName", pod, index, kind, out);
      break;
    case "hostPath":
      requireString(source, "path", pod, index, kind, out);
      break;
    case "emptyDir": {
      const size = source.sizeLimit;
      if (typeof size === "string" || typeof size === "number") {
        const q = parseQuantity(size);
        if (!q)
          out.push(
            error(
              "quantity/invalid",
              volumePath(pod, index, kind, "sizeLimit"),
              `${JSON.stringify(size)} is not a quantity`,
              "use a size such as 500Mi or 2Gi",
            ),
          );
        else if (isNegativeQuantity(q))
          out.push(error("quantity/negative", volumePath(pod, index, kind, "sizeLimit"), "sizeLimit must not be negative"));
      }
      break;
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
      const name = typeof volume.name === "string" ? volume.name : "";
      if (name !== "") {
        const problem = checkDns1123Label(name);
        if (problem)
          out.push(
            error(
              "volume/invalid-name",
              volumePath(t.podSpecPath, i, "name"),
              `volume name ${JSON.stringify(name)} ${problem}`,
              "use lower case letters, digits and '-', e.g. config",
            ),
          );
        if (seen.has(name))
          out.push(
            error(
              "volume/duplicate-name",
              volumePath(t.podSpecPath, i, "name"),
              `volume name ${JSON.stringify(name)} is used by two volumes`,
              "rename one of them",
            ),
          );
        seen.add(name);
      }
      checkSource(volume, t.podSpecPath, i, name, out);
    }
  },
};
