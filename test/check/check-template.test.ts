// Every problem in one pass (issue 9 §2): a shape error in one field hides nothing in the others.
import { describe, expect, it } from "vitest";
import { checkDocuments } from "../../src/check/check-documents.js";
import { checkTemplate } from "../../src/check/check-template.js";
import { pruneTemplate } from "../../src/check/prune-template.js";
import { checkTemplateShape } from "../../src/validate/template.js";
import { loadInputs } from "../../src/load/index.js";
import { LIBRARY } from "../helpers/library.js";

const SEVEN = [
  "kind: ScheduledJob",
  "name: Nightly_Report",
  'schedule: "0 25 * * *"',
  "timeZone: Europe/Berln",
  "restartPolicy: Always",
  "containers:",
  "  report:",
  "    image: ghcr.io/acme/report:1.4.2",
  "    env:",
  "      DB_PASSWORD: secret://db",
  "    resources:",
  "      cpu: 250x",
  "      memory: 1Gi-512Mi",
].join("\n");

async function check(text: string) {
  const loaded = await loadInputs(["-"], { kubeVersion: "1.36", env: {}, cwd: process.cwd(), readStdin: async () => text }, LIBRARY);
  expect(loaded.diagnostics).toEqual([]);
  return checkDocuments(loaded.documents, "validate", { kubeVersion: "1.36" });
}

describe("every problem in one pass", () => {
  it("the template with seven problems reports all seven, each at its own line", async () => {
    const { diagnostics, manifests } = await check(SEVEN);
    expect(manifests).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.path.join("."), d.line]).sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual([
      ["name/invalid", "name", 2],
      ["schedule/out-of-range", "schedule", 3],
      ["time-zone/unknown", "timeZone", 4],
      ["template/restart-policy-always", "restartPolicy", 5],
      ["template/pattern", "containers.report.env.DB_PASSWORD", 10],
      ["quantity/invalid", "containers.report.resources.cpu", 12],
      ["resources/request-exceeds-limit", "containers.report.resources.memory", 13],
    ]);
  });

  it("fixing the shape errors changes nothing else: the same five other problems", async () => {
    const fixed = SEVEN.replace("restartPolicy: Always", "restartPolicy: Never").replace("secret://db", "secret://db/password");
    const { diagnostics } = await check(fixed);
    expect(diagnostics.map((d) => d.code).sort()).toEqual([
      "name/invalid",
      "quantity/invalid",
      "resources/request-exceeds-limit",
      "schedule/out-of-range",
      "time-zone/unknown",
    ]);
  });

  it("a required field in error stands in, so its siblings are still checked", async () => {
    const text = [
      "kind: Job",
      "name: a",
      "containers:",
      "  main: { command: [x] }",
      "  side: { image: 5 }",
      "  ok: { image: x, ports: [{ containerPort: 70000 }] }",
    ].join("\n");
    const { diagnostics } = await check(text);
    expect(diagnostics.map((d) => [d.code, d.path.join(".")])).toEqual([
      ["template/required", "containers.main.image"],
      ["template/type", "containers.side.image"],
      ["port/invalid-number", "containers.ok.ports.0.containerPort"],
    ]);
  });

  it("a wrong kind is one error; the rest is checked as the kind its fields point to", async () => {
    const text = ["kind: CronJob", "name: a", 'schedule: "61 * * * *"', "containers:", "  main: { image: x }"].join("\n");
    const { diagnostics } = await check(text);
    expect(diagnostics.map((d) => d.code).sort()).toEqual(["schedule/no-time-zone", "schedule/out-of-range", "template/kind"]);
  });

  it("a field in error is reported once, not again by a later layer", () => {
    // image 5 is a shape error; its stand-in must not bring image rules or schema errors with it
    const { diagnostics } = checkTemplate({ kind: "Job", name: "a", containers: { main: { image: 5 } } });
    expect(diagnostics.map((d) => d.code)).toEqual(["template/type"]);
  });
});

describe("pruneTemplate", () => {
  const prune = (value: Record<string, unknown>) => pruneTemplate(value, checkTemplateShape(value));

  it("takes out the field in error, and leaves the caller's object alone", () => {
    const value = { kind: "Job", name: "a", containers: { main: { image: "x", tty: "yes" } }, backoffLimit: -1 };
    const before = JSON.stringify(value);
    const pruned = prune(value)!;
    expect(pruned.pruned.sort()).toEqual([["backoffLimit"], ["containers", "main", "tty"]]);
    expect(pruned.template).toEqual({ kind: "Job", name: "a", containers: { main: { image: "x" } } });
    expect(JSON.stringify(value)).toBe(before);
    expect(checkTemplateShape(pruned.template)).toEqual([]);
  });

  it("takes out a whole list rather than renumber its items", () => {
    const pruned = prune({ kind: "Job", name: "a", containers: { main: { image: "x", args: ["a", 5, "c"] } } })!;
    expect(pruned.pruned).toEqual([["containers", "main", "args"]]);
  });

  it("takes out a probe that lost its only handler, and an incomplete env reference", () => {
    const pruned = prune({
      kind: "Job",
      name: "a",
      containers: { main: { image: "x", livenessProbe: { periodSeconds: 3 }, env: { A: { secret: "s" }, B: "ok" } } },
    })!;
    expect(pruned.template).toEqual({ kind: "Job", name: "a", containers: { main: { image: "x", env: { B: "ok" } } } });
  });

  it("stands in for the fields no manifest can be built without", () => {
    const pruned = prune({ kind: "ScheduledJob", name: 7, schedule: ["x"], containers: "main" })!;
    expect(checkTemplateShape(pruned.template)).toEqual([]);
    expect(pruned.pruned.sort()).toEqual([["containers"], ["name"], ["schedule"]]);
  });

  it("gives up on what is not a map, and on data too deep to be a template", () => {
    expect(pruneTemplate("job", [])).toBeUndefined();
    const cyclic: Record<string, unknown> = { kind: "Job", name: "a", containers: { main: { image: "x" } } };
    cyclic.labels = cyclic;
    expect(pruneTemplate(cyclic, checkTemplateShape(cyclic))).toBeUndefined();
  });

  it("an own __proto__ key in a library caller's object stays a key", () => {
    const value = JSON.parse('{"kind":"Job","name":"a","containers":{"main":{"image":"x"}},"__proto__":{"polluted":1},"x":1}');
    const pruned = prune(value)!;
    expect(Object.getPrototypeOf(pruned.template)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
