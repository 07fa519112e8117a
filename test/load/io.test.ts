import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeText, ReadFailureError, tooLarge } from "../../src/load/read-file.js";
import { brief, load } from "./helpers.js";

const root = mkdtempSync(join(tmpdir(), "kubejobs-load-io-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const job = "kind: Job\nname: j\ncontainers: { main: { image: busybox } }\n";

describe("input files", () => {
  it("a missing file → io/not-found, and the other inputs still load", async () => {
    const result = await load(["nope.yaml", "dir/a-job.yaml", "missing-dir/"]);
    expect(brief(result).map((d) => [d.code, d.file])).toEqual([
      ["io/not-found", "nope.yaml"],
      ["io/not-found", "missing-dir/"],
    ]);
    expect(result.documents.map((d) => d.file)).toEqual(["dir/a-job.yaml"]);
  });

  it("files lists every input file loaded, also one that does not parse or holds no document", async () => {
    const result = await load(["nope.yaml", "yaml/syntax-error.yaml", "yaml/comments-only.yaml", "dir/", "yaml/job.yaml"]);
    expect(result.documents.map((d) => d.file)).not.toContain("yaml/syntax-error.yaml");
    // Not the missing file, nor what a directory walk passes over (kustomization.yaml, a Helm chart's template).
    expect(result.files).toEqual([
      "yaml/syntax-error.yaml",
      "yaml/comments-only.yaml",
      "dir/a-job.yaml",
      "dir/nested/b.kubejobs.ts",
      "dir/nested/secret.yaml",
      "yaml/job.yaml",
    ]);
  });

  it("a 50 MB file → io/too-large, refused without being read", async () => {
    const big = join(root, "big.yaml");
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, "a"));
    const result = await load(["big.yaml"], { cwd: root });
    expect(brief(result)).toEqual([
      { code: "io/too-large", severity: "error", file: "big.yaml", path: [], line: undefined, column: undefined },
    ]);
    expect(result.diagnostics[0]?.message).toContain("50 MiB");
    rmSync(big);
  });

  it("a huge TS file → io/too-large before esbuild sees it", async () => {
    writeFileSync(join(root, "big.kubejobs.ts"), `export default ${JSON.stringify("x".repeat(11 * 1024 * 1024))};\n`);
    const result = await load(["big.kubejobs.ts"], { cwd: root });
    expect(brief(result).map((d) => d.code)).toEqual(["io/too-large"]);
  });

  it("huge stdin → io/too-large", async () => {
    const result = await load(["-"], { readStdin: async () => "a".repeat(10 * 1024 * 1024 + 1) });
    expect(brief(result).map((d) => [d.code, d.file])).toEqual([["io/too-large", "<stdin>"]]);
  });

  it("NUL bytes → io/binary, at the first one", async () => {
    writeFileSync(
      join(root, "nul.yaml"),
      Buffer.concat([Buffer.from("kind: Job\nname: x"), Buffer.from([0, 1, 2, 255]), Buffer.from("\n")]),
    );
    const result = await load(["nul.yaml"], { cwd: root });
    expect(brief(result)).toEqual([{ code: "io/binary", severity: "error", file: "nul.yaml", path: [], line: 2, column: 8 }]);
  });

  it("a UTF-16 file → io/binary, with a hint to save it as UTF-8", async () => {
    writeFileSync(join(root, "utf16.yaml"), Buffer.from("\ufeffkind: Job\n", "utf16le"));
    const result = await load(["utf16.yaml"], { cwd: root });
    expect(brief(result).map((d) => d.code)).toEqual(["io/binary"]);
    expect(result.diagnostics[0]?.hint).toContain("UTF-8");
  });

  it("invalid UTF-8 → io/binary", async () => {
    writeFileSync(join(root, "latin1.yaml"), Buffer.from("kind: Job\nname: caf\xe9\n", "latin1"));
    const result = await load(["latin1.yaml"], { cwd: root });
    expect(brief(result).map((d) => d.code)).toEqual(["io/binary"]);
  });

  it("a UTF-8 byte order mark is dropped", async () => {
    writeFileSync(join(root, "bom.yaml"), `\ufeff${job}`);
    const result = await load(["bom.yaml", "-"], { cwd: root, readStdin: async () => `\ufeff${job}` });
    expect(result.diagnostics).toEqual([]);
    expect(result.documents).toHaveLength(2);
  });

  it("NUL in stdin → io/binary", async () => {
    const result = await load(["-"], { readStdin: async () => "kind: Job\n\0" });
    expect(brief(result).map((d) => [d.code, d.line, d.column])).toEqual([["io/binary", 2, 1]]);
  });

  it("stdin read as bytes (src/stdin.ts) gets the file checks: invalid UTF-8 → io/binary, a BOM dropped", async () => {
    const asRead = (bytes: Buffer) => async () => {
      const outcome = decodeText(bytes);
      if ("failure" in outcome) throw new ReadFailureError(outcome.failure);
      return outcome.text;
    };
    const latin1 = Buffer.concat([Buffer.from("kind: Job\nname: gr"), Buffer.from([0xfc, 0xdf]), Buffer.from("e\n")]);
    const bad = await load(["-"], { readStdin: asRead(latin1) });
    expect(brief(bad).map((d) => [d.code, d.file])).toEqual([["io/binary", "<stdin>"]]);
    const bom = await load(["-"], { readStdin: asRead(Buffer.from(`\ufeff${job}`)) });
    expect([bom.diagnostics, bom.documents.length]).toEqual([[], 1]);
  });

  it("a ReadFailureError from another copy of the module (another bundle) is recognised by its brand", async () => {
    const foreign = Object.assign(new Error("x"), { [Symbol.for("kubejobs.load.read-failure")]: tooLarge(11 * 1024 * 1024) });
    const result = await load(["-"], { readStdin: () => Promise.reject(foreign) });
    expect(brief(result).map((d) => [d.code, d.file])).toEqual([["io/too-large", "<stdin>"]]);
  });

  it("stdin that fails → io/unreadable", async () => {
    const result = await load(["-"], { readStdin: () => Promise.reject(new Error("EIO")) });
    expect(brief(result).map((d) => [d.code, d.file])).toEqual([["io/unreadable", "<stdin>"]]);
  });

  it("stdin named twice is read once", async () => {
    let reads = 0;
    const result = await load(["-", "-"], { readStdin: async () => (reads++, job) });
    expect([reads, result.documents.length]).toEqual([1, 1]);
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable file → io/unreadable", async () => {
    const locked = join(root, "locked.yaml");
    writeFileSync(locked, job);
    chmodSync(locked, 0o000);
    const result = await load(["locked.yaml"], { cwd: root });
    expect(brief(result).map((d) => d.code)).toEqual(["io/unreadable"]);
  });

  it("a file without a known extension is read as YAML", async () => {
    writeFileSync(join(root, "Jobfile"), job);
    const result = await load(["Jobfile"], { cwd: root });
    expect(result.documents.map((d) => d.kind)).toEqual(["template"]);
  });
});
