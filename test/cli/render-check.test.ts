// render --out-dir DIR --check (INTEGRATIONS.md §2), as a black box: writes nothing; 0 when DIR is
// exactly what render would write, else 1 with a unified diff on stderr; Secret values never shown.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, runCli } from "../helpers/cli.js";
import { scratch } from "../integrations/helpers.js";

const SECRET_VALUE = "s3cr3t-Value-9f2c";
const OLD_VALUE = "old-Pa55word-77aa";
const TEMPLATE = `kind: Job
name: migrate
containers:
  main:
    image: ghcr.io/acme/migrate:2.0
    env: { DB_PASSWORD: secret://db/password }
secrets:
  db:
    type: opaque
    data:
      password: { fromEnv: DB_PASSWORD }
      user: migrator
`;
const env = cleanEnv({ DB_PASSWORD: SECRET_VALUE });

function project(): string {
  return scratch({ "jobs/migrate.kubejobs.yaml": TEMPLATE, "kubejobs.config.yaml": 'include: ["jobs/*.kubejobs.yaml"]\noutDir: deploy\n' });
}

/** Every file of a directory, name → text (and mtime), to prove --check wrote nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    out[name] = statSync(path).isFile() ? `${readFileSync(path, "utf8")}@${statSync(path).mtimeMs}` : "<dir>";
  }
  return out;
}

describe("render --check", () => {
  it("exit 0 when the out dir is up to date (the config's outDir), and nothing is written", () => {
    const dir = project();
    expect(runCli(["render"], { cwd: dir, env }).status).toBe(0);
    const before = snapshot(join(dir, "deploy"));
    const r = runCli(["render", "--check"], { cwd: dir, env });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("deploy is up to date");
    expect(snapshot(join(dir, "deploy"))).toEqual(before);
  });

  it("exit 1 with a unified diff of added, removed and changed files; the directory stays as it was", () => {
    const dir = project();
    expect(runCli(["render"], { cwd: dir, env }).status).toBe(0);
    const out = join(dir, "deploy");
    rmSync(join(out, "job-migrate.yaml"));
    writeFileSync(join(out, "job-old.yaml"), "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: old\n");
    const kustomization = readFileSync(join(out, "kustomization.yaml"), "utf8");
    writeFileSync(join(out, "kustomization.yaml"), kustomization.replace("  - job-migrate.yaml\n", "  - job-old.yaml\n"));
    mkdirSync(join(out, "stray"));
    const before = snapshot(out);
    const r = runCli(["render", "--check"], { cwd: dir, env });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^deploy: error: out of date: 1 to add, 2 to remove, 1 to change \(4 files\)\n/);
    expect(r.stderr).toContain("--- /dev/null\n+++ b/deploy/job-migrate.yaml\n@@ -0,0 +1,");
    expect(r.stderr).toContain("+kind: Job\n");
    expect(r.stderr).toContain("--- a/deploy/job-old.yaml\n+++ /dev/null\n@@ -1,4 +0,0 @@\n-apiVersion: batch/v1\n");
    expect(r.stderr).toContain("--- a/deploy/kustomization.yaml\n+++ b/deploy/kustomization.yaml\n");
    expect(r.stderr).toContain("-  - job-old.yaml\n+  - job-migrate.yaml\n");
    expect(r.stderr).toContain("Only in deploy: stray (a directory; it would be removed)");
    expect(r.stderr).toContain("hint: run kubejobs render and commit the result");
    expect(snapshot(out)).toEqual(before);
  });

  it("an out dir that does not exist yet: every file to add, and it is not created", () => {
    const dir = project();
    const r = runCli(["render", "jobs/", "--out-dir", "new", "--check"], { cwd: dir, env });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("3 to add");
    expect(r.stderr).toContain("hint: run kubejobs render jobs/ --out-dir new and commit the result");
    expect(readdirSync(dir).sort()).toEqual(["jobs", "kubejobs.config.yaml"]);
  });

  it("--check without an out dir is a usage error", () => {
    const dir = scratch({ "a.kubejobs.yaml": TEMPLATE });
    const r = runCli(["render", "a.kubejobs.yaml", "--check"], { cwd: dir, env });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--out-dir");
  });

  it("an invalid template fails as render does, before any comparison", () => {
    const dir = project();
    const r = runCli(["render", "--check"], { cwd: dir, env: cleanEnv() });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("DB_PASSWORD");
    expect(r.stderr).not.toContain("out of date");
  });
});

describe("render --check never shows a Secret's values", () => {
  function staleSecret(edit: (text: string) => string): { stderr: string; status: number | null } {
    const dir = project();
    expect(runCli(["render"], { cwd: dir, env }).status).toBe(0);
    const file = join(dir, "deploy/secret-db.yaml");
    writeFileSync(file, edit(readFileSync(file, "utf8")));
    return runCli(["render", "--check"], { cwd: dir, env });
  }

  it("a changed value (stringData): the key and 'changed', neither value", () => {
    const r = staleSecret((t) => t.replace(SECRET_VALUE, OLD_VALUE));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("-  password: <hidden>\n+  password: <hidden, changed>\n");
    expect(r.stderr).not.toContain(SECRET_VALUE);
    expect(r.stderr).not.toContain(OLD_VALUE);
    expect(r.stderr).not.toContain("migrator");
  });

  it("a committed Secret written with data (base64): values compared decoded, none shown in any encoding", () => {
    const b64 = (s: string) => Buffer.from(s).toString("base64");
    const r = staleSecret((t) =>
      t.replace(
        /stringData:\n[\s\S]*$/,
        `data:\n  password: ${b64(OLD_VALUE)}\n  user: ${b64("migrator")}\n  extra: ${b64("third-Value-x1")}\n`,
      ),
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("-  extra: <hidden>\n");
    expect(r.stderr).toContain("+  password: <hidden, changed>\n");
    expect(r.stderr).toContain("\n   user: <hidden>\n"); // same value decoded: context, not a change
    for (const value of [SECRET_VALUE, OLD_VALUE, "migrator", "third-Value-x1"]) {
      expect(r.stderr).not.toContain(value);
      expect(r.stderr).not.toContain(b64(value));
    }
  });

  it("a Secret file to remove, and one to add, show keys only", () => {
    const dir = project();
    expect(runCli(["render"], { cwd: dir, env }).status).toBe(0);
    writeFileSync(
      join(dir, "deploy/secret-gone.yaml"),
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: gone\nstringData:\n  token: ${OLD_VALUE}\n`,
    );
    rmSync(join(dir, "deploy/secret-db.yaml"));
    const r = runCli(["render", "--check"], { cwd: dir, env });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("-  token: <hidden>\n");
    expect(r.stderr).toContain("+  password: <hidden>\n");
    expect(r.stderr).not.toContain(OLD_VALUE);
    expect(r.stderr).not.toContain(SECRET_VALUE);
  });

  it("a Secret file that is not readable YAML is hidden whole", () => {
    const r = staleSecret((t) => `${t}\n  : [ ${OLD_VALUE}`);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("<contents hidden: not readable YAML");
    expect(r.stderr).not.toContain(OLD_VALUE);
    expect(r.stderr).not.toContain(SECRET_VALUE);
  });
});
