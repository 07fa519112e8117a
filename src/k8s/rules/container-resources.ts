// Container requests and limits.
// Source: core/validation ValidateContainerResourceRequirements, validateContainerResourceName,
// ValidateResourceQuantityValue (non-negative; extended resources must be whole numbers),
// helper.IsOvercommitAllowed (extended resources and hugepages need a limit and requests equal
// to it); pkg/api/pod/warnings.go for fractional bytes of memory and ephemeral-storage (a
// warning: `memory: 250m` is 0.25 bytes). Requests left out default to the limits, so a limit
// alone is fine.
import { atKey, error, warning, type Diagnostic, type Path } from "../../diagnostic.js";
import { checkQualifiedName } from "../names.js";
import { compareQuantities, hasFractionalUnits, isNegativeQuantity, parseQuantity, type Quantity } from "../quantities.js";
import type { Rule } from "./rule.js";
import { asRecord, type Json } from "./util.js";

const STANDARD_CONTAINER_RESOURCES = new Set(["cpu", "memory", "ephemeral-storage"]);
const HUGEPAGES_PREFIX = "hugepages-";
const BYTE_RESOURCES = new Set(["memory", "ephemeral-storage"]);
const UNIT_TYPOS: Readonly<Record<string, string>> = {
  KB: "k",
  K: "k",
  MB: "M",
  GB: "G",
  TB: "T",
  KiB: "Ki",
  MiB: "Mi",
  GiB: "Gi",
  TiB: "Ti",
  mb: "M",
  gb: "G",
  kb: "k",
  mi: "Mi",
  gi: "Gi",
  ki: "Ki",
};
const TYPO = /^\s*([+-]?[0-9.]+)\s*([A-Za-z]+)\s*$/;

/** A hint for a quantity that does not parse, naming the likely fix. */
export function quantityHint(resource: string, raw: string | number): string {
  const typo = TYPO.exec(String(raw));
  const unit = typo && Object.hasOwn(UNIT_TYPOS, typo[2]!) ? UNIT_TYPOS[typo[2]!] : undefined;
  if (typo && unit !== undefined) {
    if (unit.endsWith("i")) return `write ${typo[1]}${unit}`;
    return `write ${typo[1]}${unit} (powers of 1000) or ${typo[1]}${unit === "k" ? "K" : unit}i (powers of 1024)`;
  }
  if (resource === "cpu") return "use a Kubernetes quantity such as 250m, 1 or 1.5";
  if (BYTE_RESOURCES.has(resource) || resource.startsWith(HUGEPAGES_PREFIX)) return "use a Kubernetes quantity such as 512Mi, 1Gi or 1.5G";
  return "use a Kubernetes quantity such as 1, 500m or 2Gi";
}

function isHugePages(name: string): boolean {
  return name.startsWith(HUGEPAGES_PREFIX) || name.startsWith(`requests.${HUGEPAGES_PREFIX}`);
}

/** Native: no domain, or a kubernetes.io domain. Source: helper.IsNativeResource. */
function isNative(name: string): boolean {
  return !name.includes("/") || name.includes("kubernetes.io/");
}

function overcommitAllowed(name: string): boolean {
  return isNative(name) && !isHugePages(name);
}

/** `[...base, "resources", field, name]`, built only when something is reported: this runs for every entry. */
function entryPath(base: Path, field: string, name: string): Path {
  return [...base, "resources", field, name];
}

function checkName(name: string, base: Path, field: string, out: Diagnostic[]): boolean {
  const problem = checkQualifiedName(name);
  if (problem) {
    out.push(atKey(error("resources/invalid-name", entryPath(base, field, name), `resource name ${JSON.stringify(name)}: ${problem}`)));
    return false;
  }
  if (!name.includes("/")) {
    if (!STANDARD_CONTAINER_RESOURCES.has(name) && !name.startsWith(HUGEPAGES_PREFIX)) {
      out.push(
        atKey(
          error(
            "resources/invalid-name",
            entryPath(base, field, name),
            `${JSON.stringify(name)} is not a container resource; use cpu, memory, ephemeral-storage, hugepages-<size>, or a domain-prefixed extended resource such as nvidia.com/gpu`,
          ),
        ),
      );
      return false;
    }
  } else if (!isNative(name) && name.startsWith("requests.")) {
    out.push(
      atKey(
        error(
          "resources/invalid-name",
          entryPath(base, field, name),
          `extended resource name ${JSON.stringify(name)} must not start with "requests."`,
        ),
      ),
    );
    return false;
  }
  return true;
}

/** A quantity that parsed and is not negative: the entries Kubernetes goes on to compare. */
function usable(raw: unknown): Quantity | undefined {
  if (typeof raw !== "string" && typeof raw !== "number") return undefined;
  const q = parseQuantity(raw); // cached: the second parse of an entry is a look-up
  return q && !isNegativeQuantity(q) ? q : undefined;
}

