// Records built from user keys. A key such as `__proto__` is a valid label, Secret or ConfigMap
// key and arrives from YAML as an own property: plain assignment would set the prototype
// instead, and plain lookup would find Object.prototype members. These helpers never do either.

import { setOwn } from "../k8s/fixed-shape.js";

export { setOwn };

/** The record's own value for `key`, never an inherited one. */
export function getOwn<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Whether the record has an own enumerable key; `hasKeys(record)` without building the list. */
export function hasKeys(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/** A copy with keys sorted, for maps whose order carries no meaning (labels, data, resources). */
export function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  // Most maps are written in order already: a spread copy keeps that order (own `__proto__` keys
  // included, as data) and is much cheaper than adding keys one by one.
  return isSorted(record) ? { ...record } : sortedCopy(record);
}

/**
 * `sortKeys` for a record built by the compiler (never one of the template's): when its keys are
 * in order already, as they usually are, it is returned itself instead of copied.
 */
export function inKeyOrder<T>(record: Record<string, T>): Record<string, T> {
  return isSorted(record) ? record : sortedCopy(record);
}

function sortedCopy<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) setOwn(out, key, record[key]!);
  return out;
}

/** Keys in own-key order (what for...in gives on a plain record), without building their list. */
function isSorted(record: object): boolean {
  let previous: string | undefined;
  for (const key in record) {
    if (previous !== undefined && previous > key) return false;
    previous = key;
  }
  return true;
}
