// The published template schema's cost to the tools that load it: its size (as written, minified,
// gzipped: what an editor or SchemaStore downloads) and how long ajv takes to compile it (what a
// JSON Schema tool pays once per process; yaml-language-server interprets it instead).
import { Ajv } from "ajv";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { EDITOR_KEYWORDS } from "../scripts/template-schema/validator-module.js";

export interface SchemaResults {
  bytes: number;
  minifiedBytes: number;
  gzipBytes: number;
  definitions: number;
  kubernetesDefinitions: number;
  /** ajv 8 compile of the whole schema (strict draft-07, allErrors), a fresh Ajv each round. */
  ajvCompileMs: { median: number; min: number; rounds: number };
}

export function measureSchema(root: string, rounds = 9): SchemaResults {
  const text = readFileSync(resolve(root, "src/template/generated/template.schema.json"), "utf8");
  const schema = JSON.parse(text) as { definitions: Record<string, unknown> };
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true });
    for (const keyword of EDITOR_KEYWORDS) ajv.addKeyword({ keyword });
    const started = performance.now();
    ajv.compile(structuredClone(schema));
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const names = Object.keys(schema.definitions);
  return {
    bytes: Buffer.byteLength(text),
    minifiedBytes: Buffer.byteLength(JSON.stringify(schema)),
    gzipBytes: gzipSync(text).length,
    definitions: names.length,
    kubernetesDefinitions: names.filter((n) => n.startsWith("k8s.")).length,
    ajvCompileMs: { median: sorted[Math.floor(rounds / 2)]!, min: sorted[0]!, rounds },
  };
}

export function describeSchema(s: SchemaResults): string {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  return `template schema: ${kb(s.bytes)} as published (${kb(s.minifiedBytes)} minified, ${kb(s.gzipBytes)} gzipped), ${s.definitions} definitions (${s.kubernetesDefinitions} Kubernetes); ajv compile ${s.ajvCompileMs.median.toFixed(0)} ms (median of ${s.ajvCompileMs.rounds}, min ${s.ajvCompileMs.min.toFixed(0)} ms).`;
}
