import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyFromPath } from "../../src/compile/files.js";
import { compileTemplate } from "../../src/compile/index.js";
import { compileOk, containerOf, errorsOf, podSpecOf, stdLabels, withMain, type Obj } from "./helpers.js";

describe("files: inline content", () => {
  it("goes into one <name>-files ConfigMap, mounted by subPath, read-only, from the kubejobs-files volume", () => {
    const result = compileOk(withMain({ files: { "/etc/app/config.yaml": { content: "level: info\n" } } }));
    expect(result.manifests).toHaveLength(2);
    expect(result.manifests[0]).toEqual({
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "demo-files", labels: stdLabels("demo") },
      data: { "etc-app-config.yaml": "level: info\n" },
    });
    expect(Object.keys(result.manifests[0]!)).toEqual(["apiVersion", "kind", "metadata", "data"]);
    expect(containerOf(result).volumeMounts).toEqual([
      { name: "kubejobs-files", mountPath: "/etc/app/config.yaml", subPath: "etc-app-config.yaml", readOnly: true },
    ]);
    expect(podSpecOf(result).volumes).toEqual([
      { name: "kubejobs-files", configMap: { name: "demo-files", items: [{ key: "etc-app-config.yaml", path: "etc-app-config.yaml" }] } },
    ]);
  });

  it("sorts the ConfigMap's keys, keeps mounts in record order", () => {
    const result = compileOk(withMain({ files: { "/z.txt": { content: "z" }, "/a/b.txt": { content: "b" }, "/m.txt": { content: "m" } } }));
    const cm = result.manifests[0] as Obj;
    expect(Object.keys(cm.data)).toEqual(["a-b.txt", "m.txt", "z.txt"]);
    expect(cm.data).toEqual({ "a-b.txt": "b", "m.txt": "m", "z.txt": "z" });
    expect(containerOf(result).volumeMounts.map((m: Obj) => m.mountPath)).toEqual(["/z.txt", "/a/b.txt", "/m.txt"]);
  });

  it("derives keys the API accepts ([-._a-zA-Z0-9]) from the path", () => {
    const result = compileOk(
      withMain({ files: { "/opt/my app/run script.sh": { content: "x" }, "/etc/ssl/certs/ca@1.pem": { content: "y" } } }),
    );
    expect(Object.keys((result.manifests[0] as Obj).data)).toEqual(["etc-ssl-certs-ca-1.pem", "opt-my-app-run-script.sh"]);
  });

  it("keeps multi-line and empty content exactly", () => {
    const content = "line 1\n  line 2\n\ttab: yes\n#: not a comment\n";
    const result = compileOk(withMain({ files: { "/a": { content }, "/b": { content: "" } } }));
    expect((result.manifests[0] as Obj).data).toEqual({ a: content, b: "" });
  });

  it("gives a clashing key a -2 suffix (and -3 after that)", () => {
    const result = compileOk(
      withMain({ files: { "/etc/a.conf": { content: "1" }, "/etc-a.conf": { content: "2" }, "/etc/a/conf": { content: "3" } } }),
    );
    // "/etc/a/conf" → "etc-a-conf", distinct; "/etc-a.conf" → "etc-a.conf", taken.
    expect((result.manifests[0] as Obj).data).toEqual({ "etc-a.conf": "1", "etc-a.conf-2": "2", "etc-a-conf": "3" });
    expect(containerOf(result).volumeMounts).toEqual([
      { name: "kubejobs-files", mountPath: "/etc/a.conf", subPath: "etc-a.conf", readOnly: true },
      { name: "kubejobs-files", mountPath: "/etc-a.conf", subPath: "etc-a.conf-2", readOnly: true },
      { name: "kubejobs-files", mountPath: "/etc/a/conf", subPath: "etc-a-conf", readOnly: true },
    ]);
    const third = compileOk(withMain({ files: { "/x/y": { content: "1" }, "/x-y": { content: "2" }, "x/y": { content: "3" } } }));
    expect((third.manifests[0] as Obj).data).toEqual({ "x-y": "1", "x-y-2": "2", "x-y-3": "3" });
  });

  it("shares the one ConfigMap and the one volume between containers (init and main)", () => {
    const result = compileOk({
      kind: "Job",
      name: "demo",
      initContainers: { setup: { image: "busybox", files: { "/setup.sh": { content: "echo setup" } } } },
      containers: {
        main: { image: "busybox", files: { "/etc/main.conf": { content: "m" } } },
        side: { image: "busybox", files: { "/etc/side.conf": { content: "s", mode: "0600" } } },
      },
    });
    expect(result.manifests.map((m) => m.kind)).toEqual(["ConfigMap", "Job"]);
    expect((result.manifests[0] as Obj).data).toEqual({ "etc-main.conf": "m", "etc-side.conf": "s", "setup.sh": "echo setup" });
    expect(podSpecOf(result).volumes).toEqual([
      {
        name: "kubejobs-files",
        configMap: {
          name: "demo-files",
          items: [
            { key: "setup.sh", path: "setup.sh" },
            { key: "etc-main.conf", path: "etc-main.conf" },
            { key: "etc-side.conf", path: "etc-side.conf", mode: 384 },
          ],
        },
      },
    ]);
    expect(containerOf(result, "setup", "initContainers").volumeMounts).toEqual([
      { name: "kubejobs-files", mountPath: "/setup.sh", subPath: "setup.sh", readOnly: true },
    ]);
    expect(containerOf(result, "side").volumeMounts).toEqual([
      { name: "kubejobs-files", mountPath: "/etc/side.conf", subPath: "etc-side.conf", readOnly: true },
    ]);
  });

  it("emits no ConfigMap when no file has inline content", () => {
    const result = compileOk(withMain({ files: { "/t": { contentFrom: "secret://creds/token" } } }));
    expect(result.manifests.map((m) => m.kind)).toEqual(["Job"]);
  });
});

