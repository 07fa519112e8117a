import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

// The published package, as a user gets it: `npm pack`, installed into an empty project,
// must give a working `npx kubejobs render` on a TS template that imports "kubejobs", and
// types that make `tsc --noEmit` pass on it (and fail on a wrong field).
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
    const r = spawnSync(process.execPath, [TSC, "-p", "."], { cwd: project, encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain("cleanupAfterSecs");
  });
});
