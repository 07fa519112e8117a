// Where the parts of an object live: rules ask the target instead of re-walking the manifest.
// A Job's pod template is spec.template; a CronJob's is spec.jobTemplate.spec.template.
import type { Path } from "../../diagnostic.js";
import { FixedShape } from "../fixed-shape.js";
import type { K8sObject } from "../types.js";
import { asArray, asRecord, type Json } from "./util.js";

export interface ContainerRef {
  container: Json;
  /** Path of the container object itself: [...podSpecPath, 'containers', 0]. */
  path: Path;
  init: boolean;
  /** An init container with restartPolicy Always: a native sidecar. */
  sidecar: boolean;
}

export interface Target {
  obj: K8sObject;
  kind: string;
  metadata: Json | undefined;
  /** Job spec (Job: spec; CronJob: spec.jobTemplate.spec). */
  jobSpec: Json | undefined;
  jobSpecPath: Path;
  podMeta: Json | undefined;
  podMetaPath: Path;
  podSpec: Json | undefined;
  podSpecPath: Path;
  /** Init containers first, then containers, as Kubernetes validates them. */
  containers: ContainerRef[];
}

// Rules ask each container for about fifteen optional fields by name: they see each container as
// a copy in one fixed shape (../fixed-shape.ts), every Container field in API order. Rules only read
// fields by name, so they cannot tell the copy from the original; paths in diagnostics come from
// `ContainerRef.path`, never from the object.
const CONTAINER_SHAPE = new FixedShape([
  "name",
  "image",
  "command",
  "args",
  "workingDir",
  "ports",
  "envFrom",
  "env",
  "resources",
  "resizePolicy",
  "restartPolicy",
  "restartPolicyRules",
  "volumeMounts",
  "volumeDevices",
  "livenessProbe",
  "readinessProbe",
  "startupProbe",
  "lifecycle",
  "terminationMessagePath",
  "terminationMessagePolicy",
  "imagePullPolicy",
  "securityContext",
  "stdin",
  "stdinOnce",
  "tty",
]);

// Paths are shared, never changed (rules and their callers copy a path to extend it): built once.
const JOB_SPEC_PATH: Path = ["spec"];
const CRON_JOB_SPEC_PATH: Path = ["spec", "jobTemplate", "spec"];
const PATHS = {
  job: { podMeta: [...JOB_SPEC_PATH, "template", "metadata"], podSpec: [...JOB_SPEC_PATH, "template", "spec"] },
  cronJob: { podMeta: [...CRON_JOB_SPEC_PATH, "template", "metadata"], podSpec: [...CRON_JOB_SPEC_PATH, "template", "spec"] },
};
/** `[...podSpecPath, group, i]`, remembered for the first few containers of each group. */
const CONTAINER_PATHS = new Map<Path, { containers: Path[]; initContainers: Path[] }>();

function containerPath(podSpecPath: Path, group: "containers" | "initContainers", i: number): Path {
  if (i >= 16) return [...podSpecPath, group, i];
  let paths = CONTAINER_PATHS.get(podSpecPath);
  if (paths === undefined) CONTAINER_PATHS.set(podSpecPath, (paths = { containers: [], initContainers: [] }));
  return (paths[group][i] ??= [...podSpecPath, group, i]);
}

export function toTarget(obj: K8sObject): Target {
  const kind = typeof obj.kind === "string" ? obj.kind : "";
  const metadata = asRecord(obj.metadata);
  let jobSpec: Json | undefined;
  let jobSpecPath: Path = JOB_SPEC_PATH;
  if (kind === "Job") {
    jobSpec = asRecord(obj.spec);
  } else if (kind === "CronJob") {
    jobSpec = asRecord(asRecord(asRecord(obj.spec)?.jobTemplate)?.spec);
    jobSpecPath = CRON_JOB_SPEC_PATH;
  }
  const template = asRecord(jobSpec?.template);
  const podMeta = asRecord(template?.metadata);
  const podSpec = asRecord(template?.spec);
  const paths = jobSpecPath === JOB_SPEC_PATH ? PATHS.job : PATHS.cronJob;
  const podMetaPath = paths.podMeta;
  const podSpecPath = paths.podSpec;
  const containers: ContainerRef[] = [];
  if (podSpec) {
    const inits = asArray(podSpec.initContainers);
    for (let i = 0; i < inits.length; i++) {
      const c = asRecord(inits[i]);
      if (c)
        containers.push({
          container: CONTAINER_SHAPE.of(c),
          path: containerPath(podSpecPath, "initContainers", i),
          init: true,
          sidecar: c.restartPolicy === "Always",
        });
    }
    const mains = asArray(podSpec.containers);
    for (let i = 0; i < mains.length; i++) {
      const c = asRecord(mains[i]);
      if (c)
        containers.push({
          container: CONTAINER_SHAPE.of(c),
          path: containerPath(podSpecPath, "containers", i),
          init: false,
          sidecar: false,
        });
    }
  }
  return { obj, kind, metadata, jobSpec, jobSpecPath, podMeta, podMetaPath, podSpec, podSpecPath, containers };
}

/** Whether the object carries a pod template (Job or CronJob). */
export function hasPod(t: Target): t is Target & { podSpec: Json } {
  return t.podSpec !== undefined;
}
