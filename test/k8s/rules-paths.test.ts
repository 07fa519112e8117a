// Rules build a finding's path only when they report it, from the container's or pod's path and
// the indexes on the way down (not from a path carried along): each case puts findings deep in
// lists, after valid entries, in a CronJob as well as a Job, and checks every finding's code,
// path and severity, in order.
import { describe, expect, it } from "vitest";
import type { Path } from "../../src/diagnostic.js";
import { checkRules } from "../../src/k8s/rules/index.js";
import type { KubeVersion } from "../../src/k8s/versions.js";
import { cronJob, job, main, pod, secret, type M } from "./fixtures.js";

const P = ["spec", "template", "spec"];
const CP = ["spec", "jobTemplate", "spec", "template", "spec"];

function findings(m: M, kubeVersion: KubeVersion = "1.32"): [string, Path, string][] {
  return checkRules(m, { kubeVersion }).map((d) => [d.code, d.path, d.severity]);
}

describe("paths of findings deep in lists", () => {
  it("volume items: key, path and mode of a later item, and the overlap at the source", () => {
    const m = cronJob();
    pod(m).volumes.push({
      name: "more",
      configMap: {
        name: "more",
        items: [
          { key: "a", path: "conf" },
          { key: "b", path: "b" },
          { key: "bad/key", path: "../up", mode: 777 },
          { key: "d", path: "conf/d/" },
        ],
      },
    });
    expect(findings(m)).toEqual([
      ["volume/item-key", [...CP, "volumes", 2, "configMap", "items", 2, "key"], "error"],
      ["volume/item-path", [...CP, "volumes", 2, "configMap", "items", 2, "path"], "error"],
      ["file/mode-out-of-range", [...CP, "volumes", 2, "configMap", "items", 2, "mode"], "error"],
      ["volume/overlapping-paths", [...CP, "volumes", 2, "configMap"], "warning"],
    ]);
  });

  it("projected sources: items of later sources, downward API items, overlaps across sources", () => {
    const m = job();
    pod(m).volumes.push({
      name: "all",
      projected: {
        sources: [
          { secret: { name: "s", items: [{ key: "k", path: "x" }] } },
          {
            configMap: {
              name: "c",
              items: [
                { key: "k", path: "y" },
                { key: "k2", path: "/abs" },
              ],
            },
          },
          { downwardAPI: { items: [{ path: "x/name", fieldRef: { fieldPath: "spec.nodeName" } }] } },
        ],
      },
    });
    expect(findings(m)).toEqual([
      ["volume/item-path", [...P, "volumes", 2, "projected", "sources", 1, "configMap", "items", 1, "path"], "error"],
      ["volume/downward-api", [...P, "volumes", 2, "projected", "sources", 2, "downwardAPI", "items", 0, "fieldRef", "fieldPath"], "error"],
      ["volume/overlapping-paths", [...P, "volumes", 2, "projected"], "warning"],
    ]);
  });

  it("a volume with two sources: the second source in Kubernetes' order, then each source's own findings", () => {
    const m = job();
    pod(m).volumes.push({
      name: "both",
      configMap: { name: "c", defaultMode: 1000 },
      secret: { items: [{ key: "k", path: "p" }, { path: "q" }] },
    });
    expect(findings(m)).toEqual([
      ["volume/multiple-sources", [...P, "volumes", 2, "configMap"], "error"],
      ["file/mode-out-of-range", [...P, "volumes", 2, "configMap", "defaultMode"], "error"],
      ["volume/missing-reference", [...P, "volumes", 2, "secret", "secretName"], "error"],
      ["volume/item-key", [...P, "volumes", 2, "secret", "items", 1, "key"], "error"],
    ]);
  });

  it("handlers of a sidecar's hook and of probes", () => {
    const m = cronJob();
    pod(m).initContainers = [
      { name: "init", image: "busybox" },
      {
        name: "proxy",
        image: "proxy",
        restartPolicy: "Always",
        lifecycle: {
          preStop: { httpGet: { port: "http", httpHeaders: [{ name: "X-Ok" }, { name: "X Bad" }] } },
          postStart: { tcpSocket: { port: 70000 } },
        },
        startupProbe: { grpc: { port: 0 } },
      },
    ];
    expect(findings(m)).toEqual([
      ["probe/invalid-port", [...CP, "initContainers", 1, "startupProbe", "grpc", "port"], "error"],
      ["lifecycle/invalid-port", [...CP, "initContainers", 1, "lifecycle", "postStart", "tcpSocket", "port"], "error"],
      ["lifecycle/invalid-header", [...CP, "initContainers", 1, "lifecycle", "preStop", "httpGet", "httpHeaders", 1, "name"], "error"],
    ]);
  });

  it("securityContext ids, list entries and profiles of the pod and of a later container", () => {
    const m = job();
    pod(m).securityContext = { runAsUser: 1000, supplementalGroups: [1, 2, -3] };
    pod(m).containers.push({
      name: "second",
      image: "busybox",
      securityContext: { runAsGroup: -1, seccompProfile: { type: "Localhost" } },
    });
    expect(findings(m)).toEqual([
      ["security-context/invalid-id", [...P, "securityContext", "supplementalGroups", 2], "error"],
      ["security-context/invalid-id", [...P, "containers", 1, "securityContext", "runAsGroup"], "error"],
      ["security-context/profile", [...P, "containers", 1, "securityContext", "seccompProfile", "localhostProfile"], "error"],
    ]);
  });

  it("a port declared twice names the earlier declaration's place", () => {
    const m = job();
    main(m).ports.push({ name: "http", containerPort: 8080 });
    pod(m).containers.push({ name: "second", image: "busybox", ports: [{ containerPort: 8080, name: "http" }] });
    const diagnostics = checkRules(m, { kubeVersion: "1.32" });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([["port/duplicate", [...P, "containers", 1, "ports", 0]]]);
    expect(diagnostics[0]?.message).toContain("spec.template.spec.containers[0].ports[1]");
  });

  it("requests compared with limits that do not parse, are negative or are missing", () => {
    const m = job();
    pod(m).containers.push({
      name: "second",
      image: "busybox",
      resources: {
        limits: { "example.com/gpu": "two", cpu: "-1", "hugepages-2Mi": "100Mi", memory: "1Gi" },
        requests: { "example.com/gpu": "2", cpu: "1", memory: "2Gi", "example.com/fpga": "1" },
      },
    });
    const at = [...P, "containers", 1, "resources"];
    expect(findings(m)).toEqual([
      ["quantity/invalid", [...at, "limits", "example.com/gpu"], "error"],
      ["quantity/negative", [...at, "limits", "cpu"], "error"],
      ["resources/request-exceeds-limit", [...at, "requests", "memory"], "error"],
      ["resources/limit-required", [...at, "limits"], "error"],
    ]);
  });

  it("hugepages with a cpu limit that does not count (negative) and no other cpu or memory", () => {
    const m = job();
    main(m).resources = { limits: { cpu: "-1", "hugepages-2Mi": "100Mi" } };
    expect(findings(m)).toEqual([
      ["quantity/negative", [...P, "containers", 0, "resources", "limits", "cpu"], "error"],
      ["resources/hugepages-need-cpu-or-memory", [...P, "containers", 0, "resources"], "error"],
    ]);
  });

  it("a duplicate env name, image pull secret and mount path after other entries", () => {
    const m = job();
    main(m).env.push({ name: "LOG_LEVEL", value: "debug" });
    main(m).volumeMounts.push({ name: "config", mountPath: "/etc/migrate" });
    pod(m).imagePullSecrets = [{ name: "a" }, { name: "b" }, { name: "a" }];
    expect(findings(m)).toEqual([
      ["pod/image-pull-secret", [...P, "imagePullSecrets", 2, "name"], "warning"],
      ["env/duplicate-name", [...P, "containers", 0, "env", 3], "warning"],
      ["volume-mount/duplicate-path", [...P, "containers", 0, "volumeMounts", 2, "mountPath"], "error"],
    ]);
  });
});

