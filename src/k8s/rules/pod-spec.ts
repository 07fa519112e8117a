// Pod-level fields of the template.
// Source: core/validation ValidatePodSpec (activeDeadlineSeconds 1–2147483647;
// serviceAccountName and priorityClassName DNS subdomains; hostname and subdomain DNS labels;
// nodeSelector validated as labels; dnsPolicy None needs dnsConfig with a nameserver) and
// pkg/api/pod/warnings.go (negative terminationGracePeriodSeconds is treated as 1; empty or
// duplicate imagePullSecrets names).
import { error, warning, type Diagnostic, type Path } from "../../diagnostic.js";
import { checkDns1123Label, checkDns1123Subdomain, checkIp, checkLabelValue, checkQualifiedName } from "../names.js";
import type { Rule } from "./rule.js";
import { asArray, asRecord, isRecord, type Json } from "./util.js";

const MAX_INT32 = 2_147_483_647;
const MAX_DNS_NAMESERVERS = 3;
const MAX_DNS_SEARCH_PATHS = 32;
const MAX_DNS_SEARCH_LIST_CHARS = 2048;

// ValidateHostAliases: each ip an IP address, each hostname a DNS subdomain.
function checkHostAliases(spec: Json, p: Path, out: Diagnostic[]): void {
  const aliases = asArray(spec.hostAliases);
  for (let i = 0; i < aliases.length; i++) {
    const alias = asRecord(aliases[i]);
    if (!alias) continue;
    if (typeof alias.ip === "string") {
      const problem = checkIp(alias.ip);
      if (problem)
        out.push(error("pod/host-alias", [...p, "hostAliases", i, "ip"], `hostAliases ip ${JSON.stringify(alias.ip)} ${problem}`));
    }
    const names = asArray(alias.hostnames);
    for (let j = 0; j < names.length; j++) {
      const name = names[j];
      if (typeof name !== "string") continue;
      const problem = checkDns1123Subdomain(name);
      if (problem)
        out.push(error("pod/host-alias", [...p, "hostAliases", i, "hostnames", j], `hostname ${JSON.stringify(name)} ${problem}`));
    }
  }
}

// validatePodDNSConfig: at most 3 nameservers, each an IP; at most 32 search domains of 2048
// characters in all; each option needs a name.
function checkDnsConfig(dns: Json, p: Path, out: Diagnostic[]): void {
  const at = [...p, "dnsConfig"];
  const servers = asArray(dns.nameservers);
  if (servers.length > MAX_DNS_NAMESERVERS)
    out.push(
      error(
        "pod/dns-config",
        [...at, "nameservers"],
        `dnsConfig may list at most ${MAX_DNS_NAMESERVERS} nameservers (it has ${servers.length})`,
      ),
    );
  for (let i = 0; i < servers.length; i++) {
    const server = servers[i];
    if (typeof server !== "string") continue;
    const problem = checkIp(server);
    if (problem) out.push(error("pod/dns-config", [...at, "nameservers", i], `nameserver ${JSON.stringify(server)} ${problem}`));
  }
  const searches = asArray(dns.searches);
  if (searches.length > MAX_DNS_SEARCH_PATHS)
    out.push(
      error(
        "pod/dns-config",
        [...at, "searches"],
        `dnsConfig may list at most ${MAX_DNS_SEARCH_PATHS} search domains (it has ${searches.length})`,
      ),
    );
  let chars = 0;
  for (const s of searches) if (typeof s === "string") chars += s.length;
  if (chars + Math.max(searches.length - 1, 0) > MAX_DNS_SEARCH_LIST_CHARS)
    out.push(error("pod/dns-config", [...at, "searches"], `the search domains may total at most ${MAX_DNS_SEARCH_LIST_CHARS} characters`));
  const options = asArray(dns.options);
  for (let i = 0; i < options.length; i++) {
    const option = asRecord(options[i]);
    if (option && (option.name === undefined || option.name === ""))
      out.push(error("pod/dns-config", [...at, "options", i, "name"], "each dnsConfig option needs a name"));
  }
}

function checkNameField(spec: Json, field: string, path: Path, check: (v: string) => string | undefined, out: Diagnostic[]): void {
  const value = spec[field];
  if (typeof value !== "string" || value === "") return;
  const problem = check(value);
  if (problem) out.push(error("pod/invalid-name", [...path, field], `${field} ${JSON.stringify(value)} ${problem}`));
}

export const podSpec: Rule = {
  code: "pod",
  codes: [
    "pod/active-deadline-seconds",
    "pod/invalid-name",
    "pod/node-selector",
    "pod/dns-config",
    "pod/host-alias",
    "pod/termination-grace-period",
    "pod/image-pull-secret",
  ],
  check(t, _ctx, out) {
    const spec = t.podSpec;
    if (!spec) return;
    const p = t.podSpecPath;
    const deadline = spec.activeDeadlineSeconds;
    if (typeof deadline === "number" && (deadline < 1 || deadline > MAX_INT32)) {
      out.push(
        error(
          "pod/active-deadline-seconds",
          [...p, "activeDeadlineSeconds"],
          `the pod's activeDeadlineSeconds must be between 1 and ${MAX_INT32} (it is ${deadline})`,
        ),
      );
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
    checkHostAliases(spec, p, out);
    const dnsConfig = asRecord(spec.dnsConfig);
    if (dnsConfig) checkDnsConfig(dnsConfig, p, out);
    if (spec.dnsPolicy === "None") {
      const dns = asRecord(spec.dnsConfig);
      if (!dns) out.push(error("pod/dns-config", [...p, "dnsConfig"], 'dnsPolicy "None" needs a dnsConfig'));
      else if (asArray(dns.nameservers).length === 0)
        out.push(
          error("pod/dns-config", [...p, "dnsConfig", "nameservers"], 'dnsPolicy "None" needs at least one nameserver in dnsConfig'),
        );
    }
    const grace = spec.terminationGracePeriodSeconds;
    if (typeof grace === "number" && grace < 0) {
      out.push(
        warning(
          "pod/termination-grace-period",
          [...p, "terminationGracePeriodSeconds"],
          `terminationGracePeriodSeconds must be 0 or more; Kubernetes treats ${grace} as 1`,
        ),
      );
    }
    const secrets = asArray(spec.imagePullSecrets);
    // Most pods name one pull secret or none: the set of names seen is made for two or more.
    const seen = secrets.length > 1 ? new Set<string>() : undefined;
    for (let i = 0; i < secrets.length; i++) {
      const entry = asRecord(secrets[i]);
      if (!entry) continue;
      const name = typeof entry.name === "string" ? entry.name : "";
      if (name === "")
        out.push(
          warning(
            "pod/image-pull-secret",
            [...p, "imagePullSecrets", i, "name"],
            "imagePullSecrets entry has an empty name and is ignored",
          ),
        );
      else if (seen?.has(name))
        out.push(
          warning("pod/image-pull-secret", [...p, "imagePullSecrets", i, "name"], `imagePullSecrets lists ${JSON.stringify(name)} twice`),
        );
      seen?.add(name);
    }
  },
};
