import { describe, expect, it } from "vitest";
import { OUT_DIR_MARKER, planOutDir } from "../../src/emit/plan-out-dir.js";
import type { K8sObject } from "../../src/k8s/types.js";

const object = (kind: string, name: string, namespace?: string): K8sObject =>
  ({ apiVersion: "v1", kind, metadata: namespace === undefined ? { name } : { name, namespace } }) as K8sObject;

describe("planOutDir", () => {
  it("names a file per object by kind and name, numbering clashes, then the kustomization", () => {
    const files = planOutDir([object("Secret", "db"), object("Job", "a", "x"), object("Job", "a", "y")], "yaml");
    expect(files.map((f) => f.name)).toEqual(["secret-db.yaml", "job-a.yaml", "job-a-2.yaml", "kustomization.yaml"]);
    expect(files[3]!.text).toBe(
      `${OUT_DIR_MARKER}\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - secret-db.yaml\n  - job-a.yaml\n  - job-a-2.yaml\n`,
    );
  });

  it("writes each object in the chosen format", () => {
    const [yaml] = planOutDir([object("Job", "a")], "yaml");
    const [json] = planOutDir([object("Job", "a")], "json");
    expect(yaml!.text).toBe("apiVersion: v1\nkind: Job\nmetadata:\n  name: a\n");
    expect(JSON.parse(json!.text)).toEqual(object("Job", "a"));
    expect(json!.name).toBe("job-a.json");
  });
});
