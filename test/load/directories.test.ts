import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { brief, load } from "./helpers.js";

const files = (docs: { file: string }[]) => docs.map((d) => d.file);

describe("directories", () => {
  it("walks recursively in name order: templates, *.kubejobs.ts and our manifests", async () => {
    const { documents, diagnostics } = await load(["dir"]);
    expect(diagnostics).toEqual([]);
    expect(files(documents)).toEqual(["dir/a-job.yaml", "dir/nested/b.kubejobs.ts", "dir/nested/secret.yaml"]);
    expect(documents.map((d) => d.kind)).toEqual(["template", "template", "manifest"]);
  });

  it("skips helper modules, kustomization.yaml, other kinds, package.json, broken non-templates and dot-directories", async () => {
    const { documents } = await load(["dir"]);
    const loaded = files(documents).join(" ");
    for (const skipped of [
      "helpers/common.ts",
      "kustomization.yaml",
      "deployment.yaml",
      "package.json",
      "broken-helm.yaml",
      ".hidden",
      "notes.txt",
    ]) {
      expect(loaded).not.toContain(skipped);
    }
  });

  it("marks documents found in a directory, not named ones", async () => {
    const { documents } = await load(["dir/a-job.yaml", "dir/nested"]);
    expect(documents.map((d) => [d.file, d.foundInDirectory])).toEqual([
      ["dir/a-job.yaml", undefined],
      ["dir/nested/b.kubejobs.ts", true],
      ["dir/nested/secret.yaml", true],
    ]);
  });

  it("keeps the directory as the user wrote it", async () => {
    const { documents } = await load(["./dir/nested/"]);
    expect(files(documents)).toEqual(["dir/nested/b.kubejobs.ts", "dir/nested/secret.yaml"]);
  });

  it("loads an explicitly named file whatever its name or content", async () => {
    const result = await load(["dir/kustomization.yaml", "dir/helpers/common.ts"]);
    expect(files(result.documents)).toEqual(["dir/kustomization.yaml"]);
    expect(result.documents[0]?.kind).toBe("manifest");
    // A helper module has no default export: named, it is loaded and reported.
    expect(brief(result).map((d) => [d.code, d.file])).toEqual([["load/bad-export", "dir/helpers/common.ts"]]);
  });

  it("reports a broken file found in a directory when it looks like a template", async () => {
    const result = await load(["broken-dir"]);
    expect(result.documents).toEqual([]);
    expect(brief(result).map((d) => [d.code, d.file, d.line])).toEqual([["yaml/syntax", "broken-dir/job.yaml", 4]]);
  });

  it("a directory with nothing of ours → io/no-templates", async () => {
    const result = await load(["only-kustomize"]);
    expect(brief(result)).toEqual([
      { code: "io/no-templates", severity: "error", file: "only-kustomize", path: [], line: undefined, column: undefined },
    ]);
  });

  it("loads a file named twice (or also found in a directory) once", async () => {
    const { documents } = await load(["dir/a-job.yaml", "dir", "./dir/a-job.yaml"]);
    expect(files(documents)).toEqual(["dir/a-job.yaml", "dir/nested/b.kubejobs.ts", "dir/nested/secret.yaml"]);
  });

  it("a directory whose only template was named before it is not empty", async () => {
    const result = await load(["broken-dir/job.yaml", "broken-dir"]);
    expect(brief(result).map((d) => [d.code, d.file])).toEqual([["yaml/syntax", "broken-dir/job.yaml"]]);
  });

  it("reports problems with arguments where the arguments are", async () => {
    const result = await load(["broken-dir/job.yaml", "nope.yaml", "only-kustomize", "yaml/empty.yaml"]);
    expect(brief(result).map((d) => [d.code, d.file])).toEqual([
      ["yaml/syntax", "broken-dir/job.yaml"],
      ["io/not-found", "nope.yaml"],
      ["io/no-templates", "only-kustomize"],
      ["yaml/empty", "yaml/empty.yaml"],
    ]);
  });

  it("keeps the order of the arguments", async () => {
    const { documents } = await load(["yaml/multi.yaml", "dir/a-job.yaml", "ts/array.ts"]);
    expect(files(documents)).toEqual([
      "yaml/multi.yaml",
      "yaml/multi.yaml",
      "yaml/multi.yaml",
      "dir/a-job.yaml",
      "ts/array.ts",
      "ts/array.ts",
    ]);
  });

  it("no arguments → io/no-input", async () => {
    const result = await load([]);
    expect(brief(result).map((d) => d.code)).toEqual(["io/no-input"]);
  });

  describe("generated trees", () => {
    const root = mkdtempSync(join(tmpdir(), "kubejobs-load-dirs-"));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const job = "kind: Job\nname: j\ncontainers: { main: { image: busybox } }\n";

    it("an empty directory → io/no-templates", async () => {
      mkdirSync(join(root, "empty"));
      const result = await load(["empty"], { cwd: root });
      expect(brief(result).map((d) => [d.code, d.file])).toEqual([["io/no-templates", "empty"]]);
    });

    it("finds templates however `kind` is written: compact JSON, flow style, quotes, comments", async () => {
      mkdirSync(join(root, "styles"));
      writeFileSync(join(root, "styles", "a.json"), '{"kind":"Job","name":"a","containers":{"main":{"image":"busybox"}}}');
      writeFileSync(
        join(root, "styles", "b.yaml"),
        "{kind: ScheduledJob, name: b, schedule: '@daily', containers: {main: {image: busybox}}}\n",
      );
      writeFileSync(join(root, "styles", "c.yaml"), "kind: 'Job' # one-off\nname: c\ncontainers: { main: { image: busybox } }\n");
      writeFileSync(join(root, "styles", "d.yml"), 'name: d\ncontainers: { main: { image: busybox } }\nkind: "Job"\r\n');
      const { documents, diagnostics } = await load(["styles"], { cwd: root });
      expect(diagnostics).toEqual([]);
      expect(documents.map((d) => (d.value as { name: string }).name)).toEqual(["a", "b", "c", "d"]);
    });

    it("skips node_modules", async () => {
      mkdirSync(join(root, "with-deps", "node_modules", "pkg"), { recursive: true });
      writeFileSync(join(root, "with-deps", "node_modules", "pkg", "job.yaml"), job);
      writeFileSync(join(root, "with-deps", "job.yaml"), job);
      const { documents } = await load(["with-deps"], { cwd: root });
      expect(files(documents)).toEqual(["with-deps/job.yaml"]);
    });

    it("follows a symlinked directory, but not a link back to an ancestor", async () => {
      mkdirSync(join(root, "linked", "real"), { recursive: true });
      writeFileSync(join(root, "linked", "real", "job.yaml"), job);
      symlinkSync(join(root, "linked"), join(root, "linked", "real", "loop"));
      symlinkSync(join(root, "linked", "real"), join(root, "linked", "via-link"));
      const { documents, diagnostics } = await load(["linked"], { cwd: root });
      expect(diagnostics).toEqual([]);
      expect(files(documents)).toEqual(["linked/real/job.yaml", "linked/via-link/job.yaml"]);
    });

    it("loads a directory of 300 files, in order", async () => {
      mkdirSync(join(root, "many"));
      const names = Array.from({ length: 300 }, (_, i) => `job-${String(i).padStart(3, "0")}.yaml`);
      for (const name of names) writeFileSync(join(root, "many", name), job);
      const { documents, diagnostics } = await load(["many"], { cwd: root });
      expect(diagnostics).toEqual([]);
      expect(files(documents)).toEqual(names.map((n) => `many/${n}`));
    });

    it("sorts by code point, the same on every machine", async () => {
      mkdirSync(join(root, "sorted"));
      for (const name of ["b.yaml", "B.yaml", "a.yaml", "_.yaml", "10.yaml", "9.yaml"]) writeFileSync(join(root, "sorted", name), job);
      const { documents } = await load(["sorted"], { cwd: root });
      expect(files(documents)).toEqual([
        "sorted/10.yaml",
        "sorted/9.yaml",
        "sorted/B.yaml",
        "sorted/_.yaml",
        "sorted/a.yaml",
        "sorted/b.yaml",
      ]);
    });

    it("a huge file found in a directory is skipped with a warning; named, it is an error", async () => {
      mkdirSync(join(root, "big"));
      writeFileSync(join(root, "big", "job.yaml"), job);
      writeFileSync(join(root, "big", "data.json"), Buffer.alloc(11 * 1024 * 1024, 32));
      const walked = await load(["big"], { cwd: root });
      expect(brief(walked).map((d) => [d.code, d.severity, d.file])).toEqual([["io/skipped", "warning", "big/data.json"]]);
      expect(files(walked.documents)).toEqual(["big/job.yaml"]);
      const named = await load(["big/data.json"], { cwd: root });
      expect(brief(named).map((d) => [d.code, d.severity])).toEqual([["io/too-large", "error"]]);
    });

    it("a directory whose only file was skipped → io/no-templates as well", async () => {
      mkdirSync(join(root, "only-big"));
      writeFileSync(join(root, "only-big", "data.json"), Buffer.alloc(11 * 1024 * 1024, 32));
      const result = await load(["only-big"], { cwd: root });
      expect(brief(result).map((d) => [d.code, d.severity])).toEqual([
        ["io/skipped", "warning"],
        ["io/no-templates", "error"],
      ]);
    });

    it("a *.kubejobs.ts that exports an empty list still counts as a template", async () => {
      mkdirSync(join(root, "none-today"));
      writeFileSync(join(root, "none-today", "jobs.kubejobs.ts"), "export default () => [];\n");
      const result = await load(["none-today"], { cwd: root });
      expect(brief(result).map((d) => d.code)).toEqual(["load/empty-export"]);
    });
  });
});

describe("the editor schema next to templates", () => {
  it("is not read by a directory scan, even when its text mentions kind: Job", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kubejobs-schema-skip-"));
    writeFileSync(join(dir, "kubejobs.schema.json"), '{ "kind": "Job", broken');
    writeFileSync(join(dir, "job.kubejobs.yaml"), "kind: Job\nname: a\ncontainers: { main: { image: busybox } }\n");
    const { documents, diagnostics } = await load([dir]);
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => d.file)).toEqual([join(dir, "job.kubejobs.yaml")]);
  });
});
