// Layer 1 of PRODUCT §2: the template's shape, checked with the precompiled standalone validator
// of the template schema (src/template/generated/, from src/template/types.ts) and explained in the
// template's own terms. Every problem is reported; nothing here throws on any input.
import { Template as validateTemplate } from "../template/generated/template-validator.js";
import { templateVerdict } from "../template/generated/template-verdict.js";
import { error, type Diagnostic } from "../diagnostic.js";
import { explainErrors, type ErrorBase } from "./template-explain.js";
import { SCHEDULED_ONLY } from "./template-hints.js";
import { definition, hasOwn } from "./template-shapes.js";
import { describeActual, quote } from "./template-words.js";

type Kind = "Job" | "ScheduledJob";

/**
 * Shape diagnostics for a template (codes `template/*`, see template-codes.ts); empty when it is
 * well-formed. `shaped` is the caller's `withFixedShapes(value)` if it made one (check-template.ts
 * copies the template once, for this check and for the compiler).
 */
export function checkTemplateShape(value: unknown, shaped?: Record<string, unknown>): Diagnostic[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return [
      error(
        "template/type",
        [],
        `a template must be a map (kind, name, containers, ...), not ${describeActual(value)}`,
        "start from kubejobs init",
      ),
    ];
  }
  const diagnostics: Diagnostic[] = [];
  const given = hasOwn(value, "kind") ? (value as { kind: unknown }).kind : undefined;
  let kind: Kind;
  let subject: object = value;
  if (given === "Job" || given === "ScheduledJob") {
    kind = given;
  } else {
    // Check the rest as the kind the fields point to, so one wrong word does not hide the others.
    kind = looksScheduled(value) ? "ScheduledJob" : "Job";
    diagnostics.push(kindProblem(given, kind));
    subject = { ...value, kind };
  }
  // Fast path: the generated verdict (scripts/template-schema/verdict-module.ts) says what ajv would,
  // without building errors. It reads the caller's copy in fixed shapes when there is one (valid
  // exactly when the template is, template-fixed-shape.ts; check-template.ts makes it for the
  // compiler, and the verdict on it measured cheaper in the pipeline than on the template), else
  // the template itself. Only when it says invalid does ajv run, on the template, for errors to
  // explain; should the two ever disagree, ajv's "valid" stands.
  const read = shaped !== undefined && subject === value ? shaped : subject;
  if (templateVerdict(read) || validateTemplate(subject)) return diagnostics;
  const base: ErrorBase = { value: subject, shape: definition(kind === "Job" ? "JobTemplate" : "ScheduledJobTemplate"), path: [], kind };
  explainErrors(validateTemplate.errors ?? [], base, diagnostics);
  return dedupe(diagnostics);
}

function kindProblem(given: unknown, inferred: Kind): Diagnostic {
  const add =
    inferred === "ScheduledJob" ? "add kind: ScheduledJob (it has a schedule)" : "add kind: Job, or kind: ScheduledJob with a schedule";
  if (given === undefined) return error("template/kind", ["kind"], "a template needs a kind: Job or ScheduledJob", add);
  if (typeof given !== "string")
    return error("template/kind", ["kind"], `kind must be Job or ScheduledJob, not ${describeActual(given)}`, add);
  const lower = given.toLowerCase();
  const hint =
    lower === "cronjob" || lower === "scheduledjob"
      ? "write kind: ScheduledJob (kubejobs renders it as a CronJob)"
      : lower === "job"
        ? "write kind: Job (kinds are case-sensitive)"
        : "use kind: Job for a one-off run or kind: ScheduledJob for a schedule";
  return error("template/kind", ["kind"], `${quote(given)} is not a template kind: use Job or ScheduledJob`, hint);
}

function looksScheduled(value: object): boolean {
  return [...SCHEDULED_ONLY].some((field) => hasOwn(value, field));
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = JSON.stringify([d.code, d.path, d.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
