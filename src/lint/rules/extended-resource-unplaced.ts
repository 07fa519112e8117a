import { asRecord, entriesOf } from "../../k8s/rules/util.js";
import type { LintRule } from "./rule.js";

const STANDARD = new Set(["cpu", "memory", "ephemeral-storage", "storage"]);

/** Extended resources are domain-prefixed names outside kubernetes.io (nvidia.com/gpu); hugepages are native. */
function isExtended(name: string): boolean {
  if (STANDARD.has(name) || name.startsWith("hugepages-") || !name.includes("/")) return false;
  const domain = name.slice(0, name.indexOf("/"));
  return domain !== "kubernetes.io" && !domain.endsWith(".kubernetes.io");
}

export const extendedResourceUnplaced: LintRule = {
  id: "resources/extended-unplaced",
  level: "info",
  rationale:
    "Nodes with GPUs and other extended resources are usually tainted or labelled: a pod with no toleration, node selector or node affinity stays Pending.",
  hint: "add the toleration of those nodes' taint, or a nodeSelector / node affinity for their label",
  check(t, _ctx, report) {
    const pod = t.podSpec;
    if (pod === undefined) return;
    const placed =
      (Array.isArray(pod.tolerations) && pod.tolerations.length > 0) ||
      entriesOf(pod.nodeSelector).length > 0 ||
      asRecord(asRecord(pod.affinity)?.nodeAffinity) !== undefined;
    if (placed) return;
    for (const ref of t.containers) {
      const resources = asRecord(ref.container.resources);
      for (const group of ["requests", "limits"] as const) {
        const name = entriesOf(resources?.[group])
          .map(([n]) => n)
          .find(isExtended);
        if (name === undefined) continue;
        report({
          path: [...ref.path, "resources", group, name],
          message: `requests ${name}, but no toleration, node selector or node affinity places the pod`,
        });
        break;
      }
    }
  },
};
