// Bundles the CLI and the library with esbuild. Commands are split into chunks loaded on demand,
// so `kubejobs render x.yaml` never loads esbuild and `render x.ts` never loads the yaml parser.
import { build } from "esbuild";
import { rmSync, chmodSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));
rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: { cli: "src/cli/bin.ts", index: "src/index.ts" },
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outdir: "dist",
  chunkNames: "chunks/[name]-[hash]",
  // esbuild ships a native binary per platform: it cannot be bundled, only imported.
  external: ["esbuild"],
  define: { KUBEJOBS_VERSION: JSON.stringify(version) },
  banner: { js: "import { createRequire as __kjRequire } from 'node:module'; const require = __kjRequire(import.meta.url);" },
  logLevel: "warning",
  legalComments: "none",
  // Smaller chunks parse faster at start-up (the generated validators especially); names stay readable for --debug.
  minifyWhitespace: true,
  minifySyntax: true,
});
chmodSync("dist/cli.js", 0o755);
// Declarations for library users (`import { job } from "kubejobs"` type-checks with tsc).
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
