// The template format: one shape for the library API, TS files and YAML files, split by topic.
// JSDoc in these files becomes the descriptions of the generated JSON Schema (`kubejobs schema`).
// Re-exports only: the rest of kubejobs imports the template types from here.
export type * from "./resources.js";
export type * from "./env.js";
export type * from "./files.js";
export type * from "./probes.js";
export type * from "./container.js";
export type * from "./secret.js";
export type * from "./pod.js";
export type * from "./job.js";
