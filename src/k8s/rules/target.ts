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

const JOB_SPEC_PATH: Path = ["spec"];
const CRON_JOB_SPEC_PATH: Path = ["spec", "jobTemplate", "spec"];

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
  const podMetaPath: Path = [...jobSpecPath, "template", "metadata"];
  const podSpecPath: Path = [...jobSpecPath, "template", "spec"];
  const containers: ContainerRef[] = [];
  if (podSpec) {
    const inits = asArray(podSpec.initContainers);
    for (let i = 0; i < inits.length; i++) {
      const c = asRecord(inits[i]);
      if (c)
        containers.push({
          container: CONTAINER_SHAPE.of(c),
          path: [...podSpecPath, "initContainers", i],
          init: true,
          sidecar: c.restartPolicy === "Always",
        });
    }
    const mains = asArray(podSpec.containers);
    for (let i = 0; i < mains.length; i++) {
      const c = asRecord(mains[i]);
      if (c) containers.push({ container: CONTAINER_SHAPE.of(c), path: [...podSpecPath, "containers", i], init: false, sidecar: false });
    }
  }
  return { obj, kind, metadata, jobSpec, jobSpecPath, podMeta, podMetaPath, podSpec, podSpecPath, containers };
}

/** Whether the object carries a pod template (Job or CronJob). */
export function hasPod(t: Target): t is Target & { podSpec: Json } {
  return t.podSpec !== undefined;
}
