// A YAML-only run must never load esbuild, and a TS-only run never the yaml parser (PRODUCT §5:
// load only what the command needs). Checked twice: on the source's static imports, and by
// running a bundle of the loader, built the way scripts/build.mjs builds the CLI (ESM, split chunks).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES } from "./helpers.js";

const LOAD = fileURLToPath(new URL("../../src/load/", import.meta.url));

/** Static value imports of a module (`import type` and `await import()` left out). */
function staticImports(file: string): string[] {
  const source = readFileSync(join(LOAD, file), "utf8");
  return [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1] ?? "");
}

/** Everything `file` loads eagerly, following relative imports inside src/load. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  for (const spec of staticImports(file)) {
    if (seen.has(spec)) continue;
    seen.add(spec);
    if (spec.startsWith("./")) reachable(spec.slice(2).replace(/\.js$/, ".ts"), seen);
  }
  return seen;
}

describe("static imports", () => {
  it("index.ts reaches neither yaml nor esbuild nor the modules that use them", () => {
    const eager = reachable("index.ts");
    for (const lazy of ["yaml", "esbuild", "./yaml.js", "./ts.js", "./locate.js", "./ts-bundle.js"]) expect(eager).not.toContain(lazy);
  });

  it("ts.ts never reaches yaml; yaml.ts never reaches esbuild", () => {
    expect(reachable("ts.ts")).not.toContain("yaml");
    expect(reachable("ts.ts")).not.toContain("esbuild");
    expect(reachable("yaml.ts")).not.toContain("esbuild");
  });
});

describe("at run time, in a bundle", () => {
  // Inside the project, as dist/ is: the loader requires esbuild from its own location.
  const cache = resolve("node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(join(cache, "kubejobs-load-lazy-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  async function bundle(): Promise<string> {
    const real = (name: string) => fileURLToPath(import.meta.resolve(name));
    await build({
      entryPoints: { loader: join(LOAD, "index.ts") },
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      outdir: out,
      logLevel: "silent",
      plugins: [
        {
          name: "record-loads",
          setup(b) {
            // yaml is wrapped so that importing it leaves a trace; esbuild, which the loader
            // requires (CommonJS), is found in require's cache by the probe.
            b.onResolve({ filter: /^(yaml|esbuild)$/ }, (args) =>
              args.namespace === "record" ? { path: real(args.path), external: true } : { path: args.path, namespace: "record" },
            );
            b.onLoad({ filter: /.*/, namespace: "record" }, (args) => ({
              contents: `(globalThis.loaded ??= []).push(${JSON.stringify(args.path)}); export * from ${JSON.stringify(args.path)};`,
              resolveDir: LOAD,
            }));
          },
        },
      ],
    });
    const probe = join(out, "probe.mjs");
    writeFileSync(
      probe,
      [
        'import { createRequire } from "node:module";',
        'import { loadInputs } from "./loader.js";',
        "const [cwd, ...args] = process.argv.slice(2);",
        "const library = { job: (t) => ({ kind: 'Job', ...t }) };",
        "const result = await loadInputs(args, { kubeVersion: '1.33', env: {}, cwd, readStdin: async () => '' }, { importLibrary: async () => library });",
        "const required = Object.keys(createRequire(import.meta.url).cache).some((f) => /[\\\\/]esbuild[\\\\/]lib[\\\\/]main\\.js$/.test(f)) ? ['esbuild'] : [];",
        "console.log(JSON.stringify({ documents: result.documents.length, errors: result.diagnostics.length, loaded: [...new Set([...(globalThis.loaded ?? []), ...required])] }));",
      ].join("\n"),
    );
    return probe;
  }

  it("YAML loads yaml only; TS loads esbuild only", async () => {
    const probe = await bundle();
    const run = (...args: string[]) =>
      JSON.parse(execFileSync(process.execPath, [probe, resolve(FIXTURES), ...args], { encoding: "utf8" }));
    expect(run("yaml/job.yaml")).toEqual({ documents: 1, errors: 0, loaded: ["yaml"] });
    expect(run("ts/object.kubejobs.ts")).toEqual({ documents: 1, errors: 0, loaded: ["esbuild"] });
    expect(run("nope.yaml")).toEqual({ documents: 0, errors: 1, loaded: [] });
  });
});
