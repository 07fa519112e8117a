// PRODUCT §6: `__proto__` / `constructor` / `prototype` keys cannot pollute anything. The CLI
// runs each input in a fresh process, so this checks in one process: load every prototype-key
// fixture with the real loader, push whatever loads through all the layers, then check that no
// built-in prototype gained a property and that a valid template renders exactly as before.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadInputs } from "../../src/load/index.js";
import type { LoadResult } from "../../src/load/types.js";
import { checkTemplate } from "../../src/check/check-template.js";
import { checkManifest } from "../../src/check/check-manifest.js";
import { emitManifests } from "../../src/emit/emit-manifests.js";
import { DEFAULT_KUBE_VERSION } from "../../src/k8s/versions.js";
import { ROOT } from "../helpers/cli.js";
import { LIBRARY } from "../helpers/library.js";

const FILES = join(ROOT, "test/bad-inputs/files");
const GOOD = join(ROOT, "test/bad-inputs/good");

const PROTO_FIXTURES = [
  "yaml-proto-top.yaml",
  "yaml-proto-env.yaml",
  "yaml-proto-deep.yaml",
  "yaml-proto-flow-quoted.yaml",
  "json-proto-key.json",
  "yaml-constructor-top.yaml",
  "yaml-prototype-container.yaml",
  "ts-proto-key.kubejobs.ts",
];

const load = (args: string[]): Promise<LoadResult> =>
  loadInputs(args, { kubeVersion: DEFAULT_KUBE_VERSION, env: {}, cwd: FILES, readStdin: async () => "" }, LIBRARY);

/** Renders through every layer, as the CLI does. */
async function renderInProcess(file: string): Promise<{ text: string; errors: string[] }> {
  const { documents, diagnostics } = await load([file]);
  const all = [...diagnostics];
  const manifests = [];
  for (const doc of documents) {
    if (doc.kind === "template") {
      const checked = checkTemplate(doc.value, { files: doc.files });
      all.push(...checked.diagnostics);
      manifests.push(...checked.manifests);
    } else {
      all.push(...checkManifest(doc.value, DEFAULT_KUBE_VERSION));
    }
  }
  return { text: emitManifests(manifests, "yaml"), errors: all.filter((d) => d.severity === "error").map((d) => d.code) };
}

/** Own property names of the prototypes a `__proto__` write would reach. */
function prototypeKeys(): Record<string, string[]> {
  return {
    object: Object.getOwnPropertyNames(Object.prototype).sort(),
    array: Object.getOwnPropertyNames(Array.prototype).sort(),
    function: Object.getOwnPropertyNames(Function.prototype).sort(),
    string: Object.getOwnPropertyNames(String.prototype).sort(),
  };
}

describe("prototype keys pollute nothing", () => {
  it("every fixture fails with a diagnostic, and afterwards no prototype has changed and a valid template renders the same", async () => {
    const before = prototypeKeys();
    const reference = await renderInProcess(join(GOOD, "constructor-keys.kubejobs.yaml"));
    expect(reference.errors).toEqual([]);

    for (const fixture of PROTO_FIXTURES) {
      const { errors } = await renderInProcess(fixture);
      expect(errors.length, fixture).toBeGreaterThan(0);
    }
    // The same data handed straight to the library, without the loader's guard.
    const raw = JSON.parse(
      '{"kind":"Job","name":"raw","__proto__":{"polluted":"yes"},"containers":{"main":{"image":"busybox","env":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}}}}',
    );
    expect(() => checkTemplate(raw)).not.toThrow();

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeKeys()).toEqual(before);

    const after = await renderInProcess(join(GOOD, "constructor-keys.kubejobs.yaml"));
    expect(after).toEqual(reference);
    expect(after.text).not.toContain("polluted");
  });

  it("a template object with an own __proto__ key given to checkTemplate directly yields diagnostics, not manifests carrying it", () => {
    const raw = JSON.parse('{"kind":"Job","name":"raw","containers":{"main":{"image":"busybox","env":{"__proto__":{"polluted":"yes"}}}}}');
    const { manifests, diagnostics } = checkTemplate(raw);
    const text = JSON.stringify(manifests);
    expect(text).not.toContain("polluted");
    if (manifests.length === 0) expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
