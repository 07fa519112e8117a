import { containerLabel } from "../target.js";
import { asRecord } from "../../k8s/rules/util.js";
import type { LintRule } from "./rule.js";

export const writableRootFilesystem: LintRule = {
  id: "security/writable-root-filesystem",
  level: "info",
  rationale:
    "A read-only root filesystem stops an intruder from changing the image's binaries; batch work can write to an emptyDir instead.",
  hint: "set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where the job writes (dirs: { /tmp: emptydir:// })",
  peers: { kubeLinter: "no-read-only-root-fs", polaris: "notReadOnlyRootFilesystem" },
  kubeLinterCovers: true,
  check(t, _ctx, report) {
    for (const ref of t.containers) {
      if (asRecord(ref.container.securityContext)?.readOnlyRootFilesystem === true) continue;
      report({
        path: [...ref.path, "securityContext", "readOnlyRootFilesystem"],
        message: `${containerLabel(ref)} can write to its root filesystem`,
      });
    }
  },
};
