import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync, chmodSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { cleanEnv, ROOT, runCli } from "../helpers/cli.js";

const F = "test/cli/fixtures";

describe("render: bad templates fail with a placed diagnostic and empty stdout", () => {
  it.each([
    ["unknown field", "unknown-field.yaml", "unknown-field.yaml:6:5: error: containers.main.comand: ", /command/],
    ["restartPolicy Always", "restart-always.yaml", "restart-always.yaml:3:16: error: restartPolicy: ", /OnFailure/],
    ["container without image", "no-image.yaml", "no-image.yaml:4:", /image/],
    [
      "bad secret:// reference",
      "bad-secret-ref.yaml",
      "bad-secret-ref.yaml:7:14: error: containers.main.env.TOKEN: ",
      /secret:\/\/NAME\/KEY/,
    ],
    ["missing fromEnv variable", "missing-from-env.yaml", "missing-from-env.yaml:12:", /KJ_TEST_API_TOKEN/],
    ["TS template: reported by template path", "bad-ts.kubejobs.ts", "bad-ts.kubejobs.ts:3:1: error: restartPolicy: ", /OnFailure/],
  ])("%s", (_what, file, where, hint) => {
    const run = runCli(["render", `${F}/${file}`]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${F}/${where}`);
    expect(run.stderr).toMatch(hint);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
  });

  it("names the missing variable but never prints a secret value", () => {
    const run = runCli(["render", `${F}/missing-from-env.yaml`], { env: cleanEnv({ OTHER_SECRET: "s3cr3t-value" }) });
    expect(run.stderr).toContain("KJ_TEST_API_TOKEN");
    expect(run.stderr).not.toContain("s3cr3t-value");
  });

  it("renders once the variable is set, and the value lands in stringData only", () => {
    const run = runCli(["render", `${F}/missing-from-env.yaml`], { env: cleanEnv({ KJ_TEST_API_TOKEN: "tok-123" }) });
    expect(run.status).toBe(0);
    const [secret] = parseAllDocuments(run.stdout).map((d) => d.toJS());
    expect(secret).toMatchObject({ kind: "Secret", type: "Opaque", stringData: { token: "tok-123" } });
    expect(run.stderr).toBe("");
  });

  it("refuses plain manifests: render takes templates", () => {
    const run = runCli(["render", `${F}/manifest.yaml`]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("render/not-a-template");
  });

  it("one bad document in a stream fails the whole render", () => {
    const run = runCli(["render", `${F}/two-docs.yaml`, `${F}/no-image.yaml`]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
  });
});

describe("render: output", () => {
  it("writes a YAML stream of every document in order", () => {
    const run = runCli(["render", `${F}/two-docs.yaml`]);
    expect(run.status).toBe(0);
    const docs = parseAllDocuments(run.stdout).map((d) => d.toJS());
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual(["Job/first", "CronJob/second"]);
  });

  it("-o json writes one v1 List", () => {
    const run = runCli(["render", `${F}/two-docs.yaml`, "-o", "json"]);
    expect(run.status).toBe(0);
    const list = JSON.parse(run.stdout);
    expect(list.apiVersion).toBe("v1");
    expect(list.kind).toBe("List");
    expect(list.items).toHaveLength(2);
  });

  it("-n supplies a default namespace but never overrides the template's", () => {
    const run = runCli(["render", `${F}/two-docs.yaml`, "examples/nightly-report.kubejobs.yaml", "-n", "batch"]);
    expect(run.status).toBe(0);
    const docs = parseAllDocuments(run.stdout).map((d) => d.toJS());
    expect(docs.map((d) => d.metadata.namespace)).toEqual(["batch", "batch", "reports"]);
  });

  it("reads a template from stdin with -", () => {
    const input = readFileSync(join(ROOT, F, "two-docs.yaml"), "utf8");
    const run = runCli(["render", "-"], { input });
    expect(run.status).toBe(0);
    expect(parseAllDocuments(run.stdout)).toHaveLength(2);
  });

  it("same input, same bytes", () => {
    const a = runCli(["render", "examples"]);
    const b = runCli(["render", "examples"]);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe("render --out-dir", () => {
  const fresh = () => mkdtempSync(join(tmpdir(), "kj-out-"));

  it("writes one file per object and a kustomization.yaml listing them in order", () => {
    const dir = join(fresh(), "out");
    const run = runCli(["render", "examples/backup.kubejobs.yaml", "--out-dir", dir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    const files = readdirSync(dir).sort();
    expect(files).toEqual([
      "configmap-orders-backup-files.yaml",
      "cronjob-orders-backup.yaml",
      "kustomization.yaml",
      "secret-restic-repo.yaml",
    ]);
    const k = parse(readFileSync(join(dir, "kustomization.yaml"), "utf8"));
    expect(k.resources).toEqual(["secret-restic-repo.yaml", "configmap-orders-backup-files.yaml", "cronjob-orders-backup.yaml"]);
  });

  it("replaces a directory it wrote before, dropping stale files", () => {
    const dir = join(fresh(), "out");
    expect(runCli(["render", "examples/backup.kubejobs.yaml", "--out-dir", dir]).status).toBe(0);
    expect(runCli(["render", `${F}/two-docs.yaml`, "--out-dir", dir]).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["cronjob-second.yaml", "job-first.yaml", "kustomization.yaml"]);
  });

  it("on invalid input writes nothing and leaves an existing out dir untouched", () => {
    const dir = join(fresh(), "out");
    expect(runCli(["render", `${F}/two-docs.yaml`, "--out-dir", dir]).status).toBe(0);
    const before = readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]);
    const run = runCli(["render", `${F}/no-image.yaml`, "--out-dir", dir]);
    expect(run.status).toBe(1);
    expect(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")])).toEqual(before);
    const untouched = join(fresh(), "never");
    expect(runCli(["render", `${F}/no-image.yaml`, "--out-dir", untouched]).status).toBe(1);
    expect(existsSync(untouched)).toBe(false);
  });

  it("refuses to replace a directory kubejobs did not write", () => {
    const dir = fresh();
    writeFileSync(join(dir, "precious.txt"), "keep me");
    const run = runCli(["render", `${F}/two-docs.yaml`, "--out-dir", dir]);
    expect(run.status).toBe(2);
    expect(readdirSync(dir)).toEqual(["precious.txt"]);
  });

  it.skipIf(process.getuid?.() === 0)("an unwritable parent is an I/O error (exit 2)", () => {
    const parent = fresh();
    chmodSync(parent, 0o500);
    const run = runCli(["render", `${F}/two-docs.yaml`, "--out-dir", join(parent, "out")]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
  });
});

describe("CLI basics", () => {
  it("--version prints the package version", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(runCli(["--version"]).stdout).toBe(`${pkg.version}\n`);
  });

  it.each(["render", "validate", "next", "init", "schema"])("%s --help shows usage with an example", (cmd) => {
    const run = runCli([cmd, "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: kubejobs /);
    expect(run.stdout).toMatch(/Example/);
  });

  it("an unknown flag is a usage error (exit 2)", () => {
    const run = runCli(["render", "--frobnicate", `${F}/two-docs.yaml`]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--frobnicate");
  });

  it("an unknown command is a usage error (exit 2)", () => {
    expect(runCli(["rendr"]).status).toBe(2);
  });

  it("an unbundled --kube-version is a usage error naming the choices", () => {
    const run = runCli(["render", `${F}/two-docs.yaml`, "--kube-version", "1.20"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("1.29");
  });

  it("a file that does not exist is an I/O error (exit 2)", () => {
    const run = runCli(["render", "nope/missing.yaml"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("nope/missing.yaml");
  });
});

describe("init", () => {
  it.each([
    [["db-migrate"], "db-migrate.kubejobs.ts"],
    [["nightly", "--schedule", "0 3 * * *"], "nightly.kubejobs.ts"],
    [["db-migrate", "--yaml"], "db-migrate.kubejobs.yaml"],
    [["nightly", "--schedule", "0 3 * * *", "--yaml"], "nightly.kubejobs.yaml"],
  ])("init %j writes %s, which renders", (args, file) => {
    const dir = mkdtempSync(join(tmpdir(), "kj-init-"));
    const run = runCli(["init", ...args], { cwd: dir });
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, file))).toBe(true);
    const rendered = runCli(["render", join(dir, file)]);
    expect(rendered.stderr).toBe("");
    expect(rendered.status).toBe(0);
    const main = parseAllDocuments(rendered.stdout)
      .map((d) => d.toJS())
      .at(-1);
    expect(main.kind).toBe(args.includes("--schedule") ? "CronJob" : "Job");
    if (file.endsWith(".yaml")) expect(existsSync(join(dir, "kubejobs.schema.json"))).toBe(true);
  });

  it("never overwrites without --force", () => {
    const dir = mkdtempSync(join(tmpdir(), "kj-init-"));
    mkdirSync(join(dir, "x"));
    expect(runCli(["init", "a"], { cwd: dir }).status).toBe(0);
    const again = runCli(["init", "a"], { cwd: dir });
    expect(again.status).toBe(2);
    expect(runCli(["init", "a", "--force"], { cwd: dir }).status).toBe(0);
  });
});

describe("render of a directory that also holds manifests", () => {
  it("passes over manifests it found itself, and says so when there are no templates at all", () => {
    const dir = mkdtempSync(join(tmpdir(), "kj-mixed-"));
    expect(runCli(["render", "examples/backup.kubejobs.yaml", "--out-dir", join(dir, "out")]).status).toBe(0);
    writeFileSync(join(dir, "job.kubejobs.yaml"), readFileSync(join(ROOT, F, "two-docs.yaml"), "utf8"));
    const mixed = runCli(["render", dir]);
    expect(mixed.stderr).toBe("");
    expect(parseAllDocuments(mixed.stdout).map((d) => d.toJS().metadata.name)).toEqual(["first", "second"]);
    const only = runCli(["render", join(dir, "out")]);
    expect(only.status).toBe(2);
    expect(only.stdout).toBe("");
    expect(only.stderr).toContain(`${join(dir, "out")}: error: `);
    expect(only.stderr).toContain("[io/no-templates]");
  });
});
