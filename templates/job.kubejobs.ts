import { job } from "kubejobs";

// A one-off batch Job. Render it with: kubejobs render __FILE__ | kubectl apply -f -
export default job({
  name: "__NAME__",
  containers: {
    main: {
      image: "busybox:1.36",
      command: ["sh", "-c", "echo hello from __NAME__"],
      env: { LOG_LEVEL: "info" },
      resources: { cpu: "100m-500m", memory: "128Mi" },
    },
  },
  backoffLimit: 2,
  activeDeadlineSeconds: 3600,
  cleanupAfterSeconds: 86400,
});
