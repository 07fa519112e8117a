import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDocuments } from "../../src/check/check-documents.js";
import { DEFAULT_KUBE_VERSION } from "../../src/k8s/versions.js";
import type { LoadOptions, LoadResult } from "../../src/load/types.js";
import { brief, load as loadOnly } from "./helpers.js";

/**
 * The loader reads the files and records why one could not be read; the compiler reports it where
 * the template names it. These tests follow a file through both, as the CLI does.
 */
async function load(args: string[], overrides: Partial<LoadOptions> = {}): Promise<LoadResult> {
  const loaded = await loadOnly(args, overrides);
  const checked = checkDocuments(loaded.documents, "validate", { kubeVersion: DEFAULT_KUBE_VERSION });
  return {
    documents: loaded.documents,
    diagnostics: [...loaded.diagnostics, ...checked.diagnostics.filter((d) => d.code.startsWith("secret/from-file"))],
  };
}

const CERT = "-----BEGIN CERTIFICATE-----\nfixture, not a real certificate\n-----END CERTIFICATE-----\n";

describe("fromFile secret sources", () => {
  it("reads them relative to the template's directory, keyed by the path as written", async () => {
    const { documents } = await load(["fromfile/job.yaml"]);
    expect(documents[0]?.files).toEqual({ "./certs/tls.crt": CERT });
  });

  it("a missing one → secret/from-file-missing at the fromFile value, naming the path", async () => {
    const result = await load(["fromfile/job.yaml"]);
    expect(brief(result)).toEqual([
      {
        code: "secret/from-file-missing",
        severity: "error",
        file: "fromfile/job.yaml",
        path: ["secrets", "tls", "data", "tls.key", "fromFile"],
        line: 9,
        column: 28,
      },
    ]);
    expect(result.diagnostics[0]?.message).toContain('"./certs/missing.key"');
    // The document is still handed on: later stages report their own problems too.
    expect(result.documents).toHaveLength(1);
  });

  it("TS templates: relative to the TS file, paths carry the list index", async () => {
    const result = await load(["fromfile/from-ts.kubejobs.ts"]);
    expect(result.documents.map((d) => d.files)).toEqual([{ "./certs/tls.crt": CERT }, {}]);
    expect(brief(result)).toEqual([
      {
        code: "secret/from-file-missing",
        severity: "error",
        file: "fromfile/from-ts.kubejobs.ts",
        path: [1, "secrets", "tls", "data", "tls.crt", "fromFile"],
        // No positions at run time: at the default export, the path says where.
        line: 5,
        column: 1,
      },
    ]);
  });

  it("stdin: relative to the current directory", async () => {
    const yaml =
      "kind: Job\nname: s\ncontainers: { main: { image: busybox } }\nsecrets: { tls: { type: opaque, data: { crt: { fromFile: fromfile/certs/tls.crt } } } }\n";
    const result = await load(["-"], { readStdin: async () => yaml });
    expect(result.diagnostics).toEqual([]);
    expect(result.documents[0]?.files).toEqual({ "fromfile/certs/tls.crt": CERT });
  });

  it("manifests are not templates: their fields are not read", async () => {
    const yaml = "apiVersion: v1\nkind: Secret\nmetadata: { name: x }\nsecrets: { a: { data: { b: { fromFile: ./nope } } } }\n";
    const result = await load(["-"], { readStdin: async () => yaml });
    expect(result.diagnostics).toEqual([]);
  });

  describe("generated files", () => {
    const dir = mkdtempSync(join(tmpdir(), "kubejobs-load-fromfile-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const template = (data: string) =>
      `kind: Job\nname: s\ncontainers: { main: { image: busybox } }\nsecrets:\n  s:\n    type: opaque\n    data: { ${data} }\n`;

    it("too large for a Secret → secret/from-file-too-large", async () => {
      writeFileSync(join(dir, "big.bin"), Buffer.alloc(1024 * 1024 + 1, "a"));
      writeFileSync(join(dir, "big.yaml"), template("a: { fromFile: big.bin }"));
      const result = await load(["big.yaml"], { cwd: dir });
      expect(brief(result).map((d) => [d.code, d.path, d.line])).toEqual([
        ["secret/from-file-too-large", ["secrets", "s", "data", "a", "fromFile"], 7],
      ]);
    });

    it("binary → secret/from-file-not-text, and the content is never shown", async () => {
      writeFileSync(join(dir, "key.der"), Buffer.from([0x30, 0x82, 0, 0x0a, 0x73, 0x33, 0x63, 0x72, 0x33, 0x74]));
      writeFileSync(join(dir, "der.yaml"), template("a: { fromFile: key.der }"));
      const result = await load(["der.yaml"], { cwd: dir });
      expect(brief(result).map((d) => d.code)).toEqual(["secret/from-file-not-text"]);
      expect(JSON.stringify(result.diagnostics)).not.toContain("s3cr3t");
    });

    it("a directory → secret/from-file-missing", async () => {
      mkdirSync(join(dir, "a-dir"));
      writeFileSync(join(dir, "dir.yaml"), template("a: { fromFile: a-dir }"));
      const result = await load(["dir.yaml"], { cwd: dir });
      expect(brief(result).map((d) => d.code)).toEqual(["secret/from-file-missing"]);
    });

    it("the same path used twice is read once and reported at each place that names it", async () => {
      writeFileSync(join(dir, "twice.yaml"), template("a: { fromFile: gone.txt }, b: { fromFile: gone.txt }"));
      const loaded = await loadOnly(["twice.yaml"], { cwd: dir });
      expect(loaded.diagnostics).toEqual([]);
      expect(Object.keys(loaded.documents[0]!.unreadFiles)).toEqual(["gone.txt"]);
      const result = await load(["twice.yaml"], { cwd: dir });
      expect(brief(result).map((d) => d.path)).toEqual([
        ["secrets", "s", "data", "a", "fromFile"],
        ["secrets", "s", "data", "b", "fromFile"],
      ]);
    });
  });
});
