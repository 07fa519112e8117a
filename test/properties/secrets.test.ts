// Secret values never reach a report (issue 10, case 1): a valid template with secret literals,
// written as YAML and then broken the ways YAML breaks (a line indented wrong, a stray `]`, `:`,
// quote or `{`, a character gone), run through the CLI's own validate and render commands. No
// secret may appear on stderr, or on stdout except in what render writes on success (the Secret
// objects themselves). The secret's own characters are never touched by a mutation. (Render's
// text report is validate's: one of the two suffices.)
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/io.js";
import { runRender } from "../../src/cli/render.js";
import { runValidate } from "../../src/cli/validate.js";
import { parseYaml } from "../../src/load/yaml.js";
import { validTemplate } from "./arbitraries.js";

// Each run renders and validates through the CLI commands: a tenth of the usual count.
const RUNS = Math.ceil(Number(process.env.KJ_PROPERTY_RUNS ?? 500) / 10);

async function run(command: typeof runValidate, argv: string[], text: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => text,
    env: {},
    cwd: process.cwd(),
    stderrIsTTY: false,
  };
  const code = await command(argv, io);
  return { code, stdout, stderr };
}

const secret = fc.stringMatching(/^[A-Za-z0-9]{10}$/).map((s) => `S3cr3t${s}`);

type Edit = { kind: "indent"; line: number; by: number } | { kind: "insert"; at: number; text: string } | { kind: "delete"; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  // Early lines often: a broken line near the top makes the parser reject everything after it.
  fc.record({
    kind: fc.constant("indent" as const),
    line: fc.oneof(fc.nat(3), fc.nat()),
    by: fc.integer({ min: -4, max: 4 }).filter((n) => n !== 0),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.constantFrom("]", "}", "[", "{", ":", ": ", '"', "'", "- ", "\t", "&a ", "*a", "!x ", "|", ">", "#", ",", "\n", "  ", "@"),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
);

/** Applies an edit anywhere but inside a secret. */
function apply(text: string, e: Edit, secrets: string[]): string {
  const inSecret = (at: number) =>
    secrets.some((s) => {
      for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + 1)) if (at > i && at < i + s.length) return true;
      return false;
    });
  if (e.kind === "indent") {
    const lines = text.split("\n");
    const i = e.line % lines.length;
    const line = lines[i]!;
    const indent = line.length - line.trimStart().length;
    lines[i] = " ".repeat(Math.max(0, indent + e.by)) + line.trimStart();
    return lines.join("\n");
  }
  const at = e.at % (text.length + 1);
  if (inSecret(at) || (e.kind === "delete" && inSecret(at + 1))) return text;
  return e.kind === "insert" ? text.slice(0, at) + e.text + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
}

describe("secret literals next to YAML syntax errors", () => {
  it("never reach stderr or validate's JSON, whatever the edit", async () => {
    let syntaxErrors = 0;
    await fc.assert(
      fc.asyncProperty(
        validTemplate,
        fc.array(secret, { minLength: 1, maxLength: 3 }),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        async (template, secrets, edits) => {
          const data = Object.fromEntries(secrets.map((s, i) => [`key${i}`, s]));
          const yaml = stringify({ ...template, secrets: { creds: { data } } });
          const text = edits.reduce((t, e) => apply(t, e, secrets), yaml);
          if (parseYaml(text, "<stdin>").diagnostics.some((d) => d.code.startsWith("yaml/"))) syntaxErrors++;

          const json = await run(runValidate, ["-", "--format", "json"], text);
          const render = await run(runRender, ["-"], text);
          for (const s of secrets) {
            expect(json.stdout).not.toContain(s);
            expect(json.stderr).not.toContain(s);
            expect(render.stderr).not.toContain(s);
            if (render.code !== 0) expect(render.stdout).toBe("");
          }
        },
      ),
      { numRuns: RUNS },
    );
    // The edits do break the YAML often: the property is about syntax errors, not only valid input.
    expect(syntaxErrors).toBeGreaterThan(RUNS / 10);
  }, 300_000);
});
