// Bundles the CLI and the library with esbuild.
//
// The CLI is a handful of files, each self-contained: dist/cli.js parses the command line and loads
// one bundle per command from dist/chunks (render.js holds the pipeline, the loader and the library
// that TS templates import). What a run may not need has a file of its own, loaded on demand: the
// YAML loader (the yaml parser), the TS loader (esbuild), the validators of each Kubernetes version.
// So `kubejobs render x.yaml` never loads esbuild, `render x.ts` never loads the yaml parser, and a
// render loads few files (the compiler and the rules have files of their own only so that they run
// from V8's code cache, CODE_CACHED below). Few files matter at start-up: each ES module costs Node a
// resolve, a read and a link, and esbuild's code splitting made ~18 chunks of the same code (≈ 12 ms
// more per run).
// A module in two bundles is two copies; the one whose class is checked with instanceof across
// bundles (args.ts: UsageError) is a shared file. The library, dist/index.js, is code-split as before.
import { build } from "esbuild";
import { rmSync, chmodSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { execFileSync } from "node:child_process";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));

/** Source modules that are files of their own in dist/chunks; an import of one stays an import. */
const SHARED = [
  [/\/src\/cli\/(render|validate|lint|next|preview|init|schema|check-out-dir|krm)\.ts$/, (m) => `${m[1]}.js`],
  [/\/src\/cli\/args\.ts$/, () => "args.js"],
  [/\/src\/load\/(yaml|ts)\.ts$/, (m) => `load-${m[1]}.js`],
  [/\/src\/k8s\/generated\/(validators-\d+\.\d+)\.js$/, (m) => `${m[1]}.js`],
  [/\/src\/template\/generated\/template-validator\.js$/, () => "template-validator.js"],
  [/\/src\/compile\/index\.ts$/, () => "compile.js"],
  [/\/src\/k8s\/rules\/index\.ts$/, () => "k8s-rules.js"],
];

const entries = {
  render: "src/cli/render.ts",
  validate: "src/cli/validate.ts",
  lint: "src/cli/lint.ts",
  next: "src/cli/next.ts",
  preview: "src/cli/preview.ts",
  init: "src/cli/init.ts",
  schema: "src/cli/schema.ts",
  "check-out-dir": "src/cli/check-out-dir.ts",
  krm: "src/cli/krm.ts",
  args: "src/cli/args.ts",
  "load-yaml": "src/load/yaml.ts",
  "load-ts": "src/load/ts.ts",
  "template-validator": "src/template/generated/template-validator.js",
  compile: "src/compile/index.ts",
  "k8s-rules": "src/k8s/rules/index.ts",
};
for (const file of readdirSync("src/k8s/generated")) {
  const m = /^(validators-\d+\.\d+)\.js$/.exec(file);
  if (m) entries[m[1]] = `src/k8s/generated/${file}`;
}

/**
 * `next` reads schedules from templates and only a TS template imports the library: it gets the
 * code-split dist/library.js instead of a copy of the whole pipeline in next.js.
 */
const LIBRARY = [/\/src\/library\.ts$/, () => "../library.js"];

/** Keeps imports of SHARED modules (other than the bundle's own entry) as imports of their files. */
function sharedFiles(entry, prefix, shared = SHARED) {
  const self = entry && resolve(entry);
  return {
    name: "shared-files",
    setup(b) {
      b.onResolve({ filter: /^\./ }, async (args) => {
        if (args.pluginData === "shared-files") return undefined;
        const found = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: "shared-files",
        });
        if (found.errors.length > 0 || found.path === self) return found;
        for (const [pattern, name] of shared) {
          const m = pattern.exec(found.path.replaceAll("\\", "/"));
          if (m) return { path: `${prefix}${name(m)}`, external: true };
        }
        return found;
      });
    },
  };
}

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // esbuild ships a native binary per platform: it cannot be bundled, only imported.
  external: ["esbuild"],
  define: { KUBEJOBS_VERSION: JSON.stringify(version) },
  banner: { js: "import { createRequire as __kjRequire } from 'node:module'; const require = __kjRequire(import.meta.url);" },
  logLevel: "warning",
  legalComments: "none",
  // Smaller files parse faster at start-up (the generated validators especially); names stay readable for --debug.
  minifyWhitespace: true,
  minifySyntax: true,
};

/**
 * Chunks that run from V8's code cache (Node 20 caches no compiled code for ES modules): each is a
 * CommonJS file run by dist/chunks/load-cached.cjs (scripts/load-cached.cjs) from an ES module stub
 * with the same exports, and its cache is written after the build has run the commands once
 * (writeCodeCaches below). Compiling a command's bundle and running it the first time cost a render
 * ≈ 25 ms; from the cache, about a third of that. Not cached: `next`, which imports the code-split
 * dist/library.js statically, and the TS loader, which imports templates from data: URLs.
 */
const CODE_CACHED = new Set(Object.keys(entries).filter((name) => name !== "next" && name !== "load-ts"));
const CACHE_LOADER = "load-cached.cjs";

