/**
 * The README's ScheduledJob, 10,000 times with only the name changed: a reference for the varied
 * set. It shows what the same pipeline costs on the simplest common template (one container, one
 * CronJob, no files or secrets), where the code stays monomorphic and the schedule caches hit.
 */
import type { Template } from "../src/template/types.js";

export function readmeTemplates(count: number): Template[] {
  return Array.from({ length: count }, (_, i): Template => ({
    kind: "ScheduledJob",
    name: `nightly-report-${i}`,
    namespace: "reports",
    schedule: "0 3 * * *",
    timeZone: "Europe/Berlin",
    containers: {
      report: {
        image: "ghcr.io/acme/report:1.4.2",
        command: ["python", "-m", "report"],
        env: { LOG_LEVEL: "info", DB_PASSWORD: "secret://report-db/password" },
        resources: { cpu: "250m-1", memory: "512Mi-1Gi" },
      },
    },
    cleanupAfterSeconds: 86400,
    backoffLimit: 2,
  }));
}
