// `securityContext: restricted` on a template: what it emits, that a container's own fields win,
// and that `lint --pss restricted` passes on what it renders (every valid template, and the examples).
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkTemplate } from "../../src/check/check-template.js";
import { lintChecked } from "../../src/check/lint-documents.js";
import type { Template } from "../../src/template/types.js";
import { validTemplate } from "../properties/arbitraries.js";
import { compileOk, mainObject, withMain, type Obj } from "./helpers.js";

const pod = (t: Template): Obj => mainObject(compileOk(t)).spec.template.spec;

/** PSS findings of `lint --pss restricted` on a template (validation must pass). */
function pssFindings(t: unknown): string[] {
  const checked = checkTemplate(t);
  expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const [linted] = lintChecked([{ template: t as Template, objects: checked.manifests, validation: checked.diagnostics }], {
    pss: "restricted",
  });
  return linted!.findings.filter((d) => d.code.startsWith("pss/")).map((d) => `${d.code} at ${d.path.join(".")}`);
}

describe("securityContext: restricted", () => {
  it("sets the pod's and every container's restricted fields", () => {
    const spec = pod(withMain({}, { securityContext: "restricted", initContainers: { init: { image: "busybox:1.36" } } }));
    expect(spec.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
    for (const c of [...spec.initContainers, ...spec.containers]) {
      expect(c.securityContext).toEqual({ allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } });
    }
  });

  it("a container's own fields win, capabilities key by key", () => {
    const spec = pod(
      withMain(
        { securityContext: { runAsUser: 1000, allowPrivilegeEscalation: true, capabilities: { add: ["NET_BIND_SERVICE"] } } },
        { securityContext: "restricted" },
      ),
    );
    expect(spec.containers[0].securityContext).toEqual({
      allowPrivilegeEscalation: true,
      capabilities: { drop: ["ALL"], add: ["NET_BIND_SERVICE"] },
      runAsUser: 1000,
    });
    // What the user chose is then the user's to answer for.
    expect(pssFindings(withMain({ securityContext: { allowPrivilegeEscalation: true } }, { securityContext: "restricted" }))).toEqual([
      "pss/allow-privilege-escalation at containers.main.securityContext.allowPrivilegeEscalation",
    ]);
  });

  it("a Windows pod gets runAsNonRoot only (the API refuses the Linux fields there)", () => {
    const spec = pod(withMain({}, { securityContext: "restricted", os: { name: "windows" } }));
    expect(spec.securityContext).toEqual({ runAsNonRoot: true });
    expect(spec.containers[0].securityContext).toBeUndefined();
    expect(pssFindings(withMain({}, { securityContext: "restricted", os: { name: "windows" } }))).toEqual([]);
  });

  it("an object securityContext still passes through as written", () => {
    expect(pod(withMain({}, { securityContext: { fsGroup: 2000 } })).securityContext).toEqual({ fsGroup: 2000 });
  });

  it("lint --pss restricted passes on what any valid template renders with it", () => {
    fc.assert(
      fc.property(validTemplate, (t) => {
        expect(pssFindings({ ...t, securityContext: "restricted" })).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("and on every bundled YAML example, which without it has restricted findings", () => {
    const dir = resolve(import.meta.dirname, "../../examples");
    const files = readdirSync(dir).filter((f) => f.endsWith(".kubejobs.yaml"));
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) {
      const t = parse(readFileSync(resolve(dir, f), "utf8"));
      delete t.secrets; // fromFile sources are read by the loader, not here
      expect(pssFindings(t).length, f).toBeGreaterThan(0);
      expect(pssFindings({ ...t, securityContext: "restricted" }), f).toEqual([]);
    }
  });
});
