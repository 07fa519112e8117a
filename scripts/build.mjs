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
import { Script } from "node:vm";
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
 * Self-contained modules that every render runs (the yaml parser, the template and manifest validators,
 * the compiler, the Kubernetes rules) are loaded with V8's code cache, made here after a warm-up run:
 * compiling them and their first run (V8 compiles each function on first call) cost ≈ 15 ms per render;
 * from the cache, a third of that. The compiler and the rules became files of their own for this: 4 ms
 * less per render (TS or YAML, interleaved runs); the YAML emitter did not pay for its extra file.
 * Each is a CommonJS file run by vm.Script from an ES module stub with the same exports. V8 refuses a
 * cache made by another V8 version or with other flags (`cachedDataRejected`): then it compiles as usual.
 */
const CODE_CACHED = new Set([
  "load-yaml",
  "template-validator",
  "compile",
  "k8s-rules",
  ...Object.keys(entries).filter((name) => name.startsWith("validators-")),
]);
const WRAPPER = ["(function (exports, require, module) {", "\n})"];

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
    entryPoints: { [name]: file },
    outExtension: { ".js": ".cjs" },
    outdir: "dist/chunks",
  });
  const source = readFileSync(`dist/chunks/${name}.cjs`, "utf8");
  if (/\bimport\(/.test(source)) throw new Error(`${name} has a dynamic import(), which vm.Script cannot run: do not code-cache it`);
  writeFileSync(
    `dist/chunks/${name}.js`,
    [
      `// Runs ${name}.cjs with V8's code cache (${name}.cjs.cache), made by scripts/build.mjs.`,
      `import { createRequire } from "node:module";`,
      `const require = createRequire(import.meta.url);`,
      `const { readFileSync } = require("node:fs");`,
      `const { Script } = require("node:vm");`,
      `const { fileURLToPath } = require("node:url");`,
      `const file = fileURLToPath(new URL("./${name}.cjs", import.meta.url));`,
      `let cachedData;`,
      `try { cachedData = readFileSync(file + ".cache"); } catch {}`,
      `const script = new Script(${JSON.stringify(WRAPPER[0])} + readFileSync(file, "utf8") + ${JSON.stringify(WRAPPER[1])}, { filename: file, cachedData });`,
      `const module = { exports: {} };`,
      `script.runInThisContext()(module.exports, require, module);`,
      `export const { ${exports.join(", ")} } = module.exports;`,
      ``,
    ].join("\n"),
  );
}

/** The newest bundled Kubernetes version, from the validators' file names (the rules take a version). */
const NEWEST_VERSION = Object.keys(entries)
  .filter((name) => name.startsWith("validators-"))
  .map((name) => name.slice("validators-".length))
  .sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]))
  .pop();

/** Runs each code-cached module on real input, then writes what V8 compiled. */
function writeCodeCaches() {
  const manifests = JSON.parse(
    execFileSync(process.execPath, ["dist/cli.js", "render", "examples", "bench/fixtures", "-o", "json"], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
    }),
  ).items;
  const yamlInputs = [
    "bench/fixtures/nightly-report.kubejobs.yaml",
    "examples/backup.kubejobs.yaml",
    "examples/indexed-shards.kubejobs.yaml",
  ];
  const templates = []; // from the yaml loader, which comes first, for the template validator
  for (const name of CODE_CACHED) {
    const file = resolve(`dist/chunks/${name}.cjs`);
    const script = new Script(WRAPPER[0] + readFileSync(file, "utf8") + WRAPPER[1], { filename: file });
    const module = { exports: {} };
    script.runInThisContext()(module.exports, createRequire(file), module);
    if (name === "load-yaml") {
      for (const input of yamlInputs)
        templates.push(...module.exports.parseYaml(readFileSync(input, "utf8"), input).documents.map((d) => d.value));
    } else if (name === "template-validator") for (const t of templates) module.exports.Template(t);
    else if (name === "compile") for (const t of templates) module.exports.compileTemplate(t);
    else if (name === "k8s-rules") for (const m of manifests) module.exports.checkRules(m, { kubeVersion: NEWEST_VERSION });
    else for (const m of manifests) module.exports[m.kind]?.(m);
    writeFileSync(`${file}.cache`, script.createCachedData());
  }
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
writeCodeCaches();
// Declarations for library users (`import { job } from "kubejobs"` type-checks with tsc).
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
