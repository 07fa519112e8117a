import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../src/compile/index.js";
import type { Template } from "../../src/template/types.js";
import { deepFreeze } from "./helpers.js";

const job: Template = {
  kind: "Job",
  name: "pure",
  namespace: "ns",
  labels: { b: "2", a: "1" },
  annotations: { z: "1", y: "2" },
  podLabels: { p: "1" },
  podAnnotations: { q: "1" },
  secrets: {
    s: { type: "basic", data: { username: "u", password: { fromEnv: "PW" } } },
    t: { type: "opaque", data: { f: { fromFile: "./f" } } },
  },
  volumes: { v: { emptyDir: {} } },
  initContainers: { init: { image: "busybox", dirs: { "/work": "emptydir://" }, files: { "/init.sh": { content: "echo" } } } },
  containers: {
    main: {
      image: "app",
      command: ["run"],
      args: ["--x"],
      env: { A: "1", B: 2, C: true, D: "secret://s/password", E: { field: "metadata.name" }, F: { resource: "limits.cpu", divisor: 1 } },
      envFrom: ["secret://s", { configMap: "c", prefix: "P_", optional: true }],
      resources: { cpu: "250m-1", memory: 1024, ephemeralStorage: "1Gi" },
      files: { "/etc/a": { content: "a", mode: "0600" }, "/etc/b": { contentFrom: "configmap://c/b" } },
      dirs: { "/work": "emptydir://:ro", "/data": "pvc://d", "/v": "volume://v" },
      livenessProbe: { http: "https://example.com:8443/h?x=1", headers: { H: "v" }, periodSeconds: 3 },
      readinessProbe: { tcp: "tcp://localhost:80" },
      lifecycle: { preStop: { sleep: 1 }, postStart: { exec: ["x"] } },
      securityContext: { runAsNonRoot: true },
      ports: [{ containerPort: 80 }],
    },
  },
  tolerations: [{ operator: "Exists" }],
  nodeSelector: { pool: "p" },
  imagePullSecrets: ["pull"],
  backoffLimit: 1,
  cleanupAfterSeconds: 10,
};
const cron: Template = { ...job, kind: "ScheduledJob", schedule: "@hourly", timeZone: "UTC", suspend: true };
const options = { env: { PW: "pw" }, files: { "./f": "file" }, namespace: "default" };

describe.each([
  ["Job", job],
  ["ScheduledJob", cron],
])("purity: %s", (_, template) => {
  it("gives deep-equal and byte-identical output for the same input", () => {
    const a = compileTemplate(template, options, true);
    const b = compileTemplate(template, options, true);
    expect(a.diagnostics).toEqual([]);
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(compileTemplate(template, options).manifests)).toBe(JSON.stringify(a.manifests));
  });

  it("does not mutate the (deep-frozen) template or options", () => {
    const before = JSON.stringify([template, options]);
    const frozen = deepFreeze(structuredClone(template));
    const frozenOptions = deepFreeze(structuredClone(options));
    const result = compileTemplate(frozen, frozenOptions, true);
    expect(result.diagnostics).toEqual([]);
    expect(result.manifests).toEqual(compileTemplate(template, options).manifests);
    expect(JSON.stringify([frozen, frozenOptions])).toBe(before);
  });

  it("is not affected by a previous compilation of a different template", () => {
    const fresh = compileTemplate(template, options);
    compileTemplate(
      {
        ...template,
        name: "other",
        containers: { x: { image: "y", dirs: { "/work": "secret://w" }, files: { "/etc/a": { content: "z" } } } },
      },
      options,
    );
    expect(compileTemplate(template, options)).toEqual(fresh);
  });
});

describe("purity: imports", () => {
  const dir = fileURLToPath(new URL("../../src/compile/", import.meta.url));
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.[cm]?[jt]s$/.test(f)).map((f) => join(dir, f));
  const forbidden = new Set(["yaml", "ajv", "esbuild", ...builtinModules]);

  /** Every module specifier in static imports, re-exports, dynamic imports and require calls. */
  function specifiers(source: string): string[] {
    const found: string[] = [];
    const patterns = [
      /^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gms,
      /^\s*import\s*["']([^"']+)["']/gm,
      /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
      /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
    ];
    for (const re of patterns) for (const m of source.matchAll(re)) found.push(m[1]!);
    return found;
  }

  it("finds the compiler's files", () => {
    expect(files.map((f) => relative(dir, f))).toContain("index.ts");
  });

  it("the import scanner sees what it should", () => {
    expect(
      specifiers(
        'import { a } from "yaml";\nimport type {\n  B,\n} from "node:fs";\nexport * from "./x.js";\nimport "ajv";\nconst m = await import("esbuild");',
      ),
    ).toEqual(["yaml", "node:fs", "./x.js", "ajv", "esbuild"]);
  });

  it("src/compile/** imports none of yaml, ajv, esbuild or node:*", () => {
    const offending: string[] = [];
    for (const file of files) {
      for (const spec of specifiers(readFileSync(file, "utf8"))) {
        const bare = spec.startsWith("node:") ? spec : spec.split("/")[0]!;
        const pkg = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : bare;
        if (spec.startsWith("node:") || forbidden.has(pkg) || pkg.startsWith("ajv") || pkg.startsWith("yaml"))
          offending.push(`${relative(dir, file)}: ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it("src/compile/** reaches no environment, clock or randomness", () => {
    const offending: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      for (const word of ["process.", "Date.now", "new Date", "Math.random", "crypto.", "performance.now"]) {
        if (source.includes(word)) offending.push(`${relative(dir, file)}: ${word}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
