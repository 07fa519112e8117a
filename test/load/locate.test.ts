import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/load/types.js";
import { load } from "./helpers.js";

async function first(file: string, index = 0): Promise<SourceDocument> {
  const { documents, diagnostics } = await load([file]);
  expect(diagnostics).toEqual([]);
  const doc = documents[index];
  if (!doc) throw new Error(`no document ${index} in ${file}`);
  return doc;
}

describe("locate: values and keys (yaml/job.yaml)", () => {
  it.each([
    [["name"], "value", { line: 3, column: 7, endLine: 3, endColumn: 17 }],
    [["name"], "key", { line: 3, column: 1, endLine: 3, endColumn: 5 }],
    [["containers", "migrate", "env", "TOKEN"], "value", { line: 9, column: 14, endLine: 9, endColumn: 31 }],
    [["containers", "migrate", "env", "TOKEN"], "key", { line: 9, column: 7, endLine: 9, endColumn: 12 }],
    [["containers", "migrate", "env", "LEVEL"], "value", { line: 10, column: 14, endLine: 10, endColumn: 20 }],
    [["containers", "migrate", "args", 1], "value", { line: 7, column: 18, endLine: 7, endColumn: 24 }],
    [["containers", "migrate", "args", "1"], "value", { line: 7, column: 18, endLine: 7, endColumn: 24 }],
    [["containers", "migrate", "ports", 0, "name"], "value", { line: 13, column: 15, endLine: 13, endColumn: 19 }],
    [["backoffLimit"], "value", { line: 14, column: 15, endLine: 14, endColumn: 16 }],
  ] as const)("%j (%s)", async (path, target, range) => {
    const doc = await first("yaml/job.yaml");
    expect(doc.locate([...path], target)).toEqual(range);
  });

  it("defaults to the value", async () => {
    const doc = await first("yaml/job.yaml");
    expect(doc.locate(["name"])).toEqual(doc.locate(["name"], "value"));
  });

  it("a list item has no key: target key gives the item", async () => {
    const doc = await first("yaml/job.yaml");
    expect(doc.locate(["containers", "migrate", "args", 0], "key")).toMatchObject({ line: 7, column: 12 });
  });
});

describe("locate: missing paths point at the nearest existing ancestor", () => {
  it.each([
    ["a missing field → the parent mapping's key", ["containers", "migrate", "resources", "cpu"], { line: 5, column: 3 }],
    ["a missing top-level field → the start of the document", ["schedule"], { line: 2, column: 1 }],
    ["a missing field in a list item → the item", ["containers", "migrate", "ports", 0, "protocol"], { line: 12, column: 9 }],
    ["an index past the end → the list's key", ["containers", "migrate", "ports", 5], { line: 11, column: 5 }],
    ["a path through a scalar → the scalar's key", ["name", "first"], { line: 3, column: 1 }],
    ["a missing container → containers", ["containers", "nope", "image"], { line: 4, column: 1 }],
  ] as const)("%s", async (_, path, position) => {
    const doc = await first("yaml/job.yaml");
    expect(doc.locate([...path])).toMatchObject(position);
    expect(doc.locate([...path], "key")).toMatchObject(position);
  });
});

describe("locate: other shapes", () => {
  it("multi-document files count lines from the top of the file", async () => {
    const doc = await first("yaml/multi.yaml", 1);
    expect(doc.locate(["schedule"])).toMatchObject({ line: 9, column: 11 });
    const manifest = await first("yaml/multi.yaml", 2);
    expect(manifest.locate(["metadata", "name"])).toMatchObject({ line: 14, column: 19 });
  });

  it("sees through aliases, to the anchored node", async () => {
    const doc = await first("yaml/anchors.yaml");
    expect(doc.locate(["containers", "side", "image"])).toMatchObject({ line: 5, column: 12 });
    expect(doc.locate(["containers", "side"], "key")).toMatchObject({ line: 7, column: 3 });
  });

  it("finds JSON nodes, quotes included (a tab is one column)", async () => {
    const doc = await first("json/job.json");
    expect(doc.locate(["containers", "main", "args", 1])).toEqual({ line: 5, column: 47, endLine: 5, endColumn: 50 });
    expect(doc.locate(["name"], "key")).toEqual({ line: 3, column: 2, endLine: 3, endColumn: 8 });
  });

  it("matches numeric YAML keys with the string keys of the value", async () => {
    const { documents } = await load(["-"], { readStdin: async () => "kind: Job\nname: n\nlabels:\n  80: http\n" });
    expect(documents[0]?.value).toMatchObject({ labels: { "80": "http" } });
    expect(documents[0]?.locate(["labels", "80"])).toMatchObject({ line: 4, column: 7 });
  });

  it("points at the key of a field with no value", async () => {
    const { documents } = await load(["-"], { readStdin: async () => "kind: Job\nname:\ncontainers: {}\n" });
    expect(documents[0]?.locate(["name"])).toMatchObject({ line: 2 });
  });

  it("TS documents place every path at the default export (no positions at run time)", async () => {
    const { documents } = await load(["ts/object.kubejobs.ts"]);
    expect(documents[0]?.locate(["name"])).toEqual({ line: 5, column: 1 });
    expect(documents[0]?.locate(["containers", "main", "image"], "key")).toEqual({ line: 5, column: 1 });
  });
});
