import { describe, expect, it } from "vitest";
import { compileOk, cronTemplate, mainObject, stdLabels } from "./helpers.js";

describe("CronJob", () => {
  it("the PRODUCT §1.1 example compiles to this exact CronJob", () => {
    const result = compileOk({
      kind: "ScheduledJob",
      name: "nightly-report",
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
    });
    const labels = stdLabels("nightly-report");
    expect(result.manifests).toEqual([
      {
        apiVersion: "batch/v1",
        kind: "CronJob",
        metadata: { name: "nightly-report", namespace: "reports", labels },
        spec: {
          schedule: "0 3 * * *",
          timeZone: "Europe/Berlin",
          jobTemplate: {
            metadata: { labels },
            spec: {
              backoffLimit: 2,
              ttlSecondsAfterFinished: 86400,
              template: {
                metadata: { labels },
                spec: {
                  restartPolicy: "Never",
                  containers: [
                    {
                      name: "report",
                      image: "ghcr.io/acme/report:1.4.2",
                      command: ["python", "-m", "report"],
                      env: [
                        { name: "LOG_LEVEL", value: "info" },
                        { name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: "report-db", key: "password" } } },
                      ],
                      resources: { limits: { cpu: "1", memory: "1Gi" }, requests: { cpu: "250m", memory: "512Mi" } },
                    },
                  ],
                },
              },
            },
          },
        },
      },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it("puts the ScheduledJob fields in spec and the Job fields in spec.jobTemplate.spec", () => {
    const cron = mainObject(
      compileOk(
        cronTemplate({
          schedule: "*/15 * * * *",
          timeZone: "America/New_York",
          concurrencyPolicy: "Forbid",
          startingDeadlineSeconds: 300,
          successfulJobsHistoryLimit: 1,
          failedJobsHistoryLimit: 5,
          suspend: true,
          backoffLimit: 4,
          cleanupAfterSeconds: 600,
          activeDeadlineSeconds: 900,
          parallelism: 1,
          completions: 1,
          serviceAccount: "reporter",
        }),
      ),
    );
    const { jobTemplate, ...cronFields } = cron.spec;
    expect(cronFields).toEqual({
      schedule: "*/15 * * * *",
      timeZone: "America/New_York",
      concurrencyPolicy: "Forbid",
      startingDeadlineSeconds: 300,
      suspend: true,
      successfulJobsHistoryLimit: 1,
      failedJobsHistoryLimit: 5,
    });
    const { template, ...jobFields } = jobTemplate.spec;
    expect(jobFields).toEqual({
      parallelism: 1,
      completions: 1,
      backoffLimit: 4,
      activeDeadlineSeconds: 900,
      ttlSecondsAfterFinished: 600,
    });
    expect(template.spec).toEqual({
      restartPolicy: "Never",
      serviceAccountName: "reporter",
      containers: [{ name: "main", image: "busybox:1.36" }],
    });
  });

  it.each([true, false])("suspend: %s suspends the CronJob, not the Jobs it creates", (suspend) => {
    const cron = mainObject(compileOk(cronTemplate({ suspend })));
    expect(cron.spec.suspend).toBe(suspend);
    expect(cron.spec.jobTemplate.spec).not.toHaveProperty("suspend");
  });

  it("writes schedule first and jobTemplate last in spec", () => {
    const cron = mainObject(compileOk(cronTemplate({ failedJobsHistoryLimit: 1, concurrencyPolicy: "Replace", timeZone: "UTC" })));
    const keys = Object.keys(cron.spec);
    expect(keys[0]).toBe("schedule");
    expect(keys.at(-1)).toBe("jobTemplate");
    expect(Object.keys(cron.spec.jobTemplate)).toEqual(["metadata", "spec"]);
  });

  it("copies schedule descriptors and zero limits unchanged", () => {
    const cron = mainObject(
      compileOk(cronTemplate({ schedule: "@every 1h30m", successfulJobsHistoryLimit: 0, startingDeadlineSeconds: 0 })),
    );
    expect(cron.spec).toMatchObject({ schedule: "@every 1h30m", successfulJobsHistoryLimit: 0, startingDeadlineSeconds: 0 });
  });

  it("has no Kubernetes-side defaults filled in", () => {
    const cron = mainObject(compileOk(cronTemplate()));
    expect(Object.keys(cron.spec)).toEqual(["schedule", "jobTemplate"]);
    expect(Object.keys(cron.spec.jobTemplate.spec)).toEqual(["template"]);
  });
});
