import { scheduledJob } from "kubejobs";

// A CronJob. Preview its runs with: kubejobs next __FILE__
export default scheduledJob({
  name: "__NAME__",
  schedule: "__SCHEDULE__",
  timeZone: "Etc/UTC",
  concurrencyPolicy: "Forbid",
  containers: {
    main: {
      image: "busybox:1.36",
      command: ["sh", "-c", "echo hello from __NAME__"],
      env: { LOG_LEVEL: "info" },
      resources: { cpu: "100m-500m", memory: "128Mi" },
    },
  },
  backoffLimit: 2,
  cleanupAfterSeconds: 86400,
});
