// The Argo CD Config Management Plugin: its generate command (read from plugin.yaml) run in an
// application directory with the environment Argo CD gives it, and the sidecar patch applied to an
// argocd-repo-server Deployment by kubectl's kustomize.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { glob } from "tinyglobby";
import { argocdDefaults } from "../../src/integrations/argocd-env.js";
import { ROOT } from "../helpers/cli.js";
import { BAD_JOB, GOOD_JOB, scratch, skipReason, which } from "./helpers.js";

const PLUGIN = parse(readFileSync(join(ROOT, "integrations/argocd/plugin.yaml"), "utf8"));
const kubectl = which("kubectl");
if (kubectl === undefined) skipReason("Argo CD sidecar patch", "kubectl is not installed (not in Debian's archive)");

/** A PATH where `kubejobs` is this build, as `npm install -g kubejobs` makes it in the sidecar image. */
function binDir(): string {
  const dir = scratch({}, "kubejobs-bin-");
  mkdirSync(join(dir, "bin"));
  symlinkSync(join(ROOT, "dist/cli.js"), join(dir, "bin/kubejobs"));
  return join(dir, "bin");
}
const BIN = binDir();

const ARGO_ENV = {
  ARGOCD_APP_NAME: "nightly-jobs",
  ARGOCD_APP_NAMESPACE: "reports",
  ARGOCD_APP_REVISION: "f913b6cbf58aa5ae5ca1f8a2b149477aebcbd9d8",
  KUBE_VERSION: "v1.33.4",
  KUBE_API_VERSIONS: "v1,batch/v1",
};

