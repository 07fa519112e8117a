import type { LintRule } from "./rule.js";

// Emitted by the ignore mechanism itself (lint/ignores.ts), not by a check.
export const unusedIgnore: LintRule = {
  id: "lint/unused-ignore",
  level: "info",
  rationale: "An ignore that matches no finding hides nothing today and would hide a real problem tomorrow.",
  hint: "remove the id from lint.kubejobs.dev/ignore",
};
