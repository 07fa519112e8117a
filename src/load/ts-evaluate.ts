// Runs a bundled template. The bundle is imported from a data: URL: real ESM semantics
// (top-level await included) and no temp files. Node's ESM loader keeps every module it imported
// for the life of the process, so each load costs its bundle's size in memory until exit: nothing
// for a CLI run; a long-lived tool reloading templates many times would see it grow.

/** Libraries handed to bundles being evaluated, by load id; the entry lives only during the import. */
const REGISTRY = Symbol.for("kubejobs.load.libraries");
type Registry = Map<string, Record<string, unknown>>;

let nextId = 0;

function registry(): Registry {
  const holder = globalThis as { [REGISTRY]?: Registry };
  return (holder[REGISTRY] ??= new Map());
}

/** A fresh id per load: it also makes every bundle's URL unique, so the ESM cache never serves a stale one. */
export function newLoadId(): string {
  return `load-${process.pid}-${nextId++}`;
}

/**
 * The module `kubejobs` resolves to inside a template: each export of the running library,
 * re-exported by name, so `import { job } from "kubejobs"` binds to the very function the
 * CLI uses (and a name the library does not export is a bundling error, as with a real package).
 */
export function librarySource(library: Record<string, unknown>, loadId: string): string {
  const names = Object.keys(library).filter((name) => name !== "default");
  const lines = [`const lib = globalThis[Symbol.for(${JSON.stringify(REGISTRY.description)})].get(${JSON.stringify(loadId)});`];
  names.forEach((name, i) => lines.push(`const e${i} = lib[${JSON.stringify(name)}];`, `export { e${i} as ${JSON.stringify(name)} };`));
  return lines.join("\n");
}

/** Imports the bundle; rejects with whatever the module threw. */
export async function evaluateBundle(code: string, library: Record<string, unknown>, loadId: string): Promise<Record<string, unknown>> {
  const libraries = registry();
  libraries.set(loadId, library);
  try {
    const url = `data:text/javascript;base64,${Buffer.from(`${code}\n//# ${loadId}`).toString("base64")}`;
    return (await import(url)) as Record<string, unknown>;
  } finally {
    libraries.delete(loadId);
  }
}
