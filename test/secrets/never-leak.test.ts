// PRODUCT §1.6 and §6: secret values never appear in diagnostics. Templates whose secrets hold a
// unique marker (a literal, `{ fromEnv }` and `{ fromFile }`) are broken in many ways; the
// markers must not show up in `render`/`validate` stderr, in `validate`/`lint --format json`, nor in any
// diagnostic message or hint of the library API.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadInputs } from "../../src/load/index.js";
import { checkManifest } from "../../src/check/check-manifest.js";
import { checkTemplate } from "../../src/check/check-template.js";
import { DEFAULT_KUBE_VERSION } from "../../src/k8s/versions.js";
import type { Diagnostic } from "../../src/diagnostic.js";
import { cleanEnv, type CliRun } from "../helpers/cli.js";
import { pool, runCliAsync, snapshotCli } from "../bad-inputs/run.js";
import { LIBRARY } from "../helpers/library.js";

const LITERAL = "s3cr3t-LITERAL-kj-9f2c71";
const FROM_ENV = "s3cr3t-ENV-kj-41d7e0";
const FROM_FILE = "s3cr3t-FILE-kj-b83e5a";
const MARKERS = [LITERAL, FROM_ENV, FROM_FILE];
/** A leak in another spelling counts too: base64 (data:) and JSON-escaped. */
const SPELLINGS = MARKERS.flatMap((m) => [m, Buffer.from(m).toString("base64"), m.split("").reverse().join("")]);
const ENV = { KJ_LEAK_TOKEN: FROM_ENV };

type Obj = Record<string, any>;

/** A valid template with all three kinds of secret value. */
function base(): Obj {
  return {
    kind: "ScheduledJob",
    name: "leak-check",
    schedule: "0 3 * * *",
    timeZone: "UTC",
    containers: { main: { image: "busybox:1.36", env: { TOKEN: "secret://creds/token" } } },
    secrets: {
      creds: {
        type: "opaque",
        data: { literal: LITERAL, token: { fromEnv: "KJ_LEAK_TOKEN" }, file: { fromFile: "./token.txt" } },
      },
    },
  };
}

/** Failure conditions: each edits a fresh valid template. */
const MUTATIONS: Record<string, (t: Obj) => void> = {
  "restartPolicy Always": (t) => (t.restartPolicy = "Always"),
  "bad name and an unknown field": (t) => ((t.name = "Bad_Name"), (t.frobnicate = true)),
  "bad schedule and time zone": (t) => ((t.schedule = "61 * * * *"), (t.timeZone = "Mars/Base")),
  "container errors": (t) => (t.containers.main = { image: 42, resources: { cpu: "250x" }, env: { "A=B": LITERAL } }),
  "secret type unknown": (t) => (t.secrets.creds.type = "password"),
  "secret type a number": (t) => (t.secrets.creds.type = 42),
  "immutable a string": (t) => (t.secrets.creds.immutable = LITERAL),
  "data a list": (t) => (t.secrets.creds.data = [LITERAL, { fromEnv: "KJ_LEAK_TOKEN" }]),
  "data value a number next to the markers": (t) => (t.secrets.creds.data.port = 5432),
  "data value a list holding a marker": (t) => (t.secrets.creds.data.listed = [LITERAL]),
  "data value a map with a marker": (t) => (t.secrets.creds.data.mapped = { value: LITERAL }),
  "fromEnv and fromFile together": (t) => (t.secrets.creds.data.both = { fromEnv: "KJ_LEAK_TOKEN", fromFile: "./token.txt" }),
  "fromEnv plus an extra key holding a marker": (t) => (t.secrets.creds.data.extra = { fromEnv: "KJ_LEAK_TOKEN", value: LITERAL }),
  "bad key names": (t) =>
    Object.assign(t.secrets.creds.data, { "bad/key": LITERAL, "sp ace": { fromEnv: "KJ_LEAK_TOKEN" }, "": { fromFile: "./token.txt" } }),
  "missing fromEnv variable next to the markers": (t) => (t.secrets.creds.data.missing = { fromEnv: "KJ_LEAK_NEVER_SET" }),
  "missing fromFile next to the markers": (t) => (t.secrets.creds.data.gone = { fromFile: "./nope.txt" }),
  "basic secret missing password": (t) =>
    (t.secrets.creds = { type: "basic", data: { username: LITERAL, token: { fromEnv: "KJ_LEAK_TOKEN" } } }),
  "token secret missing token": (t) => (t.secrets.creds = { type: "token", data: { other: LITERAL, more: { fromFile: "./token.txt" } } }),
  // The API server does not parse PEM (a non-PEM tls.crt is valid), so the failure is the missing tls.key.
  "certificate without tls.key": (t) =>
    (t.secrets.creds = { type: "certificate", data: { "tls.crt": LITERAL, other: { fromEnv: "KJ_LEAK_TOKEN" } } }),
  "dockerconfigjson that is not JSON": (t) =>
    (t.secrets.creds = { type: "dockerconfigjson", data: { ".dockerconfigjson": { fromFile: "./token.txt" }, other: LITERAL } }),
  "dockerconfigjson not JSON (literal)": (t) =>
    (t.secrets.creds = { type: "dockerconfigjson", data: { ".dockerconfigjson": `{"auths": ${LITERAL}` } }),
  "Secret name invalid (schema/rule error inside the Secret)": (t) => (t.secrets = { Bad_Secret_Name: t.secrets.creds }),
  "Secret name too long": (t) => (t.secrets = { ["s".repeat(300)]: t.secrets.creds }),
  "Secret over 1 MiB": (t) => (t.secrets.creds.data.big = LITERAL + "x".repeat(1100 * 1024) + LITERAL),
  "unknown field in the secret holding a marker": (t) => (t.secrets.creds.note = LITERAL),
  "secret spec a string": (t) => (t.secrets.extra = LITERAL),
  "data key duplicated in YAML": () => undefined, // written as text below
  "YAML syntax error on the secret's line": () => undefined, // written as text below
};

