// Manifests the API server accepts without a word must produce no diagnostics at all, and no
// input, however malformed, may make a rule throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRules, RULES } from "../../src/k8s/rules/index.js";
import type { K8sObject } from "../../src/k8s/types.js";
import { KUBE_VERSIONS, type KubeVersion } from "../../src/k8s/versions.js";
import { configMap, cronJob, job, jobSpec, main, pod, secret, type M } from "./fixtures.js";

function w(base: () => M, mutate: (m: M) => void): () => M {
  return () => {
    const m = base();
    mutate(m);
    return m;
  };
}

const valid: [string, () => M, KubeVersion?][] = [
  ["base Job", job],
  ["base CronJob", cronJob],
  ["base Secret", secret],
  ["base ConfigMap", configMap],
  ["52-char CronJob name", w(cronJob, (m) => (m.metadata.name = "a".repeat(52)))],
  ["63-char Job name", w(job, (m) => (m.metadata.name = "a".repeat(63)))],
  ["Job name with dots", w(job, (m) => (m.metadata.name = "db.migrate.v2"))],
  ["253-char ConfigMap name", w(configMap, (m) => (m.metadata.name = "a".repeat(253)))],
  [
    "generateName with a trailing dash",
    w(job, (m) => {
      delete m.metadata.name;
      m.metadata.generateName = "db-migrate-";
    }),
  ],
  [
    "CronJob generateName of 47 characters",
    w(cronJob, (m) => {
      delete m.metadata.name;
      m.metadata.generateName = `${"a".repeat(46)}-`;
    }),
  ],
  [
    "Job generateName of 80 characters (cut to 58)",
    w(job, (m) => {
      delete m.metadata.name;
      m.metadata.generateName = `${"a".repeat(79)}-`;
    }),
  ],
  ["empty label value", w(job, (m) => (m.metadata.labels.flag = ""))],
  ["label key with prefix", w(job, (m) => (m.metadata.labels["team.acme.io/owner"] = "Data_Eng-1.2"))],
  [
    "annotation key with upper-case prefix (checked in lower case)",
    w(job, (m) => (m.metadata.annotations = { "Acme.io/Note": "any text at all: 日本" })),
  ],
  ["restartPolicy OnFailure", w(job, (m) => (pod(m).restartPolicy = "OnFailure"))],
  [
    "podFailurePolicy with Never and FailIndex",
    w(job, (m) => {
      Object.assign(m.spec, {
        completionMode: "Indexed",
        completions: 10,
        parallelism: 3,
        backoffLimitPerIndex: 1,
        maxFailedIndexes: 5,
        podReplacementPolicy: "Failed",
      });
      m.spec.podFailurePolicy = {
        rules: [
          { action: "FailIndex", onExitCodes: { containerName: "migrate", operator: "In", values: [1, 2, 42] } },
          { action: "Ignore", onPodConditions: [{ type: "DisruptionTarget", status: "True" }] },
          { action: "Count", onExitCodes: { operator: "NotIn", values: [0] } },
        ],
      };
    }),
  ],
  [
    "onPodConditions without status (defaulted to True)",
    w(job, (m) => (m.spec.podFailurePolicy = { rules: [{ action: "Ignore", onPodConditions: [{ type: "DisruptionTarget" }] }] })),
  ],
  [
    "Indexed with 100000 completions and parallelism",
    w(job, (m) => Object.assign(m.spec, { completionMode: "Indexed", completions: 100_000, parallelism: 100_000 })),
  ],
  [
    "high completions with backoffLimitPerIndex and limits",
    w(job, (m) =>
      Object.assign(m.spec, {
        completionMode: "Indexed",
        completions: 1_000_000_000,
        parallelism: 10_000,
        backoffLimitPerIndex: 1,
        maxFailedIndexes: 10_000,
      }),
    ),
  ],
  [
    "successPolicy",
    w(job, (m) =>
      Object.assign(m.spec, {
        completionMode: "Indexed",
        completions: 10,
        successPolicy: { rules: [{ succeededCount: 1, succeededIndexes: "0,2,4" }, { succeededIndexes: "1,3,5-9" }] },
      }),
    ),
  ],
  ["managedBy", w(job, (m) => (m.spec.managedBy = "kueue.x-k8s.io/multikueue"))],
  [
    "zero counts",
    w(cronJob, (m) => {
      Object.assign(jobSpec(m), { backoffLimit: 0, parallelism: 0, ttlSecondsAfterFinished: 0 });
      Object.assign(m.spec, { successfulJobsHistoryLimit: 0, failedJobsHistoryLimit: 0 });
    }),
  ],
  [
    "native sidecar with probes and lifecycle",
    w(
      job,
      (m) =>
        (pod(m).initContainers = [
          {
            name: "proxy",
            image: "envoy",
            restartPolicy: "Always",
            readinessProbe: { tcpSocket: { port: 15000 } },
            livenessProbe: { grpc: { port: 15001 } },
            startupProbe: { exec: { command: ["true"] } },
            lifecycle: { preStop: { sleep: { seconds: 5 } } },
          },
        ]),
    ),
  ],
  ["plain init container", w(job, (m) => (pod(m).initContainers = [{ name: "wait", image: "busybox", command: ["sh", "-c", "sleep 1"] }]))],
  ["relaxed env names on 1.32", w(job, (m) => main(m).env.push({ name: "1 weird:name", value: "x" })), "1.32"],
  ["relaxed env names on 1.36", w(job, (m) => main(m).env.push({ name: "my var", value: "x" })), "1.36"],
  ["redefining an env var with a reference to itself", w(job, (m) => main(m).env.push({ name: "LOG_LEVEL", value: "$(LOG_LEVEL),sql" }))],
  [
    "env from labels and resources",
    w(job, (m) =>
      main(m).env.push(
        { name: "TEAM", valueFrom: { fieldRef: { fieldPath: "metadata.labels['team']" } } },
        { name: "MEM", valueFrom: { resourceFieldRef: { resource: "limits.memory", divisor: "1Mi" } } },
      ),
    ),
  ],
  ["envFrom with a prefix", w(job, (m) => (main(m).envFrom[0].prefix = "CFG_"))],
  [
    "quantities as numbers",
    w(job, (m) => (main(m).resources = { requests: { cpu: 0.5, memory: 536870912 }, limits: { cpu: 1, memory: "1Gi" } })),
  ],
  [
    "limits only (requests default to limits)",
    w(job, (m) => (main(m).resources = { limits: { cpu: "2", memory: "2Gi", "nvidia.com/gpu": 1 } })),
  ],
  [
    "requests equal limits in other units",
    w(
      job,
      (m) =>
        (main(m).resources = {
          requests: { cpu: "1000m", memory: "1024Mi", "nvidia.com/gpu": "1" },
          limits: { cpu: "1", memory: "1Gi", "nvidia.com/gpu": 1 },
        }),
    ),
  ],
  ["requests only", w(job, (m) => (main(m).resources = { requests: { cpu: ".5", memory: "0.5Gi", "ephemeral-storage": "1e9" } }))],
  ["hugepages with memory", w(job, (m) => (main(m).resources = { limits: { "hugepages-2Mi": "100Mi", memory: "1Gi" } }))],
  ["memory 0.9999 (rounds to a whole byte)", w(job, (m) => (main(m).resources.requests.memory = "0.9999"))],
  [
    "port names",
    w(job, (m) =>
      main(m).ports.push({ name: "http", containerPort: 8080, hostPort: 8080 }, { name: "dns", containerPort: 53, protocol: "UDP" }),
    ),
  ],
  ["same containerPort with different protocols", w(job, (m) => main(m).ports.push({ containerPort: 9090, protocol: "UDP" }))],
  [
    "all file modes in range",
    w(job, (m) => {
      pod(m).volumes[0].configMap.defaultMode = 511;
      pod(m).volumes[1].secret.items[0].mode = 0;
    }),
  ],
  [
    "projected volume",
    w(job, (m) =>
      pod(m).volumes.push({
        name: "p",
        projected: {
          defaultMode: 292,
          sources: [
            { secret: { name: "s", items: [{ key: "a", path: "a" }] } },
            { configMap: { name: "c" } },
            { serviceAccountToken: { path: "token", expirationSeconds: 3600 } },
          ],
        },
      }),
    ),
  ],
  [
    "downwardAPI volume",
    w(job, (m) =>
      pod(m).volumes.push({
        name: "info",
        downwardAPI: {
          items: [
            { path: "labels", fieldRef: { fieldPath: "metadata.labels" } },
            { path: "team", fieldRef: { fieldPath: "metadata.labels['team']" } },
            { path: "mem", resourceFieldRef: { containerName: "migrate", resource: "limits.memory" } },
          ],
        },
      }),
    ),
  ],
  ["startingDeadlineSeconds 10", w(cronJob, (m) => (m.spec.startingDeadlineSeconds = 10))],
  [
    "pvc, emptyDir, hostPath volumes",
    w(job, (m) =>
      pod(m).volumes.push(
        { name: "data", persistentVolumeClaim: { claimName: "data" } },
        { name: "scratch", emptyDir: { medium: "Memory", sizeLimit: "1Gi" } },
        { name: "host", hostPath: { path: "/var/log" } },
      ),
    ),
  ],
  [
    "mounts with subPathExpr and readOnly",
    w(job, (m) =>
      main(m).volumeMounts.push({
        name: "config",
        mountPath: "/per-pod",
        subPathExpr: "$(POD_NAME)",
        readOnly: true,
        recursiveReadOnly: "IfPossible",
      }),
    ),
  ],
  ["same volume mounted twice at different paths", w(job, (m) => main(m).volumeMounts.push({ name: "config", mountPath: "/etc/other" }))],
  [
    "probe with named port and thresholds",
    w(
      job,
      (m) =>
        (main(m).livenessProbe = {
          httpGet: { path: "/", port: "metrics", httpHeaders: [{ name: "X-Token", value: "t" }] },
          initialDelaySeconds: 0,
          timeoutSeconds: 2,
          periodSeconds: 5,
          successThreshold: 1,
          failureThreshold: 5,
          terminationGracePeriodSeconds: 10,
        }),
    ),
  ],
  ["readiness successThreshold 3", w(job, (m) => (main(m).readinessProbe = { exec: { command: ["true"] }, successThreshold: 3 }))],
  [
    "preStop sleep 0 on 1.29 (the field is alpha there, dropped and left to the schema layer)",
    w(job, (m) => (main(m).lifecycle = { preStop: { sleep: { seconds: 0 } } })),
    "1.29",
  ],
  ["preStop sleep 0 from 1.33", w(job, (m) => (main(m).lifecycle = { preStop: { sleep: { seconds: 0 } } })), "1.33"],
  [
    "pod-level fields",
    w(job, (m) =>
      Object.assign(pod(m), {
        activeDeadlineSeconds: 600,
        serviceAccountName: "reports.sa",
        priorityClassName: "batch-low",
        nodeSelector: { "kubernetes.io/arch": "amd64" },
        imagePullSecrets: [{ name: "registry" }],
        terminationGracePeriodSeconds: 0,
        dnsPolicy: "None",
        dnsConfig: { nameservers: ["1.1.1.1"] },
        tolerations: [{ operator: "Exists" }, { key: "gpu", operator: "Equal", value: "true", effect: "NoExecute", tolerationSeconds: 60 }],
      }),
    ),
  ],
  [
    "security contexts",
    w(job, (m) => {
      pod(m).securityContext = {
        runAsUser: 1000,
        runAsGroup: 1000,
        fsGroup: 2000,
        supplementalGroups: [0, 3000],
        runAsNonRoot: true,
        seccompProfile: { type: "Localhost", localhostProfile: "profiles/audit.json" },
        sysctls: [
          { name: "net.ipv4.ip_local_port_range", value: "1024 65000" },
          { name: "kernel/shm_rmid_forced", value: "1" },
        ],
      };
      main(m).securityContext = {
        allowPrivilegeEscalation: false,
        capabilities: { add: ["SYS_ADMIN"], drop: ["ALL"] },
        readOnlyRootFilesystem: true,
        appArmorProfile: { type: "RuntimeDefault" },
      };
    }),
  ],
  [
    "tls Secret from data",
    w(secret, (m) =>
      Object.assign(m, { type: "kubernetes.io/tls", stringData: undefined, data: { "tls.crt": "Y2VydA==", "tls.key": "a2V5" } }),
    ),
  ],
  [
    "basic-auth with password only",
    w(secret, (m) => Object.assign(m, { type: "kubernetes.io/basic-auth", stringData: { password: "x" } })),
  ],
  [
    "dockerconfigjson",
    w(secret, (m) => Object.assign(m, { type: "kubernetes.io/dockerconfigjson", stringData: { ".dockerconfigjson": '{"auths":{}}' } })),
  ],
  [
    "dockerconfigjson as base64 data",
    w(secret, (m) =>
      Object.assign(m, {
        type: "kubernetes.io/dockerconfigjson",
        stringData: undefined,
        data: { ".dockerconfigjson": btoa('{"auths":{}}') },
      }),
    ),
  ],
  ["Secret data with line breaks in base64", w(secret, (m) => (m.data = { a: "aGVs\nbG8=" }))],
  [
    "pod label job-name equal to the Job name",
    w(job, (m) => (m.spec.template.metadata.labels["batch.kubernetes.io/job-name"] = "db-migrate")),
  ],
  [
    "manualSelector matching the pod labels",
    w(job, (m) =>
      Object.assign(m.spec, {
        manualSelector: true,
        selector: {
          matchLabels: { "app.kubernetes.io/name": "db-migrate" },
          matchExpressions: [{ key: "tier", operator: "DoesNotExist" }],
        },
      }),
    ),
  ],
  [
    "the seccomp annotation next to the field",
    w(job, (m) => {
      m.spec.template.metadata.annotations = { "seccomp.security.alpha.kubernetes.io/pod": "runtime/default" };
      pod(m).securityContext = { seccompProfile: { type: "RuntimeDefault" } };
    }),
  ],
  [
    "an unknown kind gets metadata rules only",
    () => ({ apiVersion: "v1", kind: "Service", metadata: { name: "svc" }, spec: { ports: [{ name: "BAD NAME" }] } }),
  ],
];

