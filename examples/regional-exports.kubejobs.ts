import { scheduledJob, type ScheduledJobTemplate } from "kubejobs";

// One file, several CronJobs: the default export is a function of { kubeVersion, env }
// returning a list. Each region exports its invoices at 04:15 local time (outside every DST change).
const regions = [
  { id: "eu", timeZone: "Europe/Dublin" },
  { id: "us", timeZone: "America/Chicago" },
  { id: "apac", timeZone: "Asia/Singapore" },
] as const;

export default ({ env }: { env: Record<string, string | undefined> }): ScheduledJobTemplate[] =>
  regions.map((region) =>
    scheduledJob({
      name: `invoice-export-${region.id}`,
      namespace: "billing",
      schedule: "15 4 * * *",
      timeZone: region.timeZone,
      concurrencyPolicy: "Replace",
      labels: { region: region.id },
      containers: {
        export: {
          image: `ghcr.io/acme/invoice-export:${env.INVOICE_EXPORT_VERSION ?? "2.1.0"}`,
          args: ["--region", region.id],
          env: { EXPORT_BUCKET: `s3://acme-invoices-${region.id}`, API_TOKEN: "secret://billing-api/token" },
          resources: { cpu: "200m", memory: "256Mi" },
        },
      },
      backoffLimit: 3,
      cleanupAfterSeconds: 172800,
    }),
  );
