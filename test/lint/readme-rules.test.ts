// The README's rule table is generated from the catalogue, never written by hand: this test fails
// when they differ. To rewrite the table: UPDATE_README=1 npx vitest run test/lint/readme-rules.test.ts
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { LINT_RULES } from "../../src/lint/rules/index.js";
import type { LintRule } from "../../src/lint/rules/rule.js";

const README = resolve(import.meta.dirname, "../../README.md");
const START = "<!-- lint-rules:start -->";
const END = "<!-- lint-rules:end -->";

const cell = (s: string) => s.replace(/\|/g, "\\|");

function peers(r: LintRule): string {
  const p = r.peers ?? {};
  const parts: string[] = [];
  if (p.pss) parts.push(`PSS \`${p.pss}\``);
  if (p.kubeLinter)
    parts.push(
      `kube-linter ${p.kubeLinter
        .split(", ")
        .map((x) => `\`${x}\``)
        .join(", ")}`,
    );
  if (p.polaris)
    parts.push(
      `Polaris ${p.polaris
        .split(", ")
        .map((x) => `\`${x}\``)
        .join(", ")}`,
    );
  return parts.join("; ");
}

export function rulesTable(): string {
  const rows = LINT_RULES.map(
    (r) =>
      `| \`${r.id}\` | ${r.levelNote && r.levelNote !== "baseline" ? `${r.level} (${r.levelNote})` : r.level} | ${cell(r.rationale)} | ${cell(r.hint)} | ${peers(r)} |`,
  );
  return ["| rule | default level | why | fix | same check elsewhere |", "|---|---|---|---|---|", ...rows].join("\n");
}

describe("README rule catalogue", () => {
  it("equals the table generated from src/lint/rules", () => {
    const text = readFileSync(README, "utf8");
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const generated = `${START}\n${rulesTable()}\n${END}`;
    if (process.env.UPDATE_README === "1") writeFileSync(README, text.slice(0, start) + generated + text.slice(end + END.length));
    else expect(text.slice(start, end + END.length)).toBe(generated);
  });
});