/** Mutations that only exist as YAML text. */
function yamlText(name: string, t: Obj): string {
  const text = stringify(t);
  if (name === "data key duplicated in YAML")
    return text.replace(`literal: ${LITERAL}`, `literal: ${LITERAL}\n      literal: ${LITERAL}-other`);
  if (name === "YAML syntax error on the secret's line")
    return text.replace(`literal: ${LITERAL}`, `literal: "${LITERAL}\n      broken: [`);
  return text;
}

/** The manifests `validate` checks, with the markers in stringData and data. */
const MANIFESTS: Record<string, Obj> = {
  "Secret with an unknown field and a bad name": {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: "Bad_Name" },
    stringData: { password: LITERAL },
    oops: LITERAL,
  },
  "Secret with a bad key": {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: "ok" },
    stringData: { "bad/key": LITERAL },
    data: { "x y": Buffer.from(FROM_ENV).toString("base64") },
  },
  "Secret with data that is not base64 around a marker": {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: "ok" },
    data: { password: `${LITERAL}!!` },
  },
  "Secret with a wrong type in stringData": {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: "ok" },
    stringData: { password: [LITERAL], port: 5432 },
  },
  "TLS Secret without tls.key": {
    apiVersion: "v1",
    kind: "Secret",
    type: "kubernetes.io/tls",
    metadata: { name: "tls" },
    stringData: { "tls.crt": LITERAL },
  },
  "dockerconfigjson that is not JSON": {
    apiVersion: "v1",
    kind: "Secret",
    type: "kubernetes.io/dockerconfigjson",
    metadata: { name: "d" },
    data: { ".dockerconfigjson": Buffer.from(`{${LITERAL}`).toString("base64") },
  },
  "basic-auth with a stray key": {
    apiVersion: "v1",
    kind: "Secret",
    type: "kubernetes.io/basic-auth",
    metadata: { name: "b" },
    stringData: { token: LITERAL },
  },
};

function leaks(text: string): string[] {
  return SPELLINGS.filter((m) => text.includes(m));
}

const dir = mkdtempSync(join(tmpdir(), "kj-secrets-"));
writeFileSync(join(dir, "token.txt"), FROM_FILE);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Written {
  name: string;
  file: string;
  kind: "template" | "manifest";
}
const written: Written[] = [];
for (const [name, mutate] of Object.entries(MUTATIONS)) {
  const t = base();
  mutate(t);
  const file = `t-${written.length}.yaml`;
  writeFileSync(join(dir, file), yamlText(name, t));
  written.push({ name, file, kind: "template" });
  if (!name.includes("YAML")) {
    // The same template as a TS file (no positions, a different loader).
    const ts = `t-${written.length}.kubejobs.ts`;
    writeFileSync(join(dir, ts), `// @ts-nocheck\nexport default ${JSON.stringify(t, null, 2)};\n`);
    written.push({ name: `${name} (TS)`, file: ts, kind: "template" });
  }
}
for (const [name, m] of Object.entries(MANIFESTS)) {
  const file = `m-${written.length}.yaml`;
  writeFileSync(join(dir, file), stringify(m));
  written.push({ name, file, kind: "manifest" });
}

