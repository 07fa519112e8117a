import { job } from "kubejobs";
import { teamLabels } from "./lib/common.js";

// Runs the schema migrations of release 2.0.0 once, before the new API version rolls out.
export default job({
  name: "db-migrate-2-0-0",
  namespace: "shop",
  labels: teamLabels("payments"),
  containers: {
    migrate: {
      image: "ghcr.io/acme/shop-migrate:2.0.0",
      args: ["--to", "latest", "--lock-timeout", "60s"],
      env: {
        DATABASE_URL: "secret://shop-db/url",
        MIGRATION_DRY_RUN: false,
        STATEMENT_TIMEOUT_MS: 300000,
      },
      resources: { cpu: "500m", memory: "256Mi-512Mi" },
      securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true },
      dirs: { "/tmp": "emptydir://" },
    },
  },
  // A failed migration must not be retried blindly: one attempt, a person looks at the logs.
  backoffLimit: 0,
  activeDeadlineSeconds: 1800,
  cleanupAfterSeconds: 604800,
});
