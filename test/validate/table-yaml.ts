// Small valid YAML bases for the invalid-inputs table, and the in-process run of one input
// (loadInputs on stdin → checkDocuments), the way `kubejobs validate -` runs it.
//
// Each base is a list of lines; its line numbers are in the comments, so a row can say "line 7"
// and a reader can count. `yaml(base, edits)` replaces line n with one or more lines (an empty
// list deletes it); n = base.length + 1 appends. Keys are original line numbers, so a row with one
// edit has its mutation exactly at the line number of the key.
import { loadInputs } from "../../src/load/index.js";
import { checkDocuments } from "../../src/check/check-documents.js";
import type { Diagnostic, Path } from "../../src/diagnostic.js";
import { DEFAULT_KUBE_VERSION, type KubeVersion } from "../../src/k8s/versions.js";
import { loadManifestSchemas } from "../../src/validate/manifest.js";
import { LIBRARY } from "../helpers/library.js";

/** Template, kind: Job. Top-level fields append at column 1, container fields at column 5. */
export const JOB_T = [
  "kind: Job", //                1
  "name: db-migrate", //         2
  "containers:", //              3
  "  main:", //                  4
  "    image: busybox:1.36", //  5
] as const;

/** Template, kind: ScheduledJob. The schedule is line 6 and the zone line 7 (values at column 11). */
export const CRON_T = [
  "kind: ScheduledJob", //       1
  "name: nightly-report", //     2
  "containers:", //              3
  "  main:", //                  4
  "    image: busybox:1.36", //  5
  'schedule: "0 3 * * *"', //    6
  "timeZone: UTC", //            7
] as const;

/** Manifest, batch/v1 Job. Appended lines: column 3 = Job spec, 7 = pod spec, 11 = container. */
export const JOB_M = [
  "apiVersion: batch/v1", //      1
  "kind: Job", //                 2
  "metadata:", //                 3
  "  name: db-migrate", //        4
  "spec:", //                     5
  "  template:", //               6
  "    spec:", //                 7
  "      restartPolicy: Never", // 8
  "      containers:", //         9
  "        - name: main", //      10
  "          image: busybox:1.36", // 11
] as const;

/**
 * Manifest, batch/v1 CronJob. Schedule line 6 and zone line 7 (values at column 13). Appended
 * lines: column 3 = CronJob spec, 7 = Job spec, 11 = pod spec, 15 = container.
 */
export const CRON_M = [
  "apiVersion: batch/v1", //          1
  "kind: CronJob", //                 2
  "metadata:", //                     3
  "  name: nightly-report", //        4
  "spec:", //                         5
  '  schedule: "0 3 * * *"', //       6
  "  timeZone: UTC", //               7
  "  jobTemplate:", //                8
  "    spec:", //                     9
  "      template:", //               10
  "        spec:", //                 11
  "          restartPolicy: Never", // 12
  "          containers:", //         13
  "            - name: main", //      14
  "              image: busybox:1.36", // 15
] as const;

/** Manifest, v1 Secret. */
export const SECRET_M = [
  "apiVersion: v1", //         1
  "kind: Secret", //           2
  "metadata:", //              3
  "  name: db-credentials", // 4
  "type: Opaque", //           5
  "stringData:", //            6
  "  password: hunter2", //    7
] as const;

/** Manifest, v1 ConfigMap. */
export const CONFIG_MAP_M = [
  "apiVersion: v1", //     1
  "kind: ConfigMap", //    2
  "metadata:", //          3
  "  name: app-config", // 4
  "data:", //              5
  '  app.yaml: "a: 1"', // 6
] as const;

export type Edits = Record<number, string | readonly string[]>;

/** What each base is, for counting rows by input kind. */
const BASE_KINDS = new Map<readonly string[], string>([
  [JOB_T, "template"],
  [CRON_T, "template"],
  [JOB_M, "Job"],
  [CRON_M, "CronJob"],
  [SECRET_M, "Secret"],
  [CONFIG_MAP_M, "ConfigMap"],
]);
const kinds = new Map<string, string>();

/** The input kind of a text made by `yaml` (template, Job, CronJob, Secret or ConfigMap). */
export function inputKind(text: string): string | undefined {
  return kinds.get(text);
}

/** The base with line n replaced (or, for n = length + 1, appended); see the header. */
export function yaml(base: readonly string[], edits: Edits = {}): string {
  const lines: (string | readonly string[])[] = [...base];
  for (const [key, text] of Object.entries(edits)) {
    const n = Number(key);
    if (!Number.isInteger(n) || n < 1 || n > base.length + 1) throw new Error(`no line ${key} to edit in a base of ${base.length} lines`);
    lines[n - 1] = text;
  }
  const text = `${lines.flat().join("\n")}\n`;
  kinds.set(text, BASE_KINDS.get(base) ?? "other");
  return text;
}

/** The parts of a diagnostic the table asserts on: never the wording. */
export interface Placed {
  code: string;
  severity: Diagnostic["severity"];
  path: Path;
  line: number | undefined;
  column: number | undefined;
}

export function placed(d: Diagnostic): Placed {
  return { code: d.code, severity: d.severity, path: d.path, line: d.line, column: d.column };
}

export interface Checked {
  diagnostics: Diagnostic[];
  /** Load and pipeline diagnostics together, in that order. */
  placed: Placed[];
}

/** `kubejobs validate -` in process: the YAML on stdin, every layer, for one Kubernetes version. */
export async function validateYaml(
  text: string,
  kubeVersion: KubeVersion = DEFAULT_KUBE_VERSION,
  env: Record<string, string> = {},
): Promise<Checked> {
  await loadManifestSchemas(kubeVersion);
  const loaded = await loadInputs(["-"], { kubeVersion, env, cwd: process.cwd(), readStdin: async () => text }, LIBRARY);
  const checked = checkDocuments(loaded.documents, "validate", { kubeVersion, env });
  const diagnostics = [...loaded.diagnostics, ...checked.diagnostics];
  return { diagnostics, placed: diagnostics.map(placed) };
}
