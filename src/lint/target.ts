// An object as lint rules read it: the Kubernetes rules' view (where the Job spec, the pod and the
// containers are) plus, for a CronJob, its parsed schedule.
import type { K8sObject } from "../k8s/types.js";
import { toTarget, type ContainerRef, type Target } from "../k8s/rules/target.js";
import { asRecord, type Json } from "../k8s/rules/util.js";
import type { Schedule } from "../schedule/cron-spec.js";
import { parseSchedule } from "../schedule/parse-schedule.js";

export interface LintTarget extends Target {
  /** The CronJob spec (`spec`), for CronJobs. */
  cronSpec: Json | undefined;
  /** The parsed schedule of a CronJob; undefined for other kinds or a schedule Kubernetes refuses. */
  schedule: Schedule | undefined;
  /** The schedule as written, for messages. */
  scheduleText: string | undefined;
  timeZone: string | undefined;
  /** Compiled from a template (a hint can then say what to write in the template instead). */
  fromTemplate: boolean;
}

export function lintTarget(obj: K8sObject, fromTemplate: boolean): LintTarget {
  const target = toTarget(obj);
  const cronSpec = target.kind === "CronJob" ? asRecord(obj.spec) : undefined;
  const scheduleText = typeof cronSpec?.schedule === "string" ? cronSpec.schedule : undefined;
  const schedule = scheduleText === undefined ? undefined : parseSchedule(scheduleText).schedule;
  const timeZone = typeof cronSpec?.timeZone === "string" ? cronSpec.timeZone : undefined;
  return { ...target, cronSpec, schedule, scheduleText, timeZone, fromTemplate };
}

/** `container "main"`, `init container "setup"`: how messages name a container. */
export function containerLabel(ref: ContainerRef): string {
  return `${ref.init ? "init container" : "container"} ${JSON.stringify(ref.container.name)}`;
}
