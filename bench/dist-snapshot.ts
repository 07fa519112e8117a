/**
 * A private copy of dist/ for the cold-start runs. dist/ is shared: any `npm test` or
 * `npm run build` in the same checkout deletes and rewrites it, and a cold run that starts in
 * that window fails or times a half-written build. The copy lives under node_modules/.cache, so
 * `esbuild` still resolves from node_modules and the nearest package.json (type: module) is the
 * project's, exactly as for dist/.
 */
import { cpSync, existsSync, rmSync } from "node:fs";
import { resolve } from "node:path";

export function snapshotDist(root: string): string {
  const source = resolve(root, "dist");
  const target = resolve(root, "node_modules/.cache/kubejobs-bench/dist");
  if (!existsSync(resolve(source, "cli.js"))) throw new Error("dist/cli.js is missing: run `npm run bench`, which builds first");
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true });
  return target;
}