/** Names in a requests or limits map that matter for hugepages: cpu or memory (1), hugepages (2). */
const CPU_OR_MEMORY = 1;
const HUGE_PAGES = 2;

/** Checks every entry of a requests or limits map, reporting what does not parse; returns the kinds of usable names (bits above). */
function checkList(list: Json, base: Path, field: string, out: Diagnostic[]): number {
  let kinds = 0;
  for (const name in list) {
    const raw = list[name];
    if (typeof raw !== "string" && typeof raw !== "number") continue;
    const named = checkName(name, base, field, out);
    const q = parseQuantity(raw);
    if (!q) {
      out.push(
        error("quantity/invalid", entryPath(base, field, name), `${JSON.stringify(raw)} is not a quantity`, quantityHint(name, raw)),
      );
      continue;
    }
    if (isNegativeQuantity(q)) {
      out.push(
        error(
          "quantity/negative",
          entryPath(base, field, name),
          `${name} must be greater than or equal to 0 (it is ${JSON.stringify(raw)})`,
        ),
      );
      continue;
    }
    if (named && !isNative(name) && hasFractionalUnits(q)) {
      out.push(
        error(
          "resources/not-integer",
          entryPath(base, field, name),
          `extended resource ${name} must be a whole number (it is ${JSON.stringify(raw)})`,
          "use 1, 2, ...",
        ),
      );
    }
    if (BYTE_RESOURCES.has(name) && hasFractionalUnits(q)) {
      out.push(
        warning(
          "resources/fractional-bytes",
          entryPath(base, field, name),
          `${name} ${JSON.stringify(raw)} is a fraction of a byte; Kubernetes accepts it with a warning, but it is almost certainly a mistake ('m' means milli, not mega)`,
          `use Mi or M for mebibytes or megabytes, e.g. ${String(raw).replace(/m$/, "Mi")}`,
        ),
      );
    }
    if (name === "cpu" || name === "memory") kinds |= CPU_OR_MEMORY;
    if (isHugePages(name)) kinds |= HUGE_PAGES;
  }
  return kinds;
}

export const containerResources: Rule = {
  code: "resources",
  codes: [
    "quantity/invalid",
    "quantity/negative",
    "resources/invalid-name",
    "resources/not-integer",
    "resources/fractional-bytes",
    "resources/request-exceeds-limit",
    "resources/request-must-equal-limit",
    "resources/limit-required",
    "resources/hugepages-need-cpu-or-memory",
  ],
  check(t, _ctx, out) {
    for (const ref of t.containers) {
      const resources = asRecord(ref.container.resources);
      if (!resources) continue;
      const base = ref.path;
      const limitsRaw = asRecord(resources.limits);
      const requestsRaw = asRecord(resources.requests);
      // Each map's own problems first (limits, then requests), then each usable request against its limit.
      let kinds = limitsRaw ? checkList(limitsRaw, base, "limits", out) : 0;
      if (requestsRaw) kinds |= checkList(requestsRaw, base, "requests", out);
      for (const name in requestsRaw) {
        const raw = requestsRaw[name];
        const request = usable(raw);
        if (!request) continue;
        const limitRaw = limitsRaw && Object.hasOwn(limitsRaw, name) ? limitsRaw[name] : undefined;
        const limit = usable(limitRaw);
        if (limit) {
          const cmp = compareQuantities(request, limit);
          if (cmp !== 0 && !overcommitAllowed(name)) {
            out.push(
              error(
                "resources/request-must-equal-limit",
                entryPath(base, "requests", name),
                `${name} cannot be overcommitted: its request (${JSON.stringify(raw)}) must equal its limit (${JSON.stringify(limitRaw)})`,
                "set one value: requests default to the limit",
              ),
            );
          } else if (cmp > 0) {
            out.push(
              error(
                "resources/request-exceeds-limit",
                entryPath(base, "requests", name),
                `the ${name} request (${JSON.stringify(raw)}) is more than its limit (${JSON.stringify(limitRaw)}); a request must be less than or equal to the limit`,
                "raise the limit or lower the request",
              ),
            );
          }
        } else if (!overcommitAllowed(name) && !(limitsRaw && Object.hasOwn(limitsRaw, name))) {
          out.push(
            error(
              "resources/limit-required",
              [...base, "resources", "limits"],
              `${name} cannot be overcommitted, so it needs a limit (equal to its request)`,
              `set limits.${name} to ${JSON.stringify(raw)}`,
            ),
          );
        }
      }
      const hugePages = (kinds & HUGE_PAGES) !== 0;
      const cpuOrMemory = (kinds & CPU_OR_MEMORY) !== 0;
      if (hugePages && !cpuOrMemory) {
        out.push(
          error(
            "resources/hugepages-need-cpu-or-memory",
            [...base, "resources"],
            "hugepages requests or limits also need a cpu or memory request or limit",
          ),
        );
      }
    }
  },
};
