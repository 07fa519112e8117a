// Copies of records in one fixed object shape, for code that asks them for many optional fields
// by name: the template validator and the compiler (a template and its containers,
// validate/template-fixed-shape.ts), and the Kubernetes rules (a manifest's containers,
// rules/target.ts).
//
// Records come in as many object shapes as there are combinations of optional fields set, so V8's
// property caches go megamorphic and every read of an absent field is a slow full lookup: that
// was most of the validator's time, of the compiler's pass-through loops, and of the container
// rules. A copy of one blank with every field (`undefined` when not set), made in one pass over
// the keys the record has (V8 reads `record[key]` inside `for...in` through its enum cache), makes
// every later read monomorphic.
//
// Keys outside the list are copied too, after the fields, as own properties (`__proto__` as well:
// plain assignment would set the prototype instead), so the copy says everything the record
// says: a validator still sees an unknown field, a rule reads it as it would on the record. Only
// the shape differs, and fields set to `undefined` read the same as absent ones.
//
// It lives here, at the lowest stage that all three users may import (STYLE.md: compile and
// validate may import k8s, k8s only the leaves); it knows nothing of Kubernetes.

type Fields = Record<string, unknown>;

export class FixedShape {
  private readonly blank: Fields;

  constructor(fields: readonly string[]) {
    // Object.fromEntries keeps fast properties, which `{ ...blank }` copies quickly; assigning the
    // fields one by one (`blank[key] = undefined`) would turn it into a dictionary, ten times slower to copy.
    this.blank = Object.fromEntries(fields.map((field) => [field, undefined]));
  }

  /** The record in this shape; the record itself is never changed. */
  of(record: Fields): Fields {
    const out = { ...this.blank };
    // A field fills its slot, any other key is added after them: plain assignment does both, except
    // for `__proto__` (never a field), which setOwn makes an own property.
    for (const key in record) setOwn(out, key, record[key]);
    return out;
  }
}

/**
 * Sets an own, enumerable property whatever the key (plain assignment to `__proto__` would set the
 * prototype). The one definition: the compiler's records use it too (compile/records.ts).
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === "__proto__") Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