describe("the CLI never prints a secret value", () => {
  const runs = new Map<string, { render: CliRun; text: CliRun; json: CliRun; lint: CliRun }>();
  let drop = (): void => undefined;
  afterAll(() => drop());
  beforeAll(async () => {
    drop = await snapshotCli();
    const env = cleanEnv(ENV);
    const out = await pool(written, 4, async (w) => {
      const [render, text, json, lint] = await Promise.all([
        runCliAsync(["render", w.file], { cwd: dir, env }),
        runCliAsync(["validate", w.file], { cwd: dir, env }),
        runCliAsync(["validate", w.file, "--format", "json"], { cwd: dir, env }),
        runCliAsync(["lint", w.file, "--format", "json"], { cwd: dir, env }),
      ]);
      return { render, text, json, lint };
    });
    written.forEach((w, i) => runs.set(w.name, out[i]!));
  }, 240_000);

  it("the valid base template renders, with the markers in stringData only", async () => {
    const t = base();
    writeFileSync(join(dir, "valid.yaml"), stringify(t));
    const run = await runCliAsync(["render", "valid.yaml"], { cwd: dir, env: cleanEnv(ENV) });
    expect(run.status).toBe(0);
    for (const m of MARKERS) expect(run.stdout).toContain(m);
    expect(run.stderr).toBe("");
    // lint has findings about these secrets (a literal in secrets data): none quotes a value.
    const lint = await runCliAsync(["lint", "valid.yaml", "--format", "json", "--pss", "restricted"], { cwd: dir, env: cleanEnv(ENV) });
    expect(JSON.parse(lint.stdout).diagnostics.length).toBeGreaterThan(0);
    expect(leaks(lint.stdout + lint.stderr)).toEqual([]);
  });

  it.each(written.map((w) => [w.name, w.kind] as const))("%s (%s)", (name) => {
    const r = runs.get(name)!;
    // Every case fails somewhere (render refuses manifests; validate finds the problem).
    expect(r.text.status, r.text.stderr).not.toBe(0);
    expect(r.render.status).not.toBe(0);
    expect(r.render.stdout).toBe("");
    expect({
      render: leaks(r.render.stderr),
      validate: leaks(r.text.stderr),
      json: leaks(r.json.stdout + r.json.stderr),
      lint: leaks(r.lint.stdout + r.lint.stderr),
    }).toEqual({ render: [], validate: [], json: [], lint: [] });
    // validate and lint --format json: { diagnostics, summary }
    expect(Array.isArray(JSON.parse(r.json.stdout).diagnostics)).toBe(true);
    expect(Array.isArray(JSON.parse(r.lint.stdout).diagnostics)).toBe(true);
  });
});

describe("the library never puts a secret value in a diagnostic", () => {
  const check = (diagnostics: Diagnostic[]) => {
    const texts = diagnostics.flatMap((d) => [d.message, d.hint ?? "", JSON.stringify(d.path)]);
    expect(leaks(texts.join("\n"))).toEqual([]);
  };

  it.each(written.map((w) => [w.name, w.file, w.kind] as const))("%s", async (_name, file, kind) => {
    const loaded = await loadInputs([file], { kubeVersion: DEFAULT_KUBE_VERSION, env: ENV, cwd: dir, readStdin: async () => "" }, LIBRARY);
    const diagnostics = [...loaded.diagnostics];
    for (const doc of loaded.documents) {
      diagnostics.push(
        ...(doc.kind === "template"
          ? checkTemplate(doc.value, { env: ENV, files: doc.files }).diagnostics
          : checkManifest(doc.value, DEFAULT_KUBE_VERSION)),
      );
    }
    expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
    check(diagnostics);
    if (kind === "template") expect(loaded.documents.length + loaded.diagnostics.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(MUTATIONS).filter(([n]) => !n.includes("YAML")))("checkTemplate directly: %s", (_name, mutate) => {
    const t = base();
    mutate(t);
    const { diagnostics } = checkTemplate(t, { env: ENV, files: { "./token.txt": FROM_FILE } });
    expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
    check(diagnostics);
  });
});
