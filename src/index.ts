// The kubejobs library. Re-exports only; see each module for the details.
export * from "./library.js";
export { loadTemplates, type LoadTemplatesOptions } from "./load-templates.js";
