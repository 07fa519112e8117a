import type { Quantity, Resources } from "../template/types.js";
import type { Path } from "../diagnostic.js";
import type { OriginRecorder } from "./origins.js";
import { quantityString } from "./quantity-string.js";
import { getOwn, setOwn, inKeyOrder, hasKeys } from "./records.js";

/** Template spellings of resource names that Kubernetes writes differently. */
const RESOURCE_NAMES: Record<string, string> = { ephemeralStorage: "ephemeral-storage" };

/**
 * A range `MIN-MAX`: the dash that separates is the first one not inside an exponent
 * (`1e-3` is one quantity), so `250m-1` and `1e-3-1` both split where a reader expects.
 */
const RANGE = /^(.*?[^eE+-])-(.+)$/;

function isFullForm(resources: Resources): resources is { requests?: Record<string, Quantity>; limits?: Record<string, Quantity> } {
  const keys = Object.keys(resources);
  return keys.length > 0 && keys.every((k) => k === "requests" || k === "limits");
}

/**
 * `{ cpu: "500m" }` → requests = limits = 500m; `{ memory: "512Mi-1Gi" }` → request 512Mi, limit 1Gi;
 * `{ requests, limits }` passes through. Keys are sorted: resource order carries no meaning.
 */
export function compileResources(resources: Resources, path: Path, rec: OriginRecorder | undefined): Record<string, unknown> {
  const requests: Record<string, string> = {};
  const limits: Record<string, string> = {};
  if (isFullForm(resources)) {
    for (const [kind, target] of [
      ["requests", requests],
      ["limits", limits],
    ] as const) {
      for (const [name, q] of Object.entries(resources[kind] ?? {})) {
        setOwn(target, name, quantityString(q));
        rec?.add([kind, name], [...path, kind, name]);
      }
    }
  } else {
    for (const [key, q] of Object.entries(resources as Record<string, Quantity>)) {
      const name = getOwn(RESOURCE_NAMES, key) ?? key;
      const text = quantityString(q);
      const range = typeof q === "string" ? RANGE.exec(text) : null;
      setOwn(requests, name, range ? range[1]! : text);
      setOwn(limits, name, range ? range[2]! : text);
      rec?.translated(["requests", name], [...path, key]);
      rec?.translated(["limits", name], [...path, key]);
    }
  }
  const out: Record<string, unknown> = {};
  if (hasKeys(limits)) out.limits = inKeyOrder(limits);
  if (hasKeys(requests)) out.requests = inKeyOrder(requests);
  return out;
}
