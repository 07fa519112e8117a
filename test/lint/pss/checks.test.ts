// What the pod-security-admission fixtures do not exercise (corpora/pss README): the appArmorProfile
// field, ephemeral containers, csi/ephemeral/image volumes, container_engine_t, a windowsHostProcess
// pass case, the seccomp annotations; plus the version edges of each version-dependent check.
import { describe, expect, it } from "vitest";
import type { PssLevel } from "../../../src/lint/pss/check.js";
import { checksAt, evaluatePodSecurity } from "../../../src/lint/pss/evaluate-pod-security.js";
import { podView } from "../../../src/lint/pss/pod-view.js";

type Json = Record<string, unknown>;

const RESTRICTED_CONTAINER = { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } };

/** The minimal restricted pod of the PSA fixture generator, changed by `tweak`. */
function pod(tweak: (spec: Json, metadata: Json) => void = () => {}): { metadata: Json; spec: Json } {
  const spec: Json = {
    securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
    initContainers: [{ name: "init", image: "pause", securityContext: { ...RESTRICTED_CONTAINER } }],
    containers: [{ name: "main", image: "pause", securityContext: { ...RESTRICTED_CONTAINER } }],
  };
  const metadata: Json = {};
  tweak(spec, metadata);
  return { metadata, spec };
}

function failing(p: { metadata: Json; spec: Json }, level: PssLevel, minor: number): string[] {
  return evaluatePodSecurity(podView(p.metadata, p.spec, ["spec", "template"]), level, minor).map((v) => v.check.id);
}

const main = (spec: Json) => (spec.containers as Json[])[0]!;
const mainContext = (spec: Json) => main(spec).securityContext as Json;

