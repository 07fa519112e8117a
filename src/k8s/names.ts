// Name, key and value syntaxes exactly as Kubernetes checks them.
// Source: k8s.io/apimachinery/pkg/util/validation/validation.go (IsDNS1123Label,
// IsDNS1123Subdomain, IsQualifiedName, IsValidLabelValue, IsEnvVarName, IsRelaxedEnvVarName,
// IsConfigMapKey, IsValidPortName, IsCIdentifier, IsDomainPrefixedPath, IsHTTPHeaderName).
//
// Each check returns the first problem as a plain sentence, or undefined when the value is valid.
// Returning one string (not a list) keeps the hot path free of allocations.
//
// The checks that run for every object (label keys and values, names, keys) remember the values
// that passed: the same few names recur on every object and template, and a set look-up is cheaper
// than the regular expressions. Each set is emptied when full, so memory stays bounded.
const REMEMBERED_MAX = 4096;

function rememberingValid(check: (value: string) => string | undefined): (value: string) => string | undefined {
  const valid = new Set<string>();
  return (value) => {
    if (valid.has(value)) return undefined;
    const problem = check(value);
    if (problem === undefined) {
      if (valid.size >= REMEMBERED_MAX) valid.clear();
      valid.add(value);
    }
    return problem;
  };
}

