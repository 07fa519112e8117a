import { compileTemplate, originOf, type Origins } from "../compile/index.js";
import { isRecord } from "../k8s/rules/util.js";
import type { K8sObject } from "../k8s/types.js";
import { checkSchedule } from "../schedule/index.js";
import type { ScheduledJobTemplate, Template } from "../template/types.js";
import { hasErrors, type Diagnostic, type Path } from "../diagnostic.js";
import { checkTemplateShape } from "../validate/template.js";
import { withFixedShapes } from "../validate/template-fixed-shape.js";
import { checkManifest } from "./check-manifest.js";
import { targetVersion, type PipelineOptions } from "./options.js";
import { isWithin, pruneTemplate } from "./prune-template.js";

/**
 * One template field can land in several places of the output (labels on the CronJob, its
 * jobTemplate and the pod; a `cpu` shorthand in requests and limits): the same rule firing on
 * each would repeat itself. Keep one diagnostic per rule and template path, errors first.
 */
function onePerPlace(diagnostics: Diagnostic[]): Diagnostic[] {
  const kept = new Map<string, Diagnostic>();
  for (const d of diagnostics) {
    // The template's `name` is also the value of the app.kubernetes.io/name label: a name too
    // long for a Job is one problem, not a name error plus a label error.
    const key = d.path.length === 1 && d.path[0] === "name" && d.severity === "error" ? "name" : `${d.code}\u0000${JSON.stringify(d.path)}`;
    const seen = kept.get(key);
    if (seen === undefined || (seen.severity === "warning" && d.severity === "error")) kept.set(key, d);
  }
  return [...kept.values()];
}

export interface CheckedTemplate {
  /** The rendered objects; empty when there is any error. */
  manifests: K8sObject[];
  /** Every problem found, with template paths. */
  diagnostics: Diagnostic[];
}

/**
 * All three layers for one template: its shape, the compile, then the Kubernetes rules and
 * schema on the output, reported in the template's own terms. A problem in one field hides none
 * in the others: fields with shape errors are left out (pruneTemplate) and the rest is compiled
 * and checked; a field is reported once, by the first layer that finds a problem with it.
 */
export function checkTemplate(value: unknown, options: PipelineOptions = {}): CheckedTemplate {
  // The template is copied once, in fixed shapes: the shape check validates the copy and the
  // compiler reads it (validate/template-fixed-shape.ts says why).
  const shaped = isRecord(value) ? withFixedShapes(value) : undefined;
  const shape = checkTemplateShape(value, shaped);
  const diagnostics = [...shape];
  let template = shaped as unknown as Template;
  const reported = new ReportedPaths();
  if (hasErrors(shape)) {
    const pruned = pruneTemplate(value, shape);
    if (pruned === undefined) return { manifests: [], diagnostics };
    template = withFixedShapes(pruned.template) as unknown as Template;
    for (const path of pruned.pruned) reported.add(path);
  }
  const compiled = compileTemplate(template, options);
  diagnostics.push(...reported.keepNew(compiled.diagnostics));

  if (template.kind === "ScheduledJob") {
    const t = template as ScheduledJobTemplate;
    const schedule = checkSchedule(t.schedule, t.timeZone, { schedule: ["schedule"], timeZone: ["timeZone"] }, { now: options.now });
    diagnostics.push(...reported.keepNew(schedule));
  }
  const kubeVersion = targetVersion(options);
  const perManifest = compiled.manifests.map((m) => checkManifest(m, kubeVersion, "none"));
  if (perManifest.some((list) => list.length > 0)) {
    // Place manifest diagnostics on template paths: compile again, this time recording origins.
    // Recording in every compile would cost more: it doubles the compile (bench/README.md), and
    // most templates have nothing to place.
    const { origins } = compileTemplate(template, options, true);
    const placed = perManifest.flatMap((list, i) => list.map((d) => onTemplate(d, origins[i] ?? [])));
    diagnostics.push(...reported.keepNew(onePerPlace(placed)));
  }
  return { manifests: hasErrors(diagnostics) ? [] : compiled.manifests, diagnostics };
}

/**
 * A manifest diagnostic in the template's terms: its template path, and whether it is about a map
 * key there (a container's name is a key under `containers`, though a value in the manifest).
 */
function onTemplate(d: Diagnostic, origins: Origins): Diagnostic {
  const origin = originOf(origins, d.path);
  const { at: _manifestSide, ...rest } = d;
  return origin.key || d.at === "key" ? { ...rest, path: origin.path, at: "key" } : { ...rest, path: origin.path };
}

/** Template paths that already have an error: a later layer's findings at or below them are the same problem again. */
class ReportedPaths {
  private readonly paths: Path[] = [];

  add(path: Path): void {
    this.paths.push(path);
  }

  /** The diagnostics about fields not reported yet; their errors' paths count as reported from now on. */
  keepNew(found: readonly Diagnostic[]): Diagnostic[] {
    const kept = found.filter((d) => !this.paths.some((p) => isWithin(d.path, p)));
    for (const d of kept) if (d.severity === "error") this.add(d.path);
    return kept;
  }
}
