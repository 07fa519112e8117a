// Pod template fields the API server accepts with a warning, and ephemeral containers, which a
// template may not have.
// Sources: pkg/api/pod/warnings.go (deprecated node labels in nodeSelector, node affinity and
// topologySpreadConstraints, via pkg/api/node GetNodeLabelDeprecatedMessage; a null
// labelSelector in topologySpreadConstraints or pod (anti-)affinity terms matches no pod) and
// core/validation ValidatePodTemplateSpec (ephemeral containers are forbidden in templates).
import { error, warning, type Diagnostic, type Path } from "../../diagnostic.js";
import type { Rule } from "./rule.js";
import { asArray, asRecord, type Json } from "./util.js";

// A Map: label keys are the user's, and `constructor` must not find Object's.
const DEPRECATED_NODE_LABELS: ReadonlyMap<string, string> = new Map([
  ["beta.kubernetes.io/arch", 'deprecated since Kubernetes 1.14; use "kubernetes.io/arch" instead'],
  ["beta.kubernetes.io/os", 'deprecated since Kubernetes 1.14; use "kubernetes.io/os" instead'],
  ["failure-domain.beta.kubernetes.io/region", 'deprecated since Kubernetes 1.17; use "topology.kubernetes.io/region" instead'],
  ["failure-domain.beta.kubernetes.io/zone", 'deprecated since Kubernetes 1.17; use "topology.kubernetes.io/zone" instead'],
  ["beta.kubernetes.io/instance-type", 'deprecated since Kubernetes 1.17; use "node.kubernetes.io/instance-type" instead'],
]);

function warnTerm(term: unknown, path: Path, out: Diagnostic[]): void {
  const t = asRecord(term);
  if (!t) return;
  for (const field of ["matchExpressions", "matchFields"] as const) {
    const list = asArray(t[field]);
    for (let i = 0; i < list.length; i++) {
      const key = asRecord(list[i])?.key;
      const reason = typeof key === "string" ? DEPRECATED_NODE_LABELS.get(key) : undefined;
      if (reason)
        out.push(warning("pod/deprecated-node-label", [...path, field, i, "key"], `node label ${JSON.stringify(key)} is ${reason}`));
    }
  }
}

function warnNullSelectors(terms: unknown, path: Path, inner: readonly string[], out: Diagnostic[]): void {
  const list = asArray(terms);
  for (let i = 0; i < list.length; i++) {
    let term: Json | undefined = asRecord(list[i]);
    for (const key of inner) term = asRecord(term?.[key]);
    if (term && (term.labelSelector === undefined || term.labelSelector === null)) {
      out.push(
        warning(
          "pod/null-label-selector",
          [...path, i, ...inner, "labelSelector"],
          "a missing labelSelector matches no pod",
          "set labelSelector, e.g. matchLabels with the app's labels",
        ),
      );
    }
  }
}

export const podWarnings: Rule = {
  code: "pod/warnings",
  codes: ["pod/deprecated-node-label", "pod/null-label-selector", "pod/ephemeral-containers"],
  check(t, _ctx, out) {
    const spec = t.podSpec;
    if (!spec) return;
    const p = t.podSpecPath;
    if (asArray(spec.ephemeralContainers).length > 0) {
      out.push(
        error(
          "pod/ephemeral-containers",
          [...p, "ephemeralContainers"],
          "ephemeral containers are not allowed in a pod template (they are added to running pods for debugging)",
          "remove ephemeralContainers",
        ),
      );
    }
    const nodeSelector = asRecord(spec.nodeSelector);
    if (nodeSelector) {
      for (const key in nodeSelector) {
        const reason = DEPRECATED_NODE_LABELS.get(key);
        if (reason)
          out.push(warning("pod/deprecated-node-label", [...p, "nodeSelector", key], `node label ${JSON.stringify(key)} is ${reason}`));
      }
    }
    const affinity = asRecord(spec.affinity);
    const node = asRecord(affinity?.nodeAffinity);
    if (node) {
      const required = asArray(asRecord(node.requiredDuringSchedulingIgnoredDuringExecution)?.nodeSelectorTerms);
      for (let i = 0; i < required.length; i++)
        warnTerm(
          required[i],
          [...p, "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms", i],
          out,
        );
      const preferred = asArray(node.preferredDuringSchedulingIgnoredDuringExecution);
      for (let i = 0; i < preferred.length; i++)
        warnTerm(
          asRecord(preferred[i])?.preference,
          [...p, "affinity", "nodeAffinity", "preferredDuringSchedulingIgnoredDuringExecution", i, "preference"],
          out,
        );
    }
    for (const kind of ["podAffinity", "podAntiAffinity"] as const) {
      const a = asRecord(affinity?.[kind]);
      if (!a) continue;
      warnNullSelectors(
        a.requiredDuringSchedulingIgnoredDuringExecution,
        [...p, "affinity", kind, "requiredDuringSchedulingIgnoredDuringExecution"],
        [],
        out,
      );
      warnNullSelectors(
        a.preferredDuringSchedulingIgnoredDuringExecution,
        [...p, "affinity", kind, "preferredDuringSchedulingIgnoredDuringExecution"],
        ["podAffinityTerm"],
        out,
      );
    }
    const spread = asArray(spec.topologySpreadConstraints);
    for (let i = 0; i < spread.length; i++) {
      const c = asRecord(spread[i]);
      if (!c) continue;
      const key = c.topologyKey;
      const reason = typeof key === "string" ? DEPRECATED_NODE_LABELS.get(key) : undefined;
      if (reason)
        out.push(
          warning(
            "pod/deprecated-node-label",
            [...p, "topologySpreadConstraints", i, "topologyKey"],
            `topologyKey ${JSON.stringify(key)} is ${reason}`,
          ),
        );
    }
    if (spread.length > 0) warnNullSelectors(spread, [...p, "topologySpreadConstraints"], [], out);
  },
};
