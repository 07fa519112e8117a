// Kubernetes cron dialect (robfig/cron v3 ParseStandard as the API server and CronJob controller use it).
export { validateSchedule, checkSchedule, DEFAULT_DST_YEAR, type CheckScheduleOptions } from "./check-schedule.js";
export { validateTimeZone } from "./time-zone.js";
export { nextRuns, type NextRunsOptions } from "./next-runs.js";
export { describeSchedule } from "./describe.js";
export { dstChanges, formatDstChange, type DstChange, type DstChangesOptions } from "./dst.js";
export { parseSchedule, type ScheduleParse } from "./parse-schedule.js";
export type { Schedule, CronSpec, EverySpec } from "./cron-spec.js";
export { previewSchedule, wallTimeToDate, type RunPreview, type SchedulePreview } from "./preview.js";
