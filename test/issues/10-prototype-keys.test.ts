// Issue 10, case 5: lookup tables indexed by user-controlled keys found Object.prototype members:
// `nodeSelector: {constructor: x}` warned `node label "constructor" is function Object() {...}`.
// Every place a user's key or word meets a table is swept with each Object.prototype name: the
// diagnostics must be those of an ordinary name of the same shape, and no message may show code.
import { describe, expect, it } from "vitest";
import { checkTemplate } from "../../src/check/check-template.js";
import { validateManifests } from "../../src/api.js";
import { validateSchedule } from "../../src/schedule/index.js";
import { runCli } from "../helpers/cli.js";
import { cronJob } from "../k8s/fixtures.js";

const NAMES = Object.getOwnPropertyNames(Object.prototype).filter((n) => n !== "__proto__");
/** The same shape, no special meaning: letters become q (keeping case), the rest stays. */
const ordinary = (name: string) => name.replace(/[a-z]/g, "q").replace(/[A-Z]/g, "Q");

/** One template per place a key is written, so that a problem in one place hides nothing in another. */
const PLACES: Record<string, (key: string) => Record<string, unknown>> = {
  labels: (key) => ({ labels: { [key]: "x" } }),
  annotations: (key) => ({ annotations: { [key]: "x" } }),
  podLabels: (key) => ({ podLabels: { [key]: "x" } }),
  podAnnotations: (key) => ({ podAnnotations: { [key]: "x" } }),
  nodeSelector: (key) => ({ nodeSelector: { [key]: "x" } }),
  env: (key) => ({ containers: { main: { image: "busybox", env: { [key]: "x" } } } }),
  resources: (key) => ({ containers: { main: { image: "busybox", resources: { [key]: "1" } } } }),
  quantityUnit: (key) => ({ containers: { main: { image: "busybox", resources: { cpu: `1${key}`, memory: `1${key}` } } } }),
  container: (key) => ({ containers: { [key]: { image: "busybox" } } }),
  volume: (key) => ({ volumes: { [key]: { emptyDir: {} } } }),
  volumeSource: (key) => ({ volumes: { v: { [key]: {} } } }),
  secret: (key) => ({ secrets: { [key]: { data: { a: "x" } } } }),
  secretKey: (key) => ({ secrets: { s: { data: { [key]: "x" } } } }),
  secretType: (key) => ({ secrets: { s: { type: key, data: { a: "x" } } } }),
  restartPolicy: (key) => ({ restartPolicy: key }),
};

function template(place: string, key: string): unknown {
  return {
    kind: "ScheduledJob",
    name: "proto-keys",
    schedule: "0 3 * * *",
    timeZone: "UTC",
    containers: { main: { image: "busybox" } },
    ...PLACES[place]!(key),
  };
}

function manifest(key: string): unknown {
  const m = cronJob();
  const pod = m.spec.jobTemplate.spec.template;
  m.metadata.labels[key] = "x";
  pod.metadata.annotations = { [key]: "x" };
  pod.spec.nodeSelector = { [key]: "x" };
  pod.spec.volumes.push({ name: "extra", [key]: {} });
  pod.spec.containers[0].resources.limits[key] = "1";
  pod.spec.containers[0].resources.requests.cpu = `1${key}`;
  m.spec.jobTemplate.spec.selector = { matchLabels: { [key]: "x" } };
  return m;
}

const shape = (diagnostics: readonly { code: string; path: (string | number)[] }[], key: string) =>
  diagnostics.map((d) => `${d.code} ${d.path.map((p) => (p === key ? "<key>" : p)).join(".")}`).sort();

describe.each(NAMES)("%s as a user's key", (name) => {
  it.each(Object.keys(PLACES))("in %s, compiles like an ordinary key of the same shape", (place) => {
    const result = checkTemplate(template(place, name));
    for (const d of result.diagnostics) expect(`${d.message} ${d.hint ?? ""}`).not.toMatch(/native code|function /);
    expect(shape(result.diagnostics, name)).toEqual(shape(checkTemplate(template(place, ordinary(name))).diagnostics, ordinary(name)));
  });

  it("validates like an ordinary key of the same shape (manifests)", () => {
    const found = validateManifests([manifest(name)]);
    for (const d of found) expect(`${d.message} ${d.hint ?? ""}`).not.toMatch(/native code|function /);
    expect(shape(found, name)).toEqual(shape(validateManifests([manifest(ordinary(name))]), ordinary(name)));
  });

  it("is no month, weekday, descriptor or duration unit", () => {
    for (const schedule of [`0 0 * ${name} *`, `0 0 * * ${name}`, `@${name}`, `@every 1${name}`]) {
      const diagnostics = validateSchedule(schedule);
      expect(
        diagnostics.map((d) => d.severity),
        schedule,
      ).toContain("error");
    }
  });
});

describe("CLI commands named like Object.prototype members", () => {
  it.each([["constructor"], ["toString"], ["help", "constructor"], ["help", "valueOf"]])(
    "kubejobs %s %s → unknown command, exit 2",
    (...argv) => {
      const run = runCli(argv);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).not.toContain("internal error");
    },
  );
});
