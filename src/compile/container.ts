import type { Container } from "../template/types.js";
import type { CompileContext } from "./context.js";
import { compileDirs } from "./dirs.js";
import { compileEnv, compileEnvFrom } from "./env.js";
import { compileFiles } from "./files.js";
import type { OriginRecorder } from "./origins.js";
import { compileLifecycle, compileProbe } from "./probes.js";
import { compileResources } from "./resources.js";

export type ContainerGroup = "containers" | "initContainers";

/** One entry of `containers`/`initContainers` → a Kubernetes container, fields in API order. */
export function compileContainer(
  name: string,
  c: Container,
  group: ContainerGroup,
  userVolumes: ReadonlySet<string>,
  ctx: CompileContext,
  rec: OriginRecorder,
): Record<string, unknown> {
  const at = [group, name];
  rec.add([], at);
  rec.add(["name"], at);
  const out: Record<string, unknown> = { name, image: c.image };
  if (c.imagePullPolicy !== undefined) out.imagePullPolicy = c.imagePullPolicy;
  if (c.command !== undefined) out.command = c.command;
  if (c.args !== undefined) out.args = c.args;
  if (c.workingDir !== undefined) out.workingDir = c.workingDir;
  if (c.ports !== undefined) out.ports = c.ports;
  if (c.env !== undefined && Object.keys(c.env).length > 0) {
    rec.add(["env"], [...at, "env"]);
    out.env = compileEnv(c.env, [...at, "env"], ctx, rec.at("env"));
  }
  if (c.envFrom !== undefined && c.envFrom.length > 0) {
    rec.add(["envFrom"], [...at, "envFrom"]);
    out.envFrom = compileEnvFrom(c.envFrom, [...at, "envFrom"], ctx, rec.at("envFrom"));
  }
  if (c.resources !== undefined) {
    rec.add(["resources"], [...at, "resources"]);
    const resources = compileResources(c.resources, [...at, "resources"], rec.at("resources"));
    if (Object.keys(resources).length > 0) out.resources = resources;
  }
  const mounts: Record<string, unknown>[] = [];
  if (c.files !== undefined) compileFiles(c.files, [...at, "files"], ctx, rec.at("volumeMounts"), mounts);
  if (c.dirs !== undefined) compileDirs(c.dirs, userVolumes, [...at, "dirs"], ctx, rec.at("volumeMounts"), mounts);
  if (mounts.length > 0) out.volumeMounts = mounts;
  if (c.livenessCommand !== undefined && c.livenessProbe !== undefined) {
    ctx.error("probe/conflict", [...at, "livenessCommand"], "livenessCommand and livenessProbe both set the liveness probe", "keep one of them");
  }
  const liveness = c.livenessProbe ?? (c.livenessCommand !== undefined ? { exec: c.livenessCommand } : undefined);
  if (liveness !== undefined) {
    const from = c.livenessProbe !== undefined ? "livenessProbe" : "livenessCommand";
    rec.add(["livenessProbe"], [...at, from]);
    out.livenessProbe = compileProbe(liveness, [...at, from], ctx);
  }
  for (const key of ["readinessProbe", "startupProbe"] as const) {
    const probe = c[key];
    if (probe === undefined) continue;
    rec.add([key], [...at, key]);
    out[key] = compileProbe(probe, [...at, key], ctx);
  }
  if (c.lifecycle !== undefined) {
    rec.add(["lifecycle"], [...at, "lifecycle"]);
    out.lifecycle = compileLifecycle(c.lifecycle, [...at, "lifecycle"], ctx);
  }
  if (c.securityContext !== undefined) out.securityContext = c.securityContext;
  if (c.restartPolicy !== undefined) out.restartPolicy = c.restartPolicy;
  if (c.stdin !== undefined) out.stdin = c.stdin;
  if (c.tty !== undefined) out.tty = c.tty;
  if (c.terminationMessagePolicy !== undefined) out.terminationMessagePolicy = c.terminationMessagePolicy;
  return out;
}