export const DNS1123_LABEL_MAX_LENGTH = 63;
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
export const LABEL_VALUE_MAX_LENGTH = 63;
export const QUALIFIED_NAME_MAX_LENGTH = 63;
export const CONFIG_MAP_KEY_MAX_LENGTH = 253;
export const PORT_NAME_MAX_LENGTH = 15;

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const ENV_VAR_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
// Printable ASCII (space to tilde) without '='.
const RELAXED_ENV_VAR_NAME = /^[\x20-\x3c\x3e-\x7e]+$/;
const CONFIG_MAP_KEY = /^[-._a-zA-Z0-9]+$/;
const PORT_NAME_CHARS = /^[-a-z0-9]+$/;
const HAS_LETTER = /[a-z]/;
const C_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HTTP_HEADER_NAME = /^[-A-Za-z0-9]+$/;
const DOMAIN_PATH_SEGMENT = /^[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/;

/** A DNS-1123 label: container, volume and namespace names; at most 63 characters. */
export const checkDns1123Label = rememberingValid(function checkDns1123Label(value: string): string | undefined {
  if (value.length > DNS1123_LABEL_MAX_LENGTH) return `must be no more than ${DNS1123_LABEL_MAX_LENGTH} characters`;
  if (!DNS1123_LABEL.test(value)) {
    return "must consist of lower case letters, digits and '-', and start and end with a letter or digit (a DNS-1123 label, e.g. 'my-name')";
  }
  return undefined;
});

/** A DNS-1123 subdomain: object names; dots allowed; at most 253 characters. */
export const checkDns1123Subdomain = rememberingValid(function checkDns1123Subdomain(value: string): string | undefined {
  if (value.length > DNS1123_SUBDOMAIN_MAX_LENGTH) return `must be no more than ${DNS1123_SUBDOMAIN_MAX_LENGTH} characters`;
  if (!DNS1123_SUBDOMAIN.test(value)) {
    return "must consist of lower case letters, digits, '-' and '.', and start and end with a letter or digit (a DNS-1123 subdomain, e.g. 'example.com')";
  }
  return undefined;
});

/** A label or annotation key: an optional DNS-1123 subdomain prefix and '/', then a name of at most 63 characters. */
export const checkQualifiedName = rememberingValid(function checkQualifiedName(value: string): string | undefined {
  const slash = value.indexOf("/");
  let name = value;
  if (slash !== -1) {
    if (value.indexOf("/", slash + 1) !== -1) {
      return "may contain at most one '/' (an optional DNS subdomain prefix and '/', e.g. 'example.com/my-name')";
    }
    const prefix = value.slice(0, slash);
    name = value.slice(slash + 1);
    if (prefix.length === 0) return "prefix part must be non-empty";
    const prefixProblem = checkDns1123Subdomain(prefix);
    if (prefixProblem !== undefined) return `prefix part ${prefixProblem}`;
  }
  if (name.length === 0) return "name part must be non-empty";
  if (name.length > QUALIFIED_NAME_MAX_LENGTH) return `name part must be no more than ${QUALIFIED_NAME_MAX_LENGTH} characters`;
  if (!QUALIFIED_NAME_PART.test(name)) {
    return "name part must consist of letters, digits, '-', '_' or '.', and start and end with a letter or digit (e.g. 'MyName', 'my.name' or '123-abc')";
  }
  return undefined;
});

/** A label value: empty, or at most 63 characters of letters, digits, '-', '_', '.', starting and ending alphanumerically. */
export const checkLabelValue = rememberingValid(function checkLabelValue(value: string): string | undefined {
  if (value.length > LABEL_VALUE_MAX_LENGTH) return `must be no more than ${LABEL_VALUE_MAX_LENGTH} characters`;
  if (!LABEL_VALUE.test(value)) {
    return "must be empty or consist of letters, digits, '-', '_' or '.', and start and end with a letter or digit";
  }
  return undefined;
});

// hasChDirPrefix in validation.go: keys become file names, so '.', '..' and a '..' prefix are refused.
function checkNotChDir(value: string): string | undefined {
  if (value === ".") return "must not be '.'";
  if (value === "..") return "must not be '..'";
  if (value.startsWith("..")) return "must not start with '..'";
  return undefined;
}

/** An environment variable name before RelaxedEnvironmentVariableValidation (Kubernetes ≤ 1.31 by default). */
export const checkEnvVarName = rememberingValid(function checkEnvVarName(value: string): string | undefined {
  if (!ENV_VAR_NAME.test(value)) {
    return "must consist of letters, digits, '_', '-' or '.', and must not start with a digit";
  }
  return checkNotChDir(value);
});

/** An environment variable name under RelaxedEnvironmentVariableValidation (on by default from Kubernetes 1.32, GA in 1.34). */
export const checkRelaxedEnvVarName = rememberingValid(function checkRelaxedEnvVarName(value: string): string | undefined {
  if (value.length === 0) return "must not be empty";
  if (!RELAXED_ENV_VAR_NAME.test(value)) return "must consist only of printable ASCII characters other than '='";
  return undefined;
});

/** A ConfigMap or Secret data key (also a file name when mounted). */
export const checkConfigMapKey = rememberingValid(function checkConfigMapKey(value: string): string | undefined {
  if (value.length > CONFIG_MAP_KEY_MAX_LENGTH) return `must be no more than ${CONFIG_MAP_KEY_MAX_LENGTH} characters`;
  if (!CONFIG_MAP_KEY.test(value)) return "must consist of letters, digits, '-', '_' or '.'";
  return checkNotChDir(value);
});

/** An IANA service name, the syntax of container port names: at most 15 characters, at least one letter, no '--'. */
export function checkPortName(value: string): string | undefined {
  if (value.length > PORT_NAME_MAX_LENGTH) return `must be no more than ${PORT_NAME_MAX_LENGTH} characters`;
  if (!PORT_NAME_CHARS.test(value)) return "must contain only lower case letters, digits and '-'";
  if (!HAS_LETTER.test(value)) return "must contain at least one letter";
  if (value.includes("--")) return "must not contain consecutive hyphens";
  if (value.startsWith("-") || value.endsWith("-")) return "must not begin or end with a hyphen";
  return undefined;
}

/** A C identifier, as some legacy fields demand. */
export function checkCIdentifier(value: string): string | undefined {
  return C_IDENTIFIER.test(value) ? undefined : "must start with a letter or '_' and contain only letters, digits and '_'";
}

/** An HTTP header name (probe httpHeaders). */
export function checkHttpHeaderName(value: string): string | undefined {
  return HTTP_HEADER_NAME.test(value) ? undefined : "must consist of letters, digits and '-'";
}

/** A domain-prefixed path such as `acme.io/foo` (Job managedBy). */
export function checkDomainPrefixedPath(value: string): string | undefined {
  const slash = value.indexOf("/");
  if (slash === -1) return "must be a domain-prefixed path (such as 'acme.io/foo')";
  const host = value.slice(0, slash);
  const path = value.slice(slash + 1);
  const hostProblem = checkDns1123Subdomain(host);
  if (hostProblem !== undefined) return `domain ${hostProblem}`;
  if (path.length === 0) return "must be a domain-prefixed path (such as 'acme.io/foo')";
  if (!DOMAIN_PATH_SEGMENT.test(path)) return "the path after the domain contains characters a URL path cannot hold";
  return undefined;
}

/**
 * A path inside a volume (items[].path, subPath): relative, and no '..' element.
 * Source: core/validation validateLocalDescendingPath.
 */
export function checkLocalDescendingPath(value: string): string | undefined {
  if (value.startsWith("/")) return "must be a relative path";
  // An element "..", found without splitting: this runs for every mount and volume item.
  for (let at = value.indexOf(".."); at !== -1; at = value.indexOf("..", at + 1)) {
    const starts = at === 0 || value[at - 1] === "/";
    const ends = at + 2 === value.length || value[at + 2] === "/";
    if (starts && ends) return "must not contain '..'";
  }
  return undefined;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

function isIPv4(value: string): boolean {
  const m = IPV4.exec(value);
  // Leading zeros are tolerated: Kubernetes parses IPs "sloppily" for backward compatibility.
  return m !== null && m.slice(1).every((octet) => Number(octet) <= 255);
}

function isIPv6(value: string): boolean {
  const halves = value.split("::");
  if (halves.length > 2) return false;
  const groups: string[] = [];
  for (const half of halves) if (half !== "") groups.push(...half.split(":"));
  let count = groups.length;
  const last = groups[groups.length - 1];
  if (last !== undefined && last.includes(".")) {
    if (!isIPv4(last)) return false;
    groups.pop();
    count += 1; // an embedded IPv4 address fills two groups
  }
  if (!groups.every((g) => HEX_GROUP.test(g))) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}

/** An IPv4 or IPv6 address (hostAliases[].ip, dnsConfig.nameservers). Source: validation.IsValidIP. */
export function checkIp(value: string): string | undefined {
  return isIPv4(value) || isIPv6(value) ? undefined : "must be a valid IP address, e.g. 10.9.8.7 or 2001:db8::ffff";
}
