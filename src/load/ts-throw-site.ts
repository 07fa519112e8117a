// Where a TS template threw: the frames of the thrown error's stack that lie in the template's
// bundle (it runs from a data: URL, ts-evaluate.ts), mapped back to the user's files through a
// source map. The map comes from bundling again with it on, only once something has thrown
// (esbuild writes the same code either way): templates that run clean never pay for it.
import { SourceMap } from "node:module";
import { relative, resolve } from "node:path";
import { bundleTemplate, type BundleRequest } from "./ts-bundle.js";

export interface ThrowSite {
  /** Absolute path of the source file. */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
}

// A frame in a data: URL module: `data:text/javascript;base64,<code>:LINE:COLUMN` (base64 has no ':').
const BUNDLE_FRAME = /data:text\/javascript;base64,[A-Za-z0-9+/=]*:(\d+):(\d+)/g;

/** The bundle's lines and columns (1-based) in the thrown value's stack, innermost first. */
export function bundleFrames(thrown: unknown): { line: number; column: number }[] {
  let stack: unknown;
  try {
    stack = typeof thrown === "object" && thrown !== null ? (thrown as { stack?: unknown }).stack : undefined;
  } catch {
    return []; // a Proxy or a getter that throws: no stack to read
  }
  if (typeof stack !== "string") return [];
  return [...stack.matchAll(BUNDLE_FRAME)].map((m) => ({ line: Number(m[1]), column: Number(m[2]) }));
}

/**
 * The frames of the thrown value's stack in the user's files (the template, the modules it imports,
 * the packages bundled with it), innermost first; none when the stack has no bundle frame. `ran`
 * is the bundle that ran.
 */
export async function throwSites(thrown: unknown, req: BundleRequest, ran: string): Promise<ThrowSite[]> {
  const frames = bundleFrames(thrown);
  if (frames.length === 0) return [];
  const bundled = await bundleTemplate({ ...req, sourceMap: true });
  // A map of other code (the file changed since it ran) would point at the wrong lines: none then.
  if (!("map" in bundled) || bundled.map === undefined || bundled.code !== ran) return [];
  const map = new SourceMap(JSON.parse(bundled.map) as ConstructorParameters<typeof SourceMap>[0]);
  const dir = resolve(req.absFile, "..");
  const sites: ThrowSite[] = [];
  for (const { line, column } of frames) {
    const entry = map.findEntry(line - 1, column - 1) as Partial<{ originalSource: string; originalLine: number; originalColumn: number }>;
    if (entry.originalSource === undefined || entry.originalLine === undefined || entry.originalColumn === undefined) continue;
    sites.push({ file: resolve(dir, entry.originalSource), line: entry.originalLine + 1, column: entry.originalColumn + 1 });
  }
  return sites;
}

/** `helpers/names.ts:12:5`, relative to the working directory: for a throw outside the template file. */
export function describeSite(site: ThrowSite, cwd: string): string {
  return `${relative(cwd, site.file)}:${site.line}:${site.column}`;
}
