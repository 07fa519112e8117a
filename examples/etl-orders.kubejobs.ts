import { job } from "kubejobs";
import { teamLabels } from "./lib/common.js";

// Extracts yesterday's orders into the warehouse. The init container waits until the
// warehouse accepts connections; the loader exposes a health endpoint while it runs.
export default job({
  name: "etl-orders",
  namespace: "data",
  labels: teamLabels("data-platform"),
  initContainers: {
    "wait-for-warehouse": {
      image: "busybox:1.36",
      command: ["sh", "-c", "until nc -z warehouse.data.svc 5432; do sleep 2; done"],
      resources: { cpu: "10m", memory: "16Mi" },
    },
  },
  containers: {
    etl: {
      image: "ghcr.io/acme/etl:5.3.0",
      args: ["run", "orders", "--since", "yesterday"],
      env: {
        WAREHOUSE_DSN: "secret://warehouse/dsn",
        SOURCE_DSN: "secret://orders-db/readonly-dsn",
        BATCH_SIZE: 5000,
        NODE_NAME: { field: "spec.nodeName" },
      },
      envFrom: [{ configMap: "etl-settings", prefix: "ETL_" }],
      resources: { cpu: "1-2", memory: "1Gi-4Gi" },
      files: {
        "/etc/etl/mapping.yaml": {
          content: "orders:\n  id: order_id\n  total: amount_cents\n  placed: created_at\n",
        },
      },
      startupProbe: { http: "http://localhost:8080/healthz", periodSeconds: 5, failureThreshold: 30 },
      livenessProbe: { http: "http://localhost:8080/healthz", periodSeconds: 20, timeoutSeconds: 3 },
      readinessProbe: { tcp: "tcp://localhost:8080", periodSeconds: 10 },
      lifecycle: { preStop: { exec: ["/app/etl", "flush"] } },
    },
  },
  backoffLimit: 4,
  activeDeadlineSeconds: 14400,
  cleanupAfterSeconds: 86400,
});