describe("valid manifests produce no diagnostics", () => {
  it.each(valid)("%s", (_title, make, kubeVersion = "1.36") => {
    expect(checkRules(make() as K8sObject, { kubeVersion })).toEqual([]);
  });

  it.each(KUBE_VERSIONS.map((v) => [v]))("base manifests are clean on %s", (kubeVersion) => {
    for (const make of [job, cronJob, secret, configMap]) expect(checkRules(make() as K8sObject, { kubeVersion })).toEqual([]);
  });
});

describe("version-dependent rules", () => {
  it.each([
    ["1.29", 1],
    ["1.30", 1],
    ["1.31", 1],
    ["1.32", 0],
    ["1.34", 0],
    ["1.36", 0],
  ] as [KubeVersion, number][])("env name '1ABC' on %s gives %d errors", (kubeVersion, count) => {
    const m = job();
    main(m).env.push({ name: "1ABC", value: "x" });
    expect(checkRules(m as K8sObject, { kubeVersion }).filter((d) => d.code === "env/invalid-name")).toHaveLength(count);
  });
});

describe("robustness", () => {
  const garbage: unknown[] = [null, undefined, 0, -1, 1.5, "", "x", true, [], {}, [1, "a"], { a: 1 }, Number.NaN];

  it("never throws on garbage in any field", () => {
    const fields = (m: M): [M, string][] => {
      const p = pod(m);
      const c = main(m);
      return [
        [m, "metadata"],
        [m, "spec"],
        [m.metadata, "name"],
        [m.metadata, "namespace"],
        [m.metadata, "labels"],
        [m.metadata, "annotations"],
        [jobSpec(m), "template"],
        [jobSpec(m), "podFailurePolicy"],
        [jobSpec(m), "successPolicy"],
        [jobSpec(m), "completions"],
        [jobSpec(m), "completionMode"],
        [jobSpec(m), "maxFailedIndexes"],
        [jobSpec(m), "managedBy"],
        [p, "containers"],
        [p, "initContainers"],
        [p, "volumes"],
        [p, "tolerations"],
        [p, "nodeSelector"],
        [p, "imagePullSecrets"],
        [p, "restartPolicy"],
        [p, "dnsConfig"],
        [c, "name"],
        [c, "image"],
        [c, "env"],
        [c, "envFrom"],
        [c, "resources"],
        [c, "ports"],
        [c, "volumeMounts"],
        [c, "livenessProbe"],
        [c, "lifecycle"],
      ];
    };
    for (const make of [job, cronJob]) {
      const count = fields(make()).length;
      for (let i = 0; i < count; i++) {
        for (const g of garbage) {
          const m = make();
          const [holder, key] = fields(m)[i] as [M, string];
          holder[key] = g;
          expect(() => checkRules(m as K8sObject, { kubeVersion: "1.36" })).not.toThrow();
        }
      }
    }
    for (const g of garbage) {
      expect(() => checkRules(g as K8sObject, { kubeVersion: "1.36" })).not.toThrow();
      for (const kind of ["Job", "CronJob", "Secret", "ConfigMap"]) {
        expect(() =>
          checkRules(
            { apiVersion: "v1", kind, metadata: g, spec: g, data: g, stringData: g, binaryData: g, type: g } as unknown as K8sObject,
            { kubeVersion: "1.29" },
          ),
        ).not.toThrow();
      }
    }
  });

  it("never throws on random values anywhere (fast-check)", () => {
    const value = fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true });
    fc.assert(
      fc.property(
        fc.constantFrom(job, cronJob, secret, configMap),
        fc.array(fc.tuple(fc.nat(), value), { maxLength: 4 }),
        (make, replacements) => {
          const m = make();
          // Replace random nodes of the manifest tree with random values.
          const nodes: [M, string | number][] = [];
          const walk = (node: M): void => {
            if (node === null || typeof node !== "object") return;
            for (const key of Object.keys(node)) {
              nodes.push([node, Array.isArray(node) ? Number(key) : key]);
              walk(node[key]);
            }
          };
          walk(m);
          for (const [index, v] of replacements) {
            const target = nodes[index % nodes.length];
            if (target) target[0][target[1]] = v;
          }
          checkRules(m as K8sObject, { kubeVersion: "1.31" });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("every rule declares the codes it reports", () => {
    const declared = new Set(RULES.flatMap((r) => r.codes));
    const m = job();
    Object.assign(main(m), { name: "Bad", image: "" });
    for (const d of checkRules(m as K8sObject, { kubeVersion: "1.36" })) expect(declared.has(d.code)).toBe(true);
  });
});