describe("files: mode", () => {
  it.each([
    ["0644", 420],
    ["0600", 384],
    ["0400", 256],
    ["0755", 493],
    ["0777", 511],
    ["0000", 0],
    ["0", 0],
    ["644", 420],
  ])("%j → %i on the item", (mode, expected) => {
    const result = compileOk(withMain({ files: { "/run.sh": { content: "x", mode } } }));
    expect(podSpecOf(result).volumes[0].configMap.items).toEqual([{ key: "run.sh", path: "run.sh", mode: expected }]);
  });

  it.each(["0800", "0999", "01777", "1000", "rw-r--r--", "0o644", "", "-1", "0x1a4", " 0644"])(
    "%j → file/bad-mode, the rest still compiles",
    (mode) => {
      const result = compileTemplate(withMain({ files: { "/run.sh": { content: "x", mode } } }));
      expect(errorsOf(result)).toEqual([{ code: "file/bad-mode", path: ["containers", "main", "files", "/run.sh", "mode"] }]);
      expect(result.manifests.length).toBeGreaterThan(0); // the rest still compiles, for the other layers to check
    },
  );

  it("checks the mode of a contentFrom file too", () => {
    const result = compileTemplate(withMain({ files: { "/t": { contentFrom: "secret://creds/token", mode: "9" } } }));
    expect(errorsOf(result)).toEqual([{ code: "file/bad-mode", path: ["containers", "main", "files", "/t", "mode"] }]);
  });
});

describe("files: contentFrom", () => {
  it("secret://NAME/KEY → a Secret volume projecting that key, mounted by subPath", () => {
    const result = compileOk(withMain({ files: { "/var/run/token": { contentFrom: "secret://creds/token", mode: "0400" } } }));
    expect(result.manifests.map((m) => m.kind)).toEqual(["Job"]);
    expect(podSpecOf(result).volumes).toEqual([
      { name: "file-secret-creds", secret: { secretName: "creds", items: [{ key: "token", path: "var-run-token", mode: 256 }] } },
    ]);
    expect(containerOf(result).volumeMounts).toEqual([
      { name: "file-secret-creds", mountPath: "/var/run/token", subPath: "var-run-token", readOnly: true },
    ]);
  });

  it("configmap://NAME/KEY → a ConfigMap volume projecting that key", () => {
    const result = compileOk(withMain({ files: { "/etc/app.ini": { contentFrom: "configmap://app-config/app.ini" } } }));
    expect(podSpecOf(result).volumes).toEqual([
      { name: "file-configmap-app-config", configMap: { name: "app-config", items: [{ key: "app.ini", path: "etc-app.ini" }] } },
    ]);
    expect(containerOf(result).volumeMounts).toEqual([
      { name: "file-configmap-app-config", mountPath: "/etc/app.ini", subPath: "etc-app.ini", readOnly: true },
    ]);
  });

  it("two keys of one Secret share one volume with two items; inline and referenced files coexist", () => {
    const result = compileOk(
      withMain({
        files: {
          "/tls/tls.crt": { contentFrom: "secret://tls/tls.crt" },
          "/etc/inline.txt": { content: "hi" },
          "/tls/tls.key": { contentFrom: "secret://tls/tls.key", mode: "0600" },
        },
      }),
    );
    expect(podSpecOf(result).volumes).toEqual([
      {
        name: "file-secret-tls",
        secret: {
          secretName: "tls",
          items: [
            { key: "tls.crt", path: "tls-tls.crt" },
            { key: "tls.key", path: "tls-tls.key", mode: 384 },
          ],
        },
      },
      { name: "kubejobs-files", configMap: { name: "demo-files", items: [{ key: "etc-inline.txt", path: "etc-inline.txt" }] } },
    ]);
    expect(containerOf(result).volumeMounts.map((m: Obj) => [m.name, m.subPath])).toEqual([
      ["file-secret-tls", "tls-tls.crt"],
      ["kubejobs-files", "etc-inline.txt"],
      ["file-secret-tls", "tls-tls.key"],
    ]);
  });

  it.each(["secret://creds", "secret://a/b/c", "configmap://", "https://example.com/x", "creds/token"])(
    "malformed %j → file/bad-reference, the rest still compiles",
    (contentFrom) => {
      const result = compileTemplate(withMain({ files: { "/t": { contentFrom } } }));
      expect(errorsOf(result)).toEqual([{ code: "file/bad-reference", path: ["containers", "main", "files", "/t", "contentFrom"] }]);
      expect(result.manifests.length).toBeGreaterThan(0); // the rest still compiles, for the other layers to check
    },
  );
});

describe("files: keys derived from mount paths", () => {
  // keyFromPath is one pass over the path; these regular-expression replaces say what it must do.
  const byReplaces = (path: string): string =>
    path
      .replace(/^\/+/, "")
      .replace(/[^-._a-zA-Z0-9]+/g, "-")
      .replace(/^[-.]+/, "");

  it.each(["/etc/app/config.yaml", "//a//b/", "/.hidden", "/ .x", "/-a-/b", "a b..c", "/héllo wörld", "/😀/x", "", "///", "/.-./abc"])(
    "%j as the replaces would",
    (path) => {
      expect(keyFromPath(path)).toBe(byReplaces(path));
    },
  );

  it("agrees with the replaces on any string", () => {
    const chars = fc.constantFrom("/", "-", ".", "_", "a", "Z", "0", " ", "é", "~", "\u{1F600}");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 16 }), (parts) => {
        const path = parts.join("");
        expect(keyFromPath(path)).toBe(byReplaces(path));
      }),
    );
  });
});
