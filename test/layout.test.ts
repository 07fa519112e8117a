// The layout of STYLE.md, checked: no import circles in src/, imports flowing one way between
// the stages, and no stage naming the public entry.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../src");

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.(ts|js)$/.test(entry) && !entry.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

/** Relative imports of a file, static and dynamic, type-only ones included (they are edges in the design too). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm)) {
    const spec = m[1]!;
    const target = resolve(dirname(file), spec.replace(/\.js$/, ".ts"));
    found.push(existsAs(target) ?? resolve(dirname(file), spec));
  }
  return found;
}

function existsAs(path: string): string | undefined {
  try {
    if (statSync(path).isFile()) return path;
  } catch {
    // a generated .js module: tried below by the caller
  }
  return undefined;
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => files.includes(t))]));
const rel = (f: string) => relative(SRC, f);

/** Tarjan's strongly connected components: every component of more than one file is a circle. */
function circles(): string[][] {
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(rel(w));
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const f of files) if (!indices.has(f)) visit(f);
  return found;
}

/** The stage of a file: its top folder under src/, or the file itself at the top. */
function stage(file: string): string {
  const parts = rel(file).split("/");
  return parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.ts$/, "");
}

// Each stage and the stages it may import (STYLE.md: cli -> check -> load, validate, lint, compile,
// schedule, preview, emit, report -> template, k8s -> diagnostic). The top-level public modules
// (index, library, api, load-templates) may import any stage.
const LOWER: Record<string, string[]> = {
  diagnostic: [],
  suggest: [],
  k8s: ["diagnostic", "suggest"],
  template: ["diagnostic", "suggest", "k8s"],
  schedule: ["diagnostic", "suggest", "k8s", "template"],
  compile: ["diagnostic", "suggest", "k8s", "template"],
  validate: ["diagnostic", "suggest", "k8s", "template"],
  emit: ["diagnostic", "suggest", "k8s", "template"],
  report: ["diagnostic", "suggest", "k8s", "template"],
  load: ["diagnostic", "suggest", "k8s", "template"],
  lint: ["diagnostic", "suggest", "k8s", "template", "schedule", "validate"],
  preview: ["diagnostic", "suggest", "k8s", "template", "schedule"],
  check: ["diagnostic", "suggest", "k8s", "template", "schedule", "compile", "validate", "emit", "load", "lint", "preview", "report"],
  integrations: ["diagnostic", "suggest", "k8s", "template", "check", "emit", "load", "report"],
  cli: ["*"],
};
const PUBLIC = new Set(["index", "library", "api", "load-templates", "stdin"]);

describe("layout", () => {
  it("has no import circles", () => {
    expect(circles()).toEqual([]);
  });

  it("imports flow one way between the stages", () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = stage(file);
      if (PUBLIC.has(from)) continue;
      const allowed = LOWER[from];
      if (allowed === undefined) {
        wrong.push(`${rel(file)}: src/${from} is not a stage of STYLE.md`);
        continue;
      }
      for (const t of targets) {
        const to = stage(t);
        if (to === from || allowed.includes("*") || allowed.includes(to)) continue;
        if (to === "stdin" && from === "cli") continue;
        wrong.push(`${rel(file)} -> ${rel(t)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("no stage names the public entry", () => {
    const naming = [...graph].filter(([file, targets]) => !PUBLIC.has(stage(file)) && targets.some((t) => rel(t) === "index.ts"));
    expect(naming.map(([f]) => rel(f))).toEqual([]);
  });
});