async function buildCodeCached(name, file) {
  const analysed = await build({
    ...common,
    entryPoints: [file],
    write: false,
    metafile: true,
    outdir: "dist/chunks",
    plugins: [sharedFiles(file, "./")],
  });
  const exports = Object.values(analysed.metafile.outputs)[0].exports;
  await build({
    ...common,
    format: "cjs",
    banner: {},
    define: { ...common.define, "import.meta.url": "__kjImportMetaUrl" },
    entryPoints: { [name]: file },
    outExtension: { ".js": ".cjs" },
    outdir: "dist/chunks",
    plugins: [sharedFiles(file, "./")],
  });
  const path = `dist/chunks/${name}.cjs`;
  // import() of another chunk or of dist/library.js goes through the loader (a script run by
  // vm.Script cannot import); any other import() would fail there, so it stops the build.
  const source = readFileSync(path, "utf8").replace(/\bimport\((?=["'`]\.{1,2}\/)/g, "__kjImport(");
  if (/\bimport\(/.test(source)) throw new Error(`${name} has an import() the code-cache loader cannot serve: leave it out of CODE_CACHED`);
  writeFileSync(path, source);
  const named = exports.filter((e) => e !== "default");
  writeFileSync(
    `dist/chunks/${name}.js`,
    [
      `// Runs ${name}.cjs with V8's code cache (${name}.cjs.cache), made by scripts/build.mjs.`,
      `import { createRequire } from "node:module";`,
      `const chunk = createRequire(import.meta.url)("./${CACHE_LOADER}").loadCached(${JSON.stringify(name)});`,
      ...(named.length > 0 ? [`export const { ${named.join(", ")} } = chunk;`] : []),
      ...(exports.includes("default") ? [`export default chunk.default;`] : []),
      ``,
    ].join("\n"),
  );
}

/** The chunk loader, with the list of cached chunks written in. */
function writeCacheLoader() {
  const loader = readFileSync("scripts/load-cached.cjs", "utf8");
  const list = "const CACHED = new Set([]);";
  if (!loader.includes(list)) throw new Error(`scripts/load-cached.cjs: expected the line ${list}`);
  writeFileSync(`dist/chunks/${CACHE_LOADER}`, loader.replace(list, `const CACHED = new Set(${JSON.stringify([...CODE_CACHED].sort())});`));
}

/** What the build runs to make the caches, from the project root; output is discarded. */
const CACHE_RUNS = [
  ["render", "examples", "bench/fixtures", "-o", "json"],
  ["render", "examples/nightly-report.kubejobs.yaml"],
  ["validate", "examples", "bench/fixtures"],
  ...Object.keys(entries)
    .filter((name) => name.startsWith("validators-"))
    .map((name) => ["validate", "examples", "--kube-version", name.slice("validators-".length)]),
  ["lint", "examples", "bench/fixtures"],
  ["lint", "examples", "--format", "sarif"],
  ["preview", "examples", "--from", "2026-01-05T00:00:00Z", "--format", "html"],
  ["schema"],
  ["init", "--help"],
  ["krm", "--help"],
];

/**
 * Runs the commands in this process through the chunk loader, then writes each loaded chunk's
 * code cache: what ran is in the cache already compiled. A chunk no run loads (check-out-dir) gets
 * a cache of its top level.
 */
async function writeCodeCaches() {
  const { loadCached, writeCodeCaches: writeCaches } = createRequire(import.meta.url)(resolve(`dist/chunks/${CACHE_LOADER}`));
  const commands = {
    render: "runRender",
    validate: "runValidate",
    lint: "runLint",
    preview: "runPreview",
    schema: "runSchema",
    init: "runInit",
    krm: "runKrmCommand",
  };
  const io = {
    stdout() {},
    stderr() {},
    readStdin: async () => "",
    env: { ...process.env, NO_COLOR: "1" },
    cwd: process.cwd(),
    stderrIsTTY: false,
  };
  for (const [command, ...argv] of CACHE_RUNS) {
    const code = await loadCached(command)[commands[command]](argv, io);
    if (code !== 0) throw new Error(`code cache: \`kubejobs ${command} ${argv.join(" ")}\` exited with ${code}`);
  }
  for (const name of CODE_CACHED) loadCached(name);
  writeCaches();
}

rmSync("dist", { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: { cli: "src/cli/bin.ts" }, outdir: "dist", plugins: [sharedFiles(undefined, "./chunks/")] }),
  // The KRM function's own executable (kpt's `exec:` and kustomize's `exec.path` take no arguments).
  build({ ...common, entryPoints: { krm: "src/cli/krm-bin.ts" }, outdir: "dist", plugins: [sharedFiles(undefined, "./chunks/")] }),
  ...Object.entries(entries).map(([name, file]) =>
    CODE_CACHED.has(name)
      ? buildCodeCached(name, file)
      : build({
          ...common,
          entryPoints: { [name]: file },
          outdir: "dist/chunks",
          plugins: [sharedFiles(file, "./", name === "next" ? [...SHARED, LIBRARY] : SHARED)],
        }),
  ),
  build({
    ...common,
    entryPoints: { index: "src/index.ts", library: "src/library.ts" },
    outdir: "dist",
    splitting: true,
    chunkNames: "lib/[name]-[hash]",
  }),
]);
chmodSync("dist/cli.js", 0o755);
chmodSync("dist/krm.js", 0o755);
writeCacheLoader();
await writeCodeCaches();
// Declarations for library users (`import { job } from "kubejobs"` type-checks with tsc).
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
