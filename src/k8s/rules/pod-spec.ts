// Pod-level fields of the template.
// Source: core/validation ValidatePodSpec (activeDeadlineSeconds 1–2147483647;
// serviceAccountName and priorityClassName DNS subdomains; hostname and subdomain DNS labels;
// nodeSelector validated as labels; dnsPolicy None needs dnsConfig with a nameserver) and
// pkg/api/pod/warnings.go (negative terminationGracePeriodSeconds is treated as 1; empty or
// duplicate imagePullSecrets names).
import { error, warning, type Diagnostic, type Path } from "../../validate/diagnostic.js";
import { checkDns1123Label, checkDns1123Subdomain, checkLabelValue, checkQualifiedName } from "../names.js";
import type { Rule } from "./rule.js";
import { asArray, asRecord, isRecord, type Json } from "./util.js";

const MAX_INT32 = 2_147_483_647;

function checkNameField(spec: Json, field: string, path: Path, check: (v: string) => string | undefined, out: Diagnostic[]): void {
  const value = spec[field];
  if (typeof value !== "string" || value === "") return;
  const problem = check(value);
  if (problem) out.push(error("pod/invalid-name", [...path, field], `${field} ${JSON.stringify(value)} ${problem}`));
}

export const podSpec: Rule = {
  code: "pod",
  codes: ["pod/active-deadline-seconds", "pod/invalid-name", "pod/node-selector", "pod/dns-config", "pod/termination-grace-period", "pod/image-pull-secret"],
  check(t, _ctx, out) {
    const spec = t.podSpec;
    if (!spec) return;
    const p = t.podSpecPath;
    const deadline = spec.activeDeadlineSeconds;
    if (typeof deadline === "number" && (deadline < 1 || deadline > MAX_INT32)) {
      out.push(error("pod/active-deadline-seconds", [...p, "activeDeadlineSeconds"], `the pod's activeDeadlineSeconds must be between 1 and ${MAX_INT32} (it is ${deadline})`));
    }
    checkNameField(spec, "serviceAccountName", p, checkDns1123Subdomain, out);
    checkNameField(spec, "priorityClassName", p, checkDns1123Subdomain, out);
    checkNameField(spec, "hostname", p, checkDns1123Label, out);
    checkNameField(spec, "subdomain", p, checkDns1123Label, out);
    if (isRecord(spec.nodeSelector)) {
      for (const key in spec.nodeSelector) {
        const value = spec.nodeSelector[key];
        const problem = checkQualifiedName(key) ?? (typeof value === "string" ? checkLabelValue(value) : undefined);
        if (problem) out.push(error("pod/node-selector", [...p, "nodeSelector", key], `nodeSelector ${JSON.stringify(key)}: ${problem}`));
      }
    }
    if (spec.dnsPolicy === "None") {
      const dns = asRecord(spec.dnsConfig);
      if (!dns) out.push(error("pod/dns-config", [...p, "dnsConfig"], 'dnsPolicy "None" needs a dnsConfig'));
      else if (asArray(dns.nameservers).length === 0) out.push(error("pod/dns-config", [...p, "dnsConfig", "nameservers"], 'dnsPolicy "None" needs at least one nameserver in dnsConfig'));
    }
    const grace = spec.terminationGracePeriodSeconds;
    if (typeof grace === "number" && grace < 0) {
      out.push(warning("pod/termination-grace-period", [...p, "terminationGracePeriodSeconds"], `terminationGracePeriodSeconds must be 0 or more; Kubernetes treats ${grace} as 1`));
    }
    const secrets = asArray(spec.imagePullSecrets);
    const seen = new Set<string>();
    for (let i = 0; i < secrets.length; i++) {
      const entry = asRecord(secrets[i]);
      if (!entry) continue;
      const name = typeof entry.name === "string" ? entry.name : "";
      const at = [...p, "imagePullSecrets", i, "name"];
      if (name === "") out.push(warning("pod/image-pull-secret", at, "imagePullSecrets entry has an empty name and is ignored"));
      else if (seen.has(name)) out.push(warning("pod/image-pull-secret", at, `imagePullSecrets lists ${JSON.stringify(name)} twice`));
      seen.add(name);
    }
  },
};
