import type { Container, JobFields } from "../template/types.js";
import { compileContainer, type ContainerGroup } from "./container.js";
import type { CompileContext } from "./context.js";
import { recordLabels, podLabels } from "./metadata.js";
import { restrictedSecurity, type RestrictedSecurity } from "./restricted.js";
import type { OriginRecorder } from "./origins.js";
import { sortKeys, hasKeys } from "./records.js";

/** Pod-spec fields a template passes through unchanged, in the order we write them. */
const PASS_THROUGH = [
  "nodeSelector",
  "affinity",
  "tolerations",
  "topologySpreadConstraints",
  "priorityClassName",
  "preemptionPolicy",
  "runtimeClassName",
  "schedulerName",
  "schedulingGates",
  "readinessGates",
  "terminationGracePeriodSeconds",
  "automountServiceAccountToken",
  "enableServiceLinks",
  "shareProcessNamespace",
  "hostNetwork",
  "hostPID",
  "hostIPC",
  "hostUsers",
  "hostname",
  "subdomain",
  "hostAliases",
  "dnsPolicy",
  "dnsConfig",
  "os",
  "resourceClaims",
] as const satisfies readonly (keyof JobFields)[];

/** The pod template (`metadata` + `spec`) of the Job. */
export function compilePodTemplate(t: JobFields, ctx: CompileContext, rec: OriginRecorder | undefined): Record<string, unknown> {
  const metadata: Record<string, unknown> = { labels: podLabels(t) };
  recordLabels(rec?.at("metadata"), "labels", t.labels, t.podLabels);
  if (t.podAnnotations !== undefined && hasKeys(t.podAnnotations)) {
    metadata.annotations = sortKeys(t.podAnnotations);
    rec?.add(["metadata", "annotations"], ["podAnnotations"]);
  }
  return { metadata, spec: compilePodSpec(t, ctx, rec?.at("spec")) };
}

function compilePodSpec(t: JobFields, ctx: CompileContext, rec: OriginRecorder | undefined): Record<string, unknown> {
  const spec: Record<string, unknown> = {};
  // Pod fields the template passes through keep their names, present or not (`dnsConfig` missing for dnsPolicy None).
  rec?.add([], []);
  rec?.add(["restartPolicy"], ["restartPolicy"]);
  spec.restartPolicy = t.restartPolicy ?? "Never";
  if (t.serviceAccount !== undefined) {
    rec?.add(["serviceAccountName"], ["serviceAccount"]);
    spec.serviceAccountName = t.serviceAccount;
  }
  if (t.imagePullSecrets !== undefined && t.imagePullSecrets.length > 0) {
    rec?.add(["imagePullSecrets"], ["imagePullSecrets"]);
    t.imagePullSecrets.forEach((_, i) => rec?.translated(["imagePullSecrets", i], ["imagePullSecrets", i]));
    spec.imagePullSecrets = t.imagePullSecrets.map((name) => ({ name }));
  }
  for (const key of PASS_THROUGH) {
    if (t[key] === undefined) continue;
    rec?.add([key], [key]);
    spec[key] = t[key];
  }
  // Last of the pass-through fields, as the API orders them; `restricted` expands to the settings.
  const restricted = restrictedSecurity(t);
  if (restricted !== undefined) {
    rec?.translated(["securityContext"], ["securityContext"]);
    spec.securityContext = restricted.pod();
  } else if (t.securityContext !== undefined) {
    rec?.add(["securityContext"], ["securityContext"]);
    spec.securityContext = t.securityContext;
  }
  const userVolumes = new Set(Object.keys(t.volumes ?? {}));
  if (t.initContainers !== undefined && hasKeys(t.initContainers)) {
    spec.initContainers = containers(t.initContainers, "initContainers", userVolumes, ctx, rec, restricted);
  }
  spec.containers = containers(t.containers, "containers", userVolumes, ctx, rec, restricted);
  const volumes: Record<string, unknown>[] = [];
  for (const name in t.volumes) {
    const source = t.volumes[name]!;
    rec?.add(["volumes", volumes.length], ["volumes", name]);
    rec?.key(["volumes", volumes.length, "name"], ["volumes", name]);
    volumes.push({ name, ...source });
  }
  for (const generated of ctx.volumes.values()) {
    rec?.translated(["volumes", volumes.length], generated.templatePath);
    volumes.push(generated.volume);
  }
  if (volumes.length > 0) spec.volumes = volumes;
  return spec;
}

function containers(
  map: Record<string, Container>,
  group: ContainerGroup,
  userVolumes: ReadonlySet<string>,
  ctx: CompileContext,
  rec: OriginRecorder | undefined,
  restricted: RestrictedSecurity | undefined,
): Record<string, unknown>[] {
  rec?.add([group], [group]);
  const out: Record<string, unknown>[] = [];
  for (const name in map) out.push(compileContainer(name, map[name]!, group, userVolumes, ctx, rec?.at(group, out.length), restricted));
  return out;
}
