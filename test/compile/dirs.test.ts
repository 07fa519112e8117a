import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../src/compile/index.js";
import { compileOk, containerOf, errorsOf, jobTemplate, podSpecOf, withMain, type Obj } from "./helpers.js";

describe("dirs", () => {
  it.each<[string, string, Obj, Obj]>([
    ["secret://NAME", "secret://db-creds", { name: "secret-db-creds", secret: { secretName: "db-creds" } }, {}],
    ["configmap://NAME", "configmap://app-config", { name: "configmap-app-config", configMap: { name: "app-config" } }, {}],
    ["pvc://CLAIM", "pvc://reports", { name: "pvc-reports", persistentVolumeClaim: { claimName: "reports" } }, {}],
    ["emptydir://", "emptydir://", { name: "emptydir-data", emptyDir: {} }, {}],
    ["emptydir://memory", "emptydir://memory", { name: "memory-data", emptyDir: { medium: "Memory" } }, {}],
    ["secret://NAME:ro", "secret://db-creds:ro", { name: "secret-db-creds", secret: { secretName: "db-creds" } }, { readOnly: true }],
    [
      "configmap://NAME:ro",
      "configmap://app-config:ro",
      { name: "configmap-app-config", configMap: { name: "app-config" } },
      { readOnly: true },
    ],
    ["pvc://CLAIM:ro", "pvc://reports:ro", { name: "pvc-reports", persistentVolumeClaim: { claimName: "reports" } }, { readOnly: true }],
    ["emptydir://:ro", "emptydir://:ro", { name: "emptydir-data", emptyDir: {} }, { readOnly: true }],
    ["emptydir://memory:ro", "emptydir://memory:ro", { name: "memory-data", emptyDir: { medium: "Memory" } }, { readOnly: true }],
    ["pvc://CLAIM:rw is read-write", "pvc://reports:rw", { name: "pvc-reports", persistentVolumeClaim: { claimName: "reports" } }, {}],
  ])("%s", (_, url, volume, access) => {
    const result = compileOk(withMain({ dirs: { "/data": url } }));
    expect(podSpecOf(result).volumes).toEqual([volume]);
    expect(containerOf(result).volumeMounts).toEqual([{ name: volume.name, mountPath: "/data", ...access }]);
  });

  it("does not write readOnly: false for a writable mount", () => {
    const mount = containerOf(compileOk(withMain({ dirs: { "/data": "pvc://reports" } }))).volumeMounts[0];
    expect(Object.keys(mount)).toEqual(["name", "mountPath"]);
  });

  it("volume://NAME mounts a `volumes` entry by its own name; user volumes come first, then generated ones", () => {
    const result = compileOk(
      withMain(
        { dirs: { "/cache": "emptydir://", "/data": "volume://shared:ro", "/nfs": "volume://nfs" } },
        {
          volumes: {
            shared: { persistentVolumeClaim: { claimName: "shared-claim" } },
            nfs: { nfs: { server: "nfs.local", path: "/exports" } },
          },
        },
      ),
    );
    expect(podSpecOf(result).volumes).toEqual([
      { name: "shared", persistentVolumeClaim: { claimName: "shared-claim" } },
      { name: "nfs", nfs: { server: "nfs.local", path: "/exports" } },
      { name: "emptydir-cache", emptyDir: {} },
    ]);
    expect(containerOf(result).volumeMounts).toEqual([
      { name: "emptydir-cache", mountPath: "/cache" },
      { name: "shared", mountPath: "/data", readOnly: true },
      { name: "nfs", mountPath: "/nfs" },
    ]);
  });

  it("volume://NAME not in volumes → dirs/unknown-volume, the rest still compiles", () => {
    const result = compileTemplate(withMain({ dirs: { "/data": "volume://missing" } }, { volumes: { other: { emptyDir: {} } } }));
    expect(errorsOf(result)).toEqual([{ code: "dirs/unknown-volume", path: ["containers", "main", "dirs", "/data"] }]);
    expect(result.manifests.length).toBeGreaterThan(0); // the rest still compiles, for the other layers to check
  });

  it("volume://NAME with no volumes at all → dirs/unknown-volume", () => {
    const result = compileTemplate(withMain({ dirs: { "/data": "volume://data" } }));
    expect(errorsOf(result)).toEqual([{ code: "dirs/unknown-volume", path: ["containers", "main", "dirs", "/data"] }]);
  });

  it.each([
    "s3://bucket",
    "secret://",
    "secret://a/b",
    "configmap://",
    "pvc://",
    "pvc://claim:rx",
    "emptydir://disk",
    "hostpath:///var/log",
    "/var/log",
    "",
    "secret://db:ro:ro",
    "SECRET://db",
  ])("bad url %j → dirs/bad-url at the mount path, the rest still compiles", (url) => {
    const result = compileTemplate(withMain({ dirs: { "/ok": "emptydir://", "/data": url } }));
    expect(errorsOf(result)).toEqual([{ code: "dirs/bad-url", path: ["containers", "main", "dirs", "/data"] }]);
    expect(result.manifests.length).toBeGreaterThan(0); // the rest still compiles, for the other layers to check
  });

  it("the same source in two containers shares one volume", () => {
    const result = compileOk(
      jobTemplate({
        containers: {
          main: { image: "a", dirs: { "/creds": "secret://db:ro", "/out": "pvc://reports" } },
          uploader: { image: "b", dirs: { "/secrets/db": "secret://db", "/upload": "pvc://reports:ro" } },
        },
      }),
    );
    expect(podSpecOf(result).volumes).toEqual([
      { name: "secret-db", secret: { secretName: "db" } },
      { name: "pvc-reports", persistentVolumeClaim: { claimName: "reports" } },
    ]);
    expect(containerOf(result, "uploader").volumeMounts).toEqual([
      { name: "secret-db", mountPath: "/secrets/db" },
      { name: "pvc-reports", mountPath: "/upload", readOnly: true },
    ]);
  });

  it("a Secret and a ConfigMap of the same name get different volumes", () => {
    const result = compileOk(withMain({ dirs: { "/s": "secret://app", "/c": "configmap://app" } }));
    expect(podSpecOf(result).volumes).toEqual([
      { name: "secret-app", secret: { secretName: "app" } },
      { name: "configmap-app", configMap: { name: "app" } },
    ]);
  });

  it("emptydir at the same path in an init and a main container shares one volume", () => {
    const result = compileOk(
      jobTemplate({
        initContainers: { fetch: { image: "curl", dirs: { "/work": "emptydir://" } } },
        containers: { main: { image: "app", dirs: { "/work": "emptydir://:ro" } } },
      }),
    );
    expect(podSpecOf(result).volumes).toEqual([{ name: "emptydir-work", emptyDir: {} }]);
    expect(containerOf(result, "fetch", "initContainers").volumeMounts).toEqual([{ name: "emptydir-work", mountPath: "/work" }]);
    expect(containerOf(result).volumeMounts).toEqual([{ name: "emptydir-work", mountPath: "/work", readOnly: true }]);
  });

  it("emptydirs at different paths are different volumes", () => {
    const result = compileOk(withMain({ dirs: { "/tmp": "emptydir://", "/var/cache": "emptydir://", "/dev/shm": "emptydir://memory" } }));
    expect(podSpecOf(result).volumes).toEqual([
      { name: "emptydir-tmp", emptyDir: {} },
      { name: "emptydir-var-cache", emptyDir: {} },
      { name: "memory-dev-shm", emptyDir: { medium: "Memory" } },
    ]);
  });

  it("two sources whose readable names collide get distinct, valid volume names", () => {
    const result = compileOk(
      withMain({ dirs: { "/a": "secret://my.db", "/b": "secret://my-db", "/c": "emptydir://", "/C": "emptydir://" } }),
    );
    const names = (podSpecOf(result).volumes as Obj[]).map((v) => v.name as string);
    expect(names).toHaveLength(4);
    expect(new Set(names).size).toBe(4);
    expect(names[0]).toBe("secret-my-db");
    expect(names[2]).toBe("emptydir-c");
    for (const name of names) expect(name).toMatch(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/);
    const mounts = containerOf(result).volumeMounts as Obj[];
    expect(mounts.map((m) => m.name)).toEqual(names);
  });

  it("a very long mount path still yields a DNS-1123 label volume name", () => {
    const path = `/${"deep/".repeat(20)}dir`;
    const result = compileOk(withMain({ dirs: { [path]: "emptydir://" } }));
    const name = podSpecOf(result).volumes[0].name as string;
    expect(name.length).toBeLessThanOrEqual(63);
    expect(name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
  });
});
