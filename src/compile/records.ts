// Records built from user keys. A key such as `__proto__` is a valid label, Secret or ConfigMap
// key and arrives from YAML as an own property: plain assignment would set the prototype
// instead, and plain lookup would find Object.prototype members. These helpers never do either.

/** Sets an own, enumerable property whatever the key. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === "__proto__") Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

/** The record's own value for `key`, never an inherited one. */
export function getOwn<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A copy with keys sorted, for maps whose order carries no meaning (labels, data, resources). */
export function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) setOwn(out, key, record[key]!);
  return out;
}
