// Runs a TypeScript script (generators, bench) without a separate TS runner:
// esbuild bundles it (dependencies stay external) into node_modules/.cache, then node imports it.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { resolve, basename } from "node:path";
import { pathToFileURL } from "node:url";

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run.mjs <file.ts> [args...]");
  process.exit(2);
}
const outDir = resolve("node_modules/.cache/kubejobs-run");
mkdirSync(outDir, { recursive: true });
const outfile = resolve(outDir, basename(entry).replace(/\.[cm]?ts$/, "") + ".mjs");
await build({
  entryPoints: [entry],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outfile,
  logLevel: "warning",
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
process.argv = [process.argv[0], resolve(entry), ...rest];
await import(pathToFileURL(outfile).href);
