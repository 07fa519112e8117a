import type { Path } from "../diagnostic.js";
import type { SourceDocument } from "../load/types.js";

/** A schedule found in the inputs: a ScheduledJob template's or a CronJob manifest's. */
export interface ScheduleSource {
  document: SourceDocument;
  /** The template or the manifest itself, for what else a tool wants to read of it. */
  object: Record<string, unknown>;
  name: string;
  namespace: string | undefined;
  schedule: unknown;
  timeZone: unknown;
  /** Where the two fields are in the document, for placing their diagnostics. */
  paths: { schedule: Path; timeZone: Path };
}

/** Every schedule in the documents, in input order: ScheduledJob templates and CronJob manifests. */
export function findSchedules(documents: readonly SourceDocument[]): ScheduleSource[] {
  const found: ScheduleSource[] = [];
  for (const document of documents) {
    const object = record(document.value);
    if (object === undefined) continue;
    if (document.kind === "template" && object.kind === "ScheduledJob") {
      found.push({
        document,
        object,
        name: text(object.name),
        namespace: optionalText(object.namespace),
        schedule: object.schedule,
        timeZone: object.timeZone,
        paths: { schedule: ["schedule"], timeZone: ["timeZone"] },
      });
    } else if (document.kind === "manifest" && object.kind === "CronJob") {
      const spec = record(object.spec) ?? {};
      const metadata = record(object.metadata) ?? {};
      found.push({
        document,
        object,
        name: text(metadata.name),
        namespace: optionalText(metadata.namespace),
        schedule: spec.schedule,
        timeZone: spec.timeZone,
        paths: { schedule: ["spec", "schedule"], timeZone: ["spec", "timeZone"] },
      });
    }
  }
  return found;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function optionalText(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