describe("Secret data merged with stringData", () => {
  const big = btoa("x".repeat(1024 * 1024 + 1)); // one byte over the limit

  it("a stringData string replaces data's value in the total size", () => {
    expect(findings({ ...secret(), data: { a: big }, stringData: { a: "small" } })).toEqual([]);
    expect(findings({ ...secret(), data: { a: big }, stringData: { b: "small" } })).toEqual([
      ["secret/too-large", ["stringData"], "error"],
    ]);
    // A stringData value that is not a string does not replace it (the schema reports its type).
    expect(findings({ ...secret(), data: { a: big }, stringData: { a: 1 } })).toEqual([["secret/too-large", ["stringData"], "error"]]);
  });

  it("ssh-privatekey: stringData's empty value wins over data's", () => {
    const sshAuth = { ...secret(), type: "kubernetes.io/ssh-auth" };
    expect(findings({ ...sshAuth, stringData: undefined, data: { "ssh-privatekey": btoa("key") } })).toEqual([]);
    expect(findings({ ...sshAuth, stringData: { "ssh-privatekey": "" }, data: { "ssh-privatekey": btoa("key") } })).toEqual([
      ["secret/missing-key", ["stringData"], "error"],
    ]);
    expect(findings({ ...sshAuth, stringData: undefined, data: { "ssh-privatekey": "" } })).toEqual([
      ["secret/missing-key", ["data"], "error"],
    ]);
  });

  it("docker config: data's value is decoded unless stringData holds a string", () => {
    const docker = { ...secret(), type: "kubernetes.io/dockerconfigjson" };
    expect(findings({ ...docker, stringData: undefined, data: { ".dockerconfigjson": btoa("{auths") } })).toEqual([
      ["secret/invalid-json", ["data", ".dockerconfigjson"], "error"],
    ]);
    expect(findings({ ...docker, stringData: { ".dockerconfigjson": "{}" }, data: { ".dockerconfigjson": btoa("{auths") } })).toEqual([]);
    expect(findings({ ...docker, stringData: undefined, data: { ".dockerconfigjson": btoa("{}") } })).toEqual([]);
  });
});

describe("the rules' context per Kubernetes version", () => {
  it("gives each version its own answer, whatever the order of calls", () => {
    const m = job();
    main(m).env.push({ name: "1ST", value: "x" });
    const strict = [["env/invalid-name", [...P, "containers", 0, "env", 3, "name"], "error"]];
    for (const [version, expected] of [
      ["1.31", strict],
      ["1.32", []],
      ["1.31", strict],
      ["1.33", []],
    ] as const)
      expect(findings(m, version)).toEqual(expected);
  });
});
