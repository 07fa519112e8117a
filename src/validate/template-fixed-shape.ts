// The one copy of a template in fixed shapes (k8s/fixed-shape.ts): made once by check-template.ts,
// validated by the shape check's fast path (the generated verdict, see `checkTemplateShape`), then
// compiled. (The verdict reads each object by its own keys, so it does not need the fixed shapes;
// it reads the copy because that measured cheaper in the whole pipeline than reading the template.)
//
// The generated validator asks the template for each of its ~60 fields, and each container for
// its ~20, by name (`if (data.hostAliases !== undefined)`), and most are absent. Templates come in
// as many object shapes as there are combinations of optional fields, so V8's property caches go
// megamorphic and every absent field costs a slow full lookup: that was most of the validator's
// time (bench templates: 24 µs each; with the copy, 9.5 µs, the copy included), and the compiler,
// which asks for the same fields, read the template through a copy of its own (52 → 33 µs). The copy
// has one fixed shape per object kind (every known field, `undefined` when not set), built in one
// pass over the keys the object has, so the validator's and the compiler's reads are monomorphic.
//
// The copy is valid exactly when the template is: ajv treats a field whose value is `undefined` as
// absent (`properties`, `required`, and the `if`/`else` on `kind` all test `!== undefined`), every
// added key is a declared property (so `additionalProperties: false` has nothing to say about it),
// and unknown keys are copied too. Neither object schema counts keys (no minProperties,
// propertyNames or dependencies at that level; a test keeps it so). Errors are never taken from
// the copy: on failure the caller validates the template itself, so messages and their order are
// exactly ajv's on the user's own object.
import { FixedShape, setOwn } from "../k8s/fixed-shape.js";
import { isRecord } from "../k8s/rules/util.js";
import { definition } from "./template-shapes.js";

type Fields = Record<string, unknown>;

const propertiesOf = (name: string): string[] => Object.keys(definition(name).properties ?? {});

// The run-time validator checks both kinds against one merged object schema (all fields of both).
const TEMPLATE = new FixedShape([...new Set([...propertiesOf("JobTemplate"), ...propertiesOf("ScheduledJobTemplate")])]);
const CONTAINER = new FixedShape(propertiesOf("Container"));
const CONTAINER_MAPS = ["containers", "initContainers"] as const;

/** The template and its containers in fixed shapes; anything unexpected is kept as it is, for the validator to judge. */
export function withFixedShapes(template: Fields): Fields {
  const out = TEMPLATE.of(template);
  for (const group of CONTAINER_MAPS) {
    const map = out[group];
    if (!isRecord(map)) continue;
    const copy: Fields = {};
    for (const name in map) {
      const container = map[name];
      setOwn(copy, name, isRecord(container) ? CONTAINER.of(container) : container);
    }
    out[group] = copy;
  }
  return out;
}

/** For the test that keeps the equivalence argument above true. */
export const FIXED_SHAPE_DEFINITIONS = ["JobTemplate", "ScheduledJobTemplate", "Container"] as const;