/** Runs spec.generate exactly as the CMP server does: command + args, in the app's directory. */
function generate(appDir: string, env: Record<string, string>) {
  const [command, ...args] = [...PLUGIN.spec.generate.command, ...(PLUGIN.spec.generate.args ?? [])] as string[];
  const r = spawnSync(command!, args, { cwd: appDir, encoding: "utf8", env: { PATH: `${BIN}:${process.env.PATH}`, HOME: appDir, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const WITH_SECRET = `kind: Job
name: report
containers:
  main:
    image: ghcr.io/acme/report:1.4.2
    env: { TOKEN: secret://report-api/token }
secrets:
  report-api:
    type: opaque
    data: { token: { fromEnv: REPORT_API_TOKEN } }
`;

describe("Argo CD plugin.yaml", () => {
  it("is a ConfigManagementPlugin whose generate command renders the directory and whose discovery finds templates", async () => {
    expect(PLUGIN).toMatchObject({ apiVersion: "argoproj.io/v1alpha1", kind: "ConfigManagementPlugin", metadata: { name: "kubejobs" } });
    expect(PLUGIN.spec.generate.command).toEqual(["kubejobs", "render", "."]);
    const dir = scratch({ "jobs/report.kubejobs.yaml": GOOD_JOB, "jobs/shards.kubejobs.ts": "export default {}", "README.md": "" });
    expect((await glob(PLUGIN.spec.discover.find.glob, { cwd: dir })).sort()).toEqual([
      "jobs/report.kubejobs.yaml",
      "jobs/shards.kubejobs.ts",
    ]);
  });

  it("valid templates: manifests on stdout, exit 0, with Argo CD's namespace and ARGOCD_ENV_ variables", () => {
    const app = scratch({ "report.kubejobs.yaml": WITH_SECRET });
    const r = generate(app, { ...ARGO_ENV, ARGOCD_ENV_REPORT_API_TOKEN: "tok-from-app" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    const objects = parseAllDocuments(r.stdout).map((d) => d.toJS());
    expect(objects.map((o) => [o.kind, o.metadata.namespace])).toEqual([
      ["Secret", "reports"],
      ["Job", "reports"],
    ]);
    expect(objects[0].stringData).toEqual({ token: "tok-from-app" });
  });

  it("the sidecar's own variable comes before the Application's", () => {
    const app = scratch({ "report.kubejobs.yaml": WITH_SECRET });
    const r = generate(app, { ...ARGO_ENV, REPORT_API_TOKEN: "from-sidecar", ARGOCD_ENV_REPORT_API_TOKEN: "from-app" });
    expect(parseAllDocuments(r.stdout)[0]!.toJS().stringData).toEqual({ token: "from-sidecar" });
  });

  it("KUBE_VERSION is the target: a field the cluster's version does not know fails there", () => {
    // Job spec.managedBy is in the 1.33 API, not in 1.29's.
    const app = scratch({ "a.kubejobs.yaml": `${GOOD_JOB}managedBy: example.com/queue\n` });
    expect(generate(app, { ...ARGO_ENV, KUBE_VERSION: "v1.33.4" }).status).toBe(0);
    const old = generate(app, { ...ARGO_ENV, KUBE_VERSION: "1.29" });
    expect(old.status).not.toBe(0);
    expect(old.stdout).toBe("");
    expect(old.stderr).toMatch(/managedBy/);
  });

  it.each([
    ["an invalid template", { "report.kubejobs.yaml": BAD_JOB }, ARGO_ENV, /container\/image-required/],
    ["a missing fromEnv variable", { "report.kubejobs.yaml": WITH_SECRET }, ARGO_ENV, /REPORT_API_TOKEN/],
    ["a directory without templates", { "notes.txt": "" }, ARGO_ENV, /./],
    [
      "a cluster older than any bundled schema",
      { "report.kubejobs.yaml": GOOD_JOB },
      { ...ARGO_ENV, KUBE_VERSION: "v1.25.0" },
      /argocd\/kube-version/,
    ],
  ])("%s: non-zero exit AND empty stdout (an empty stream with exit 0 makes Argo CD prune the app)", (_what, files, env, message) => {
    const r = generate(scratch(files), env);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  it("a cluster newer than the bundled schemas renders against the newest, with a warning", () => {
    const r = generate(scratch({ "report.kubejobs.yaml": GOOD_JOB }), { ...ARGO_ENV, KUBE_VERSION: "v1.99.0" });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("argocd/kube-version");
    expect(parseAllDocuments(r.stdout)).toHaveLength(1);
  });
});

describe("argocdDefaults", () => {
  it("does nothing outside Argo CD", () => {
    expect(argocdDefaults({ KUBE_VERSION: "1.30", ARGOCD_ENV_X: "1" })).toBeUndefined();
  });

  it.each([
    ["v1.33.4", "1.33"],
    ["1.33", "1.33"],
    ["v1.31.0+k3s1", "1.31"],
  ])("KUBE_VERSION %s → %s", (value, minor) => {
    expect(argocdDefaults({ ARGOCD_APP_NAME: "a", KUBE_VERSION: value })).toMatchObject({ kubeVersion: minor, diagnostics: [] });
  });

  it("unprefixes ARGOCD_ENV_ variables without overriding the sidecar's", () => {
    const d = argocdDefaults({ ARGOCD_APP_NAME: "a", ARGOCD_ENV_A: "app", ARGOCD_ENV_B: "app", B: "sidecar", ARGOCD_ENV_: "x" })!;
    expect([d.env.A, d.env.B, d.env[""]]).toEqual(["app", "sidecar", undefined]);
  });

  it("names a KUBE_VERSION it cannot read", () => {
    expect(argocdDefaults({ ARGOCD_APP_NAME: "a", KUBE_VERSION: "latest" })!.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["argocd/kube-version", "warning"],
    ]);
  });
});

describe.skipIf(kubectl === undefined)("the argocd-repo-server sidecar patch (kubectl kustomize)", () => {
  it("adds the kubejobs sidecar running argocd-cmp-server as 999 with plugin.yaml mounted where Argo CD reads it", () => {
    const own = (name: string) => readFileSync(join(ROOT, "integrations/argocd", name), "utf8");
    // The shipped kustomization, with Argo CD's install manifest (remote) replaced by its repo-server Deployment's shape.
    const kustomization = own("kustomization.yaml").replace(/- https:\/\/\S+install\.yaml/, "- repo-server.yaml");
    const dir = scratch({
      "kustomization.yaml": kustomization,
      "plugin.yaml": own("plugin.yaml"),
      "repo-server-patch.yaml": own("repo-server-patch.yaml"),
      "repo-server.yaml": `apiVersion: apps/v1
kind: Deployment
metadata: { name: argocd-repo-server }
spec:
  selector: { matchLabels: { app.kubernetes.io/name: argocd-repo-server } }
  template:
    metadata: { labels: { app.kubernetes.io/name: argocd-repo-server } }
    spec:
      initContainers:
        - { name: copyutil, image: quay.io/argoproj/argocd:v2.14.2, command: [/bin/cp, -n, /usr/local/bin/argocd, /var/run/argocd/argocd-cmp-server], volumeMounts: [{ name: var-files, mountPath: /var/run/argocd }] }
      containers:
        - { name: argocd-repo-server, image: quay.io/argoproj/argocd:v2.14.2, volumeMounts: [{ name: plugins, mountPath: /home/argocd/cmp-server/plugins }, { name: tmp, mountPath: /tmp }] }
      volumes:
        - { name: var-files, emptyDir: {} }
        - { name: plugins, emptyDir: {} }
        - { name: tmp, emptyDir: {} }
`,
    });
    const r = spawnSync(kubectl!, ["kustomize", dir], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const objects = parseAllDocuments(r.stdout).map((d) => d.toJS());
    const config = objects.find((o) => o.kind === "ConfigMap");
    expect(config.metadata).toMatchObject({ name: "kubejobs-cmp", namespace: "argocd" });
    expect(parse(config.data["plugin.yaml"])).toEqual(PLUGIN);
    const pod = objects.find((o) => o.kind === "Deployment").spec.template.spec;
    expect(pod.containers.map((c: { name: string }) => c.name).sort()).toEqual(["argocd-repo-server", "kubejobs"]);
    const sidecar = pod.containers.find((c: { name: string }) => c.name === "kubejobs");
    expect(sidecar.command).toEqual(["/var/run/argocd/argocd-cmp-server"]);
    expect(sidecar.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 999 });
    const mounts = Object.fromEntries(sidecar.volumeMounts.map((m: { mountPath: string; name: string }) => [m.mountPath, m]));
    expect(mounts["/home/argocd/cmp-server/config/plugin.yaml"]).toMatchObject({ name: "kubejobs-cmp", subPath: "plugin.yaml" });
    expect(mounts["/var/run/argocd"].name).toBe("var-files");
    expect(mounts["/home/argocd/cmp-server/plugins"].name).toBe("plugins");
    expect(mounts["/tmp"].name).not.toBe("tmp"); // not the repo-server's /tmp
    const volumes = pod.volumes.map((v: { name: string }) => v.name);
    for (const m of sidecar.volumeMounts) expect(volumes).toContain(m.name);
  });
});
