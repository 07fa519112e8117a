import type { Path } from "../diagnostic.js";
import type { Container, Probe } from "../template/types.js";
import type { CompileContext } from "./context.js";
import { compileDirs } from "./dirs.js";
import { compileEnv, compileEnvFrom } from "./env.js";
import { compileFiles } from "./files.js";
import type { OriginRecorder } from "./origins.js";
import { compileLifecycle, compileProbe } from "./probes.js";
import { compileResources } from "./resources.js";
import { hasKeys } from "./records.js";
import type { RestrictedSecurity } from "./restricted.js";

export type ContainerGroup = "containers" | "initContainers";

/** Kubernetes handler word → the template's (`httpGet` was written as an `http://` URL). */
const HANDLER_WORDS: Record<string, string> = { exec: "exec", httpGet: "http", tcpSocket: "tcp", sleep: "sleep" };

function recordHandler(compiled: Record<string, unknown>, at: (string | number)[], rec: OriginRecorder): void {
  for (const [k8s, word] of Object.entries(HANDLER_WORDS)) if (compiled[k8s] !== undefined) rec.translated([k8s], [...at, word]);
}

/** One entry of `containers`/`initContainers` → a Kubernetes container, fields in API order. */
export function compileContainer(
  name: string,
  c: Container,
  group: ContainerGroup,
  userVolumes: ReadonlySet<string>,
  ctx: CompileContext,
  rec: OriginRecorder | undefined,
  restricted?: RestrictedSecurity,
): Record<string, unknown> {
  const at = [group, name];
  rec?.add([], at);
  rec?.key(["name"], at);
  const out: Record<string, unknown> = { name, image: c.image };
  if (c.imagePullPolicy !== undefined) out.imagePullPolicy = c.imagePullPolicy;
  if (c.command !== undefined) out.command = c.command;
  if (c.args !== undefined) out.args = c.args;
  if (c.workingDir !== undefined) out.workingDir = c.workingDir;
  if (c.ports !== undefined) out.ports = c.ports;
  if (c.env !== undefined) {
    // Compiled first, then looked at: cheaper than asking the record whether it has keys.
    const env = compileEnv(c.env, [group, name, "env"], ctx, rec?.at("env"));
    if (env.length > 0 || hasKeys(c.env)) {
      rec?.add(["env"], [group, name, "env"]);
      out.env = env;
    }
  }
  if (c.envFrom !== undefined && c.envFrom.length > 0) {
    rec?.add(["envFrom"], [group, name, "envFrom"]);
    out.envFrom = compileEnvFrom(c.envFrom, [group, name, "envFrom"], ctx, rec?.at("envFrom"));
  }
  if (c.resources !== undefined) {
    rec?.add(["resources"], [group, name, "resources"]);
    const resources = compileResources(c.resources, [group, name, "resources"], rec?.at("resources"));
    if (hasKeys(resources)) out.resources = resources;
  }
  const mounts: Record<string, unknown>[] = [];
  if (c.files !== undefined) compileFiles(c.files, [group, name, "files"], ctx, rec?.at("volumeMounts"), mounts);
  if (c.dirs !== undefined) compileDirs(c.dirs, userVolumes, [group, name, "dirs"], ctx, rec?.at("volumeMounts"), mounts);
  if (mounts.length > 0) out.volumeMounts = mounts;
  if (c.livenessCommand !== undefined && c.livenessProbe !== undefined) {
    ctx.error(
      "probe/conflict",
      [...at, "livenessCommand"],
      "livenessCommand and livenessProbe both set the liveness probe",
      "keep one of them",
    );
  }
  const liveness = c.livenessProbe ?? (c.livenessCommand !== undefined ? { exec: c.livenessCommand } : undefined);
  if (liveness !== undefined) {
    const from = c.livenessProbe !== undefined ? "livenessProbe" : "livenessCommand";
    rec?.add(["livenessProbe"], [...at, from]);
    out.livenessProbe = compileProbe(liveness, [group, name, from], ctx);
    if (from === "livenessCommand") rec?.translated(["livenessProbe"], [...at, from]);
    else if (rec !== undefined) recordHandler(out.livenessProbe as Record<string, unknown>, [...at, from], rec.at("livenessProbe"));
  }
  if (c.readinessProbe !== undefined) addProbe(out, "readinessProbe", c.readinessProbe, at, ctx, rec);
  if (c.startupProbe !== undefined) addProbe(out, "startupProbe", c.startupProbe, at, ctx, rec);
  if (c.lifecycle !== undefined) {
    rec?.add(["lifecycle"], [group, name, "lifecycle"]);
    const lifecycle = compileLifecycle(c.lifecycle, [group, name, "lifecycle"], ctx);
    for (const hook of ["postStart", "preStop"] as const) {
      if (lifecycle[hook] !== undefined && rec !== undefined)
        recordHandler(lifecycle[hook] as Record<string, unknown>, [...at, "lifecycle", hook], rec.at("lifecycle", hook));
    }
    out.lifecycle = lifecycle;
  }
  const securityContext = restricted === undefined ? c.securityContext : restricted.container(c.securityContext);
  if (securityContext !== undefined) out.securityContext = securityContext;
  if (c.restartPolicy !== undefined) out.restartPolicy = c.restartPolicy;
  if (c.stdin !== undefined) out.stdin = c.stdin;
  if (c.tty !== undefined) out.tty = c.tty;
  if (c.terminationMessagePolicy !== undefined) out.terminationMessagePolicy = c.terminationMessagePolicy;
  return out;
}

function addProbe(
  out: Record<string, unknown>,
  key: "readinessProbe" | "startupProbe",
  probe: Probe,
  at: Path,
  ctx: CompileContext,
  rec: OriginRecorder | undefined,
): void {
  rec?.add([key], [...at, key]);
  out[key] = compileProbe(probe, [...at, key], ctx);
  if (rec !== undefined) recordHandler(out[key] as Record<string, unknown>, [...at, key], rec.at(key));
}