describe("evaluatePodSecurity beyond the fixtures", () => {
  it("the base pod passes both levels at every version", () => {
    for (let minor = 29; minor <= 37; minor++) {
      expect(failing(pod(), "restricted", minor)).toEqual([]);
      expect(failing(pod(), "baseline", minor)).toEqual([]);
    }
  });

  it.each([
    ["pod", (s: Json) => ((s.securityContext as Json).appArmorProfile = { type: "Unconfined" })],
    ["container", (s: Json) => (mainContext(s).appArmorProfile = { type: "Unconfined" })],
  ])("appArmorProfile field Unconfined on the %s fails baseline from 1.30", (_, tweak) => {
    expect(failing(pod(tweak), "baseline", 36)).toEqual(["appArmorProfile"]);
    expect(failing(pod(tweak), "baseline", 30)).toEqual(["appArmorProfile"]);
    expect(failing(pod(tweak), "baseline", 29)).toEqual([]);
  });

  it.each(["RuntimeDefault", "Localhost"])("appArmorProfile field %s passes restricted", (type) => {
    const p = pod((s) => {
      (s.securityContext as Json).appArmorProfile = { type };
      mainContext(s).appArmorProfile = { type };
    });
    expect(failing(p, "restricted", 36)).toEqual([]);
  });

  it("an ephemeral container is checked like any other", () => {
    const p = pod((s) => (s.ephemeralContainers = [{ name: "debug", image: "busybox", securityContext: { privileged: true } }]));
    expect(failing(p, "baseline", 36)).toEqual(["privileged"]);
    const findings = evaluatePodSecurity(podView(p.metadata, p.spec, ["spec", "template"]), "restricted", 36);
    expect(findings.find((v) => v.check.id === "allowPrivilegeEscalation")?.findings.map((f) => f.path)).toEqual([
      ["spec", "template", "spec", "ephemeralContainers", 0, "securityContext", "allowPrivilegeEscalation"],
    ]);
  });

  it.each([
    ["csi", { driver: "inline.example.com" }],
    ["ephemeral", { volumeClaimTemplate: { spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } } } }],
    ["projected", { sources: [] }],
    ["downwardAPI", { items: [] }],
  ])("a %s volume passes restricted", (type, source) => {
    expect(
      failing(
        pod((s) => (s.volumes = [{ name: "v", [type]: source }])),
        "restricted",
        36,
      ),
    ).toEqual([]);
  });

  it("an image volume passes restricted from 1.33, fails before", () => {
    const p = pod((s) => (s.volumes = [{ name: "v", image: { reference: "ghcr.io/acme/data:1" } }]));
    expect(failing(p, "restricted", 33)).toEqual([]);
    expect(failing(p, "restricted", 32)).toEqual(["restrictedVolumes"]);
    expect(failing(p, "baseline", 32)).toEqual([]);
  });

  it("a volume with only a name is an emptyDir; nfs fails restricted but not baseline", () => {
    expect(
      failing(
        pod((s) => (s.volumes = [{ name: "v" }])),
        "restricted",
        36,
      ),
    ).toEqual([]);
    const nfs = pod((s) => (s.volumes = [{ name: "v", nfs: { server: "n", path: "/" } }]));
    expect(failing(nfs, "restricted", 36)).toEqual(["restrictedVolumes"]);
    expect(failing(nfs, "baseline", 36)).toEqual([]);
  });

  it("SELinux container_engine_t is allowed from 1.31", () => {
    const p = pod((s) => (mainContext(s).seLinuxOptions = { type: "container_engine_t" }));
    expect(failing(p, "baseline", 31)).toEqual([]);
    expect(failing(p, "baseline", 30)).toEqual(["seLinuxOptions"]);
    expect(
      failing(
        pod((s) => ((s.securityContext as Json).seLinuxOptions = { level: "s0:c123,c456" })),
        "restricted",
        36,
      ),
    ).toEqual([]);
  });

  it("windowsOptions.hostProcess: false passes; true on a container fails", () => {
    expect(
      failing(
        pod((s) => (mainContext(s).windowsOptions = { hostProcess: false })),
        "baseline",
        36,
      ),
    ).toEqual([]);
    expect(
      failing(
        pod((s) => (mainContext(s).windowsOptions = { hostProcess: true })),
        "baseline",
        36,
      ),
    ).toEqual(["windowsHostProcess"]);
  });

  it("seccomp annotations are not read from 1.19 on; the field is", () => {
    const annotated = pod((s, m) => {
      m.annotations = {
        "seccomp.security.alpha.kubernetes.io/pod": "unconfined",
        "container.seccomp.security.alpha.kubernetes.io/main": "unconfined",
      };
    });
    expect(failing(annotated, "restricted", 36)).toEqual([]);
  });

  it("Windows pods skip the Linux-only restricted checks", () => {
    const p = pod((s) => {
      s.os = { name: "windows" };
      s.securityContext = { runAsNonRoot: true };
      for (const c of [...(s.containers as Json[]), ...(s.initContainers as Json[])]) c.securityContext = {};
    });
    expect(failing(p, "restricted", 36)).toEqual([]);
    expect(
      failing(
        pod((s) => (s.securityContext = { runAsNonRoot: true })),
        "restricted",
        36,
      ),
    ).toEqual(["seccompProfile_restricted"]);
  });

  it("hostUsers: false relaxes runAsNonRoot and runAsUser from 1.35 only", () => {
    const p = pod((s) => {
      s.hostUsers = false;
      s.securityContext = { runAsUser: 0, seccompProfile: { type: "RuntimeDefault" } };
    });
    expect(failing(p, "restricted", 35)).toEqual([]);
    expect(failing(p, "restricted", 34)).toEqual(["runAsNonRoot", "runAsUser"]);
  });

  it("a probe host fails baseline from 1.34", () => {
    const p = pod((s) => (main(s).readinessProbe = { tcpSocket: { host: "::1", port: 80 } }));
    expect(failing(p, "baseline", 34)).toEqual(["hostProbesAndHostLifecycle"]);
    expect(failing(p, "baseline", 33)).toEqual([]);
  });

  it("restricted replaces the baseline checks it overrides, at their versions", () => {
    const ids = (level: PssLevel, minor: number) => checksAt(level, minor).map((c) => c.id);
    expect(ids("restricted", 36)).not.toContain("procMount");
    expect(ids("restricted", 34)).toContain("procMount");
    expect(ids("restricted", 36)).not.toContain("hostPathVolumes");
    expect(ids("baseline", 36)).toHaveLength(12);
    expect(ids("restricted", 36)).toHaveLength(15);
    expect(ids("baseline", 33)).not.toContain("hostProbesAndHostLifecycle");
  });
});
