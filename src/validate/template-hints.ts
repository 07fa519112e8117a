// Targeted messages for the mistakes people actually make: a Job with restartPolicy Always, a
// container without an image, `schedule` on a Job, container fields at the top level, a manifest's
// apiVersion/metadata/spec in a template.
import { atKey, error, type Diagnostic } from "../diagnostic.js";
import { definition, hasOwn, resolve, type Located } from "./template-shapes.js";
import { quote } from "./template-words.js";

export interface FieldProblem {
  problem: "required" | "unknown" | "enum";
  /** Where the problem is: for required/unknown the object holding the field, for enum the value. */
  at: Located;
  field: string;
  kind: "Job" | "ScheduledJob";
}

/** Fields only a ScheduledJob has (schedule, timeZone, ...), read from the schema. */
export const SCHEDULED_ONLY: ReadonlySet<string> = scheduledOnlyFields();
/** Fields only a Job has (gitops, nameSuffix: a CronJob is mutable, a sync updates it in place). */
const JOB_ONLY: ReadonlySet<string> = jobOnlyFields();
const MANIFEST_FIELDS = new Set(["apiVersion", "metadata", "spec"]);

export function explainFieldProblem(p: FieldProblem & { problem: "required" }): Diagnostic;
export function explainFieldProblem(p: FieldProblem): Diagnostic | undefined;
export function explainFieldProblem({ problem, at, field, kind }: FieldProblem): Diagnostic | undefined {
  const atRoot = at.path.length === 0;
  const path = problem === "enum" ? at.path : [...at.path, field];
  if (problem === "required") return missing(at, field, atRoot, kind);
  if (problem === "enum") {
    // Kubernetes' Job validation allows only OnFailure and Never: a Job's pods must be able to finish.
    if (at.path.length === 1 && field === "restartPolicy" && at.value === "Always") {
      return error(
        "template/restart-policy-always",
        path,
        "a Job's pods cannot restart forever: restartPolicy Always is not allowed",
        "use OnFailure (restart the container in place) or Never (the default: a new pod per retry)",
      );
    }
    return undefined;
  }
  if (!atRoot) return undefined;
  if (kind === "Job" && SCHEDULED_ONLY.has(field)) {
    return atKey(
      error("template/scheduled-job-field", path, `${quote(field)} is a ScheduledJob field`, "did you mean kind: ScheduledJob?"),
    );
  }
  if (kind === "ScheduledJob" && JOB_ONLY.has(field)) {
    return atKey(
      field === "nameSuffix"
        ? error(
            "template/job-field",
            path,
            `${quote(field)} is a Job field: the CronJob controller names each Job it starts (the CronJob's name and the scheduled time)`,
            "remove it",
          )
        : error(
            "template/job-field",
            path,
            `${quote(field)} is a Job field: a ScheduledJob's CronJob is mutable (a sync updates it in place) and the Jobs it starts are not synced`,
            "remove it; the project config's gitops leaves ScheduledJobs alone too",
          ),
    );
  }
  if (MANIFEST_FIELDS.has(field)) {
    return atKey(
      error(
        "template/unknown-field",
        path,
        `unknown field ${quote(field)}: a template has no ${field}`,
        "write the template fields (name, containers, ...) at the top level; a document with apiVersion is read as a Kubernetes manifest",
      ),
    );
  }
  if (isContainerField(field)) {
    return atKey(
      error(
        "template/unknown-field",
        path,
        `unknown field ${quote(field)} at the top level`,
        `${field} belongs to a container: containers: { main: { ${field}: ... } }`,
      ),
    );
  }
  return undefined;
}

function missing(at: Located, field: string, atRoot: boolean, kind: string): Diagnostic {
  const path = [...at.path, field];
  if (field === "image" && at.path.length === 2 && (at.path[0] === "containers" || at.path[0] === "initContainers")) {
    return error(
      "template/required",
      path,
      `container ${quote(String(at.path[1]))} has no image`,
      "add the image to run, e.g. image: ghcr.io/acme/app:1.0",
    );
  }
  if (atRoot && field === "schedule") {
    return error(
      "template/required",
      path,
      "a ScheduledJob needs a schedule",
      'add e.g. schedule: "0 3 * * *" (five cron fields) or "@daily"; for a one-off run use kind: Job',
    );
  }
  if (atRoot && field === "containers") {
    return error("template/required", path, `a ${kind} needs containers`, "add e.g. containers: { main: { image: ghcr.io/acme/app:1.0 } }");
  }
  if (atRoot && field === "name") {
    return error("template/required", path, `a ${kind} needs a name`, "add e.g. name: db-migrate (lowercase letters, digits, '-' and '.')");
  }
  return error("template/required", path, `missing required field ${quote(field)}`);
}

function scheduledOnlyFields(): Set<string> {
  const job = resolve(definition("JobTemplate")).properties ?? {};
  const scheduled = resolve(definition("ScheduledJobTemplate")).properties ?? {};
  return new Set(Object.keys(scheduled).filter((name) => !hasOwn(job, name)));
}

function jobOnlyFields(): Set<string> {
  const job = resolve(definition("JobTemplate")).properties ?? {};
  const scheduled = resolve(definition("ScheduledJobTemplate")).properties ?? {};
  return new Set(Object.keys(job).filter((name) => !hasOwn(scheduled, name)));
}

function isContainerField(name: string): boolean {
  const container = resolve(definition("Container")).properties ?? {};
  return hasOwn(container, name);
}
