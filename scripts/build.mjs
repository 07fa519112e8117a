// Bundles the CLI and the library with esbuild.
//
// The CLI is a handful of files, each self-contained: dist/cli.js parses the command line and loads
// one bundle per command from dist/chunks (render.js holds the pipeline, the loader and the library
// that TS templates import). What a run may not need has a file of its own, loaded on demand: the
// YAML loader (the yaml parser), the TS loader (esbuild), the validators of each Kubernetes version.
// So `kubejobs render x.yaml` never loads esbuild, `render x.ts` never loads the yaml parser, and a
// render loads 4 files. Few files matter at start-up: each ES module costs Node a resolve, a read
// and a link, and esbuild's code splitting made ~18 chunks of the same code (≈ 12 ms more per run).
// A module in two bundles is two copies; the one whose class is checked with instanceof across
// bundles (args.ts: UsageError) is a shared file. The library, dist/index.js, is code-split as before.
import { build } from "esbuild";
import { rmSync, chmodSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { execFileSync } from "node:child_process";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));

/** Source modules that are files of their own in dist/chunks; an import of one stays an import. */
const SHARED = [
  [/\/src\/cli\/(render|validate|next|init|schema)\.ts$/, (m) => `${m[1]}.js`],
  [/\/src\/cli\/args\.ts$/, () => "args.js"],
  [/\/src\/load\/(yaml|ts)\.ts$/, (m) => `load-${m[1]}.js`],
  [/\/src\/k8s\/generated\/(validators-\d+\.\d+)\.js$/, (m) => `${m[1]}.js`],
];

const entries = {
  render: "src/cli/render.ts",
  validate: "src/cli/validate.ts",
  next: "src/cli/next.ts",
  init: "src/cli/init.ts",
  schema: "src/cli/schema.ts",
  args: "src/cli/args.ts",
  "load-yaml": "src/load/yaml.ts",
  "load-ts": "src/load/ts.ts",
};
for (const file of readdirSync("src/k8s/generated")) {
  const m = /^(validators-\d+\.\d+)\.js$/.exec(file);
  if (m) entries[m[1]] = `src/k8s/generated/${file}`;
}

/**
 * `next` reads schedules from templates and only a TS template imports the library: it gets the
 * code-split dist/index.js instead of a copy of the whole pipeline in next.js.
 */
const LIBRARY = [/\/src\/index\.ts$/, () => "../index.js"];

/** Keeps imports of SHARED modules (other than the bundle's own entry) as imports of their files. */
function sharedFiles(entry, prefix, shared = SHARED) {
  const self = entry && resolve(entry);
  return {
    name: "shared-files",
    setup(b) {
      b.onResolve({ filter: /^\./ }, async (args) => {
        if (args.pluginData === "shared-files") return undefined;
        const found = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: "shared-files" });
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

rmSync("dist", { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: { cli: "src/cli/bin.ts" }, outdir: "dist", plugins: [sharedFiles(undefined, "./chunks/")] }),
  ...Object.entries(entries).map(([name, file]) =>
    build({ ...common, entryPoints: { [name]: file }, outdir: "dist/chunks", plugins: [sharedFiles(file, "./", name === "next" ? [...SHARED, LIBRARY] : SHARED)] }),
  ),
  build({ ...common, entryPoints: { index: "src/index.ts" }, outdir: "dist", splitting: true, chunkNames: "lib/[name]-[hash]" }),
]);
chmodSync("dist/cli.js", 0o755);
// Declarations for library users (`import { job } from "kubejobs"` type-checks with tsc).
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
