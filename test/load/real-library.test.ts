// The public entry, with the running library behind `import ... from "kubejobs"`.
import { describe, expect, it } from "vitest";
import { loadInputs } from "../../src/load/index.js";
import { job } from "../../src/index.js";
import { options } from "./helpers.js";
import { LIBRARY } from "../helpers/library.js";

describe("loadInputs with the real library", () => {
  it('`import { job } from "kubejobs"` is the library itself', async () => {
    const { documents, diagnostics } = await loadInputs(["ts/object.kubejobs.ts", "yaml/job.yaml"], options(), LIBRARY);
    expect(diagnostics).toEqual([]);
    expect(documents[0]?.value).toEqual(job({ name: "object", containers: { main: { image: "busybox" } } }));
    expect(documents.map((d) => d.kind)).toEqual(["template", "template"]);
  });
});
