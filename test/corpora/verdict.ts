// `kubejobs validate FILE` in process: the YAML loader, then the pipeline, as the CLI runs them.
import { readFileSync } from "node:fs";
import { checkDocuments } from "../../src/check/check-documents.js";
import type { Diagnostic } from "../../src/diagnostic.js";
import type { KubeVersion } from "../../src/k8s/versions.js";
import { parseYaml } from "../../src/load/yaml.js";

export function validateFile(file: string, kubeVersion: KubeVersion = "1.36"): Diagnostic[] {
  const parsed = parseYaml(readFileSync(file, "utf8"), file);
  const checked = checkDocuments(parsed.documents, "validate", { kubeVersion });
  return [...parsed.diagnostics, ...checked.diagnostics];
}

export const errorsOf = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === "error");
