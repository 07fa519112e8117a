import { containerLabel } from "../target.js";
import { asRecord } from "../../k8s/rules/util.js";
import type { LintRule } from "./rule.js";

export const noRequests: LintRule = {
  id: "resources/no-requests",
  level: "warning",
  rationale:
    "Without CPU and memory requests the scheduler places the pod as if it needed nothing, and it is the first to be evicted under pressure.",
  hint: 'set resources: { cpu: "250m-1", memory: "256Mi-1Gi" } (request-limit)',
  peers: { kubeLinter: "unset-cpu-requirements", polaris: "cpuRequestsMissing, memoryRequestsMissing" },
  check(t, _ctx, report) {
    for (const ref of t.containers) {
      const resources = asRecord(ref.container.resources);
      const requests = asRecord(resources?.requests);
      const limits = asRecord(resources?.limits);
      // A missing request defaults to the limit (API server defaulting), so a limit is a request too.
      const missing = (["cpu", "memory"] as const).filter((r) => requests?.[r] === undefined && limits?.[r] === undefined);
      if (missing.length === 0) continue;
      report({
        path: [...ref.path, "resources", "requests"],
        message: `${containerLabel(ref)} requests no ${missing.join(" or ")}`,
      });
    }
  },
};
