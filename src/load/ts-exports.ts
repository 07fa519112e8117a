import type { Path } from "../diagnostic.js";
import type { TemplateContext } from "../template/types.js";
import type { LoadProblem } from "./diagnostics.js";
import { isMapping } from "./document-kind.js";
import { describe, thrownMessage } from "./plain-data.js";

export interface ExportedTemplate {
  value: Record<string, unknown>;
  pathPrefix: Path;
}

export interface ExportsResult {
  templates: ExportedTemplate[];
  problems: LoadProblem[];
  /** What the default export function threw (its problem is `load/ts-threw`), so the caller can say where. */
  thrown?: unknown;
}

const EXPORT_HINT = "export a template (`export default job({ ... })`), a list of templates, or a function returning either";

/**
 * PRODUCT §1.1: the default export is a template, a list of templates, or a function (sync or
 * async) of `{ kubeVersion, env }` returning either. List item i gets the path prefix `[i]`.
 */
export async function templatesFromModule(namespace: Record<string, unknown>, context: TemplateContext): Promise<ExportsResult> {
  if (!("default" in namespace)) {
    const named = Object.keys(namespace);
    const found = named.length > 0 ? `; it exports ${named.map((n) => `\`${n}\``).join(", ")}` : "";
    return fail({ code: "load/bad-export", message: `the file has no default export${found}`, hint: EXPORT_HINT });
  }
  let exported = namespace.default;
  let from = "the default export";
  if (typeof exported === "function") {
    try {
      exported = await (exported as (ctx: TemplateContext) => unknown)(context);
    } catch (e) {
      return { ...fail({ code: "load/ts-threw", message: `the default export function threw: ${thrownMessage(e)}` }), thrown: e };
    }
    from = "the default export function returned";
  }
  // Reading the value runs template code too: a getter (`get kind()`) or a Proxy trap may throw.
  try {
    return readExport(exported, from);
  } catch (e) {
    const what = from === "the default export" ? from : "the value the default export function returned";
    return fail({ code: "load/ts-threw", message: `reading ${what} threw: ${thrownMessage(e)}`, hint: READ_HINT });
  }
}

const READ_HINT =
  "templates are plain data: export objects without getters or proxies (a value computed in a getter can be computed before the export)";

function readExport(exported: unknown, from: string): ExportsResult {
  if (Array.isArray(exported)) return fromList(exported, from);
  if (isTemplate(exported)) return { templates: [{ value: exported, pathPrefix: [] }], problems: [] };
  const verb = from === "the default export" ? "is" : "";
  return fail({
    code: "load/bad-export",
    message: `${from}${verb ? ` ${verb}` : ""} ${describeExport(exported)}, not a template`,
    hint: hintFor(exported),
  });
}

function fromList(items: unknown[], from: string): ExportsResult {
  if (items.length === 0) {
    return {
      templates: [],
      problems: [
        {
          code: "load/empty-export",
          severity: "warning",
          message: `${from === "the default export" ? "the default export is" : from} an empty list: no templates`,
          hint: "fine if intended (a function may find nothing to do); otherwise add templates",
        },
      ],
    };
  }
  const result: ExportsResult = { templates: [], problems: [] };
  for (let i = 0; i < items.length; i++) {
    // One item whose getter throws is reported at its index; the other items are still read.
    try {
      const item = items[i];
      if (isTemplate(item)) result.templates.push({ value: item, pathPrefix: [i] });
      else
        result.problems.push({
          code: "load/bad-export",
          path: [i],
          message: `item ${i} of the exported list is ${describeExport(item)}, not a template`,
          hint: hintFor(item),
        });
    } catch (e) {
      result.problems.push({
        code: "load/ts-threw",
        path: [i],
        message: `reading item ${i} of the exported list threw: ${thrownMessage(e)}`,
        hint: READ_HINT,
      });
    }
  }
  return result;
}

function isTemplate(value: unknown): value is Record<string, unknown> {
  return isMapping(value) && (value.kind === "Job" || value.kind === "ScheduledJob");
}

/** What was exported instead, in words: `an object without \`kind\``, `an object with kind "Deployment"`. */
function describeExport(value: unknown): string {
  if (isMapping(value) && Object.getPrototypeOf(value) === Object.prototype) {
    return "kind" in value ? `an object with kind ${JSON.stringify(value.kind)}` : "an object without `kind`";
  }
  return describe(value);
}

function hintFor(value: unknown): string {
  if (value instanceof Promise) return "export an async function instead: `export default async () => ...`";
  if (isMapping(value) && !("kind" in value))
    return 'wrap it in `job({ ... })` or `scheduledJob({ ... })` from "kubejobs", which set `kind`';
  if (isMapping(value)) return '`kind` is "Job" or "ScheduledJob"; use `job()` or `scheduledJob()` from "kubejobs"';
  return EXPORT_HINT;
}

function fail(problem: LoadProblem): ExportsResult {
  return { templates: [], problems: [problem] };
}
