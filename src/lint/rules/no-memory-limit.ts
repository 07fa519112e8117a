import { containerLabel } from "../target.js";
import { asRecord } from "../../k8s/rules/util.js";
import type { LintRule } from "./rule.js";

export const noMemoryLimit: LintRule = {
  id: "resources/no-memory-limit",
  level: "warning",
  rationale:
    "Without a memory limit one run can take a node's memory and get other pods evicted; with one, the run is OOM-killed and retried instead.",
  hint: 'set resources: { memory: "512Mi" } (request = limit) or "256Mi-1Gi" (request-limit)',
  peers: { kubeLinter: "unset-memory-requirements", polaris: "memoryLimitsMissing" },
  kubeLinterCovers: true,
  check(t, _ctx, report) {
    for (const ref of t.containers) {
      const limits = asRecord(asRecord(ref.container.resources)?.limits);
      if (limits?.memory !== undefined) continue;
      report({ path: [...ref.path, "resources", "limits", "memory"], message: `${containerLabel(ref)} has no memory limit` });
    }
  },
};
