import type { K8sObject } from "../k8s/types.js";
import { toYamlStream } from "./yaml.js";

export type OutputFormat = "yaml" | "json";

export const OUTPUT_FORMATS: readonly OutputFormat[] = ["yaml", "json"];

/** The objects as one YAML stream (`---` between documents) or one `v1` `List` in JSON. */
export function emitManifests(manifests: readonly K8sObject[], format: OutputFormat): string {
  if (format === "json") return JSON.stringify({ apiVersion: "v1", kind: "List", items: manifests }, null, 2) + "\n";
  return toYamlStream([...manifests]);
}
