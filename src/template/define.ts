import type { JobTemplate, ScheduledJobTemplate } from "./types.js";

type Untagged<T> = Omit<T, "kind"> & { kind?: never };

/** Tags a Job template with its kind; typed so editors complete and check every field. */
export function job(template: Untagged<JobTemplate>): JobTemplate {
  return { kind: "Job", ...template } as JobTemplate;
}

/** Tags a ScheduledJob (CronJob) template with its kind; typed like `job`. */
export function scheduledJob(template: Untagged<ScheduledJobTemplate>): ScheduledJobTemplate {
  return { kind: "ScheduledJob", ...template } as ScheduledJobTemplate;
}
