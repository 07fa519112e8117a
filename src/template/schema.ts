// The JSON Schema of the template format, as `kubejobs schema` prints it (draft-07, with the
// descriptions, defaults and enums editors show). Generated from ./types.ts by
// scripts/gen-template-schema.ts. Import this module lazily (`await import(...)`): the schema is
// only needed by the `schema` command, and the bundler keeps it out of the other commands' chunks.
import schema from "./generated/template.schema.json" with { type: "json" };

/** The template JSON Schema: `$schema` draft-07, `$id`, `title`, `Template` = Job | ScheduledJob by `kind`. */
export function templateJsonSchema(): object {
  // A copy: callers may add `$comment`s or the like without touching the module's data.
  return structuredClone(schema) as object;
}
