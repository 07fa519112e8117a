// Small builders shared by the compiler tests. Expectations live in the tests, never here.
import { expect } from "vitest";
import { compileTemplate, type CompileOptions, type CompileResult } from "../../src/compile/index.js";
import type { Container, JobTemplate, ScheduledJobTemplate, Template } from "../../src/template/types.js";

// Manifests are plain JSON-like data; tests index into them freely.
export type Obj = Record<string, any>;

/** The two labels the compiler adds to every object for a template named `name`. */
export function stdLabels(name: string): Record<string, string> {
  return { "app.kubernetes.io/managed-by": "kubejobs", "app.kubernetes.io/name": name };
}

/** A minimal valid Job template with one container `main`, plus overrides. */
export function jobTemplate(overrides: Partial<JobTemplate> = {}): JobTemplate {
  return { kind: "Job", name: "demo", containers: { main: { image: "busybox:1.36" } }, ...overrides };
}

/** A minimal valid ScheduledJob template, plus overrides. */
export function cronTemplate(overrides: Partial<ScheduledJobTemplate> = {}): ScheduledJobTemplate {
  return { kind: "ScheduledJob", name: "demo", schedule: "0 3 * * *", containers: { main: { image: "busybox:1.36" } }, ...overrides };
}

/** A Job whose only container `main` is `busybox:1.36` plus the given container fields. */
export function withMain(fields: Partial<Container>, overrides: Partial<JobTemplate> = {}): JobTemplate {
  return jobTemplate({ containers: { main: { image: "busybox:1.36", ...fields } }, ...overrides });
}

/** Compiles and fails the test on any error diagnostic. */
export function compileOk(template: Template, options: CompileOptions = {}, trackOrigins = false): CompileResult {
  const result = compileTemplate(template, options, trackOrigins);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return result;
}

/** The last manifest: the Job or CronJob. */
export function mainObject(result: CompileResult): Obj {
  const last = result.manifests[result.manifests.length - 1];
  expect(last).toBeDefined();
  return last as Obj;
}

/** The pod spec of a compiled Job or CronJob. */
export function podSpecOf(result: CompileResult): Obj {
  const main = mainObject(result);
  return main.kind === "CronJob" ? main.spec.jobTemplate.spec.template.spec : main.spec.template.spec;
}

/** The compiled container (or init container) called `name`. */
export function containerOf(result: CompileResult, name = "main", group: "containers" | "initContainers" = "containers"): Obj {
  const found = (podSpecOf(result)[group] as Obj[] | undefined)?.find((c) => c.name === name);
  expect(found, `${group}.${name}`).toBeDefined();
  return found as Obj;
}

/** Compiles a Job with a `main` container built from `fields` and returns that container. */
export function compileMain(fields: Partial<Container>, overrides: Partial<JobTemplate> = {}): Obj {
  return containerOf(compileOk(withMain(fields, overrides)));
}

/** Error diagnostics reduced to what tests assert on: code and path. */
export function errorsOf(result: CompileResult): { code: string; path: (string | number)[] }[] {
  return result.diagnostics.filter((d) => d.severity === "error").map((d) => ({ code: d.code, path: d.path }));
}

/** Every value in `value`, with its path, depth-first. */
export function* walk(value: unknown, path: (string | number)[] = []): Generator<[(string | number)[], unknown]> {
  yield [path, value];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* walk(value[i], [...path, i]);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) yield* walk(v, [...path, k]);
  }
}

/** Paths of every null, undefined, function or non-finite number in `value`. */
export function nonJsonValues(value: unknown): (string | number)[][] {
  const bad: (string | number)[][] = [];
  for (const [path, v] of walk(value)) {
    if (v === null || v === undefined || typeof v === "function" || (typeof v === "number" && !Number.isFinite(v))) bad.push(path);
  }
  return bad;
}

/** Recursively freezes `value` (so a mutation of the input throws in strict mode). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
