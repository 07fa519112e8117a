// metadata.namespace must name a namespace: a DNS-1123 label (≤ 63).
// Source: core/validation ValidateObjectMeta → ValidateNamespaceName.
import { error } from "../../diagnostic.js";
import { checkDns1123Label } from "../names.js";
import type { Rule } from "./rule.js";

const PATH = ["metadata", "namespace"];

export const namespaceName: Rule = {
  code: "namespace",
  codes: ["namespace/invalid"],
  check(t, _ctx, out) {
    const ns = t.metadata?.namespace;
    if (typeof ns !== "string" || ns === "") return;
    const problem = checkDns1123Label(ns);
    if (problem) out.push(error("namespace/invalid", PATH, `namespace ${JSON.stringify(ns)} ${problem}`));
  },
};
