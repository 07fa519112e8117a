import type { Quantity } from "../template/types.js";

/** Quantities are written as strings, as the API server returns them (`cpu: "1"`, not `cpu: 1`). */
export function quantityString(q: Quantity): string {
  return typeof q === "number" ? String(q) : q;
}
