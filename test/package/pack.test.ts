import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

// The published package, as a user gets it: `npm pack`, installed into an empty project,
// must give a working `npx kubejobs render` on a TS template that imports "kubejobs", types
// that make `tsc --noEmit` pass on it (and fail on a wrong field, or a probe with two actions),
// and the template schema at its stable path.
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
let project = "";

const TEMPLATE = `import { scheduledJob } from "kubejobs";

export default scheduledJob({
  name: "packed",
  schedule: "0 3 * * *",
  timeZone: "Europe/Berlin",
  containers: { main: { image: "busybox:1.36", resources: { cpu: "100m-1" }, env: { A: "secret://s/k" } } },
  cleanupAfterSeconds: 60,
});
`;

const TSCONFIG = JSON.stringify({
  compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, noEmit: true, types: [] },
  include: ["*.ts"],
});

describe("npm pack → install → use", () => {
  beforeAll(() => {
    const packDir = mkdtempSync(join(tmpdir(), "kj-pack-"));
    execFileSync("npm", ["pack", "--pack-destination", packDir, "--silent"], { cwd: ROOT, stdio: "pipe" });
    const tarball = readdirSync(packDir).find((f) => f.endsWith(".tgz"))!;
    project = mkdtempSync(join(tmpdir(), "kj-user-"));
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user-project", private: true, type: "module" }));
    execFileSync("npm", ["install", join(packDir, tarball), "--no-audit", "--no-fund", "--prefer-offline", "--silent"], {
      cwd: project,
      stdio: "pipe",
    });
    writeFileSync(join(project, "packed.kubejobs.ts"), TEMPLATE);
    writeFileSync(join(project, "tsconfig.json"), TSCONFIG);
  }, 240_000);

  it("npx kubejobs render works on a TS template importing kubejobs", () => {
    const r = spawnSync("npx", ["--no-install", "kubejobs", "render", "packed.kubejobs.ts"], { cwd: project, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("kind: CronJob");
    expect(r.stdout).toContain("timeZone: Europe/Berlin");
  });

  it("its types make tsc --noEmit pass on that template", () => {
    const r = spawnSync(process.execPath, [TSC, "-p", "."], { cwd: project, encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("and fail on a wrong field", () => {
    writeFileSync(
      join(project, "wrong.ts"),
      TEMPLATE.replace("cleanupAfterSeconds: 60", "cleanupAfterSecs: 60").replace("packed", "wrong"),
    );
    try {
      const r = spawnSync(process.execPath, [TSC, "-p", "."], { cwd: project, encoding: "utf8" });
      expect(r.status).not.toBe(0);
      expect(r.stdout).toContain("cleanupAfterSecs");
    } finally {
      rmSync(join(project, "wrong.ts"));
    }
  });

  it("and fail on a probe with both exec and http (a probe is exec or http or tcp), as the schema does", () => {
    const probe = 'livenessProbe: { exec: ["pg_isready"], http: "http://localhost:8080/healthz" }';
    writeFileSync(join(project, "probe.ts"), TEMPLATE.replace('image: "busybox:1.36",', `image: "busybox:1.36", ${probe},`));
    try {
      const r = spawnSync(process.execPath, [TSC, "-p", "."], { cwd: project, encoding: "utf8" });
      expect(r.status).not.toBe(0);
      // The second action is the error: `http?: never` on the exec form.
      const line = TEMPLATE.split("\n").findIndex((l) => l.includes("busybox:1.36")) + 1;
      const column =
        TEMPLATE.split("\n")[line - 1]!.replace('image: "busybox:1.36",', `image: "busybox:1.36", ${probe},`).indexOf("http:") + 1;
      expect(r.stdout).toContain(`probe.ts(${line},${column}): error TS2322: Type 'string' is not assignable to type 'undefined'.`);
      // One action at a time type-checks.
      writeFileSync(
        join(project, "probe.ts"),
        TEMPLATE.replace('image: "busybox:1.36",', 'image: "busybox:1.36", livenessProbe: { exec: ["pg_isready"] },'),
      );
      expect(spawnSync(process.execPath, [TSC, "-p", "."], { cwd: project, encoding: "utf8" }).status).toBe(0);
    } finally {
      rmSync(join(project, "probe.ts"));
    }
  });

  it("ships the template schema as kubejobs/schema.json, the same as `kubejobs schema` prints", () => {
    const r = spawnSync(
      process.execPath,
      ["-e", 'process.stdout.write(require("fs").readFileSync(require.resolve("kubejobs/schema.json"), "utf8"))'],
      {
        cwd: project,
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(readFileSync(join(ROOT, "src/template/generated/template.schema.json"), "utf8"));
    const printed = spawnSync("npx", ["--no-install", "kubejobs", "schema"], { cwd: project, encoding: "utf8" });
    expect(printed.stdout).toBe(r.stdout);
  });
});
