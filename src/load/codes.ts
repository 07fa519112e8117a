// Every diagnostic code the loader emits, with what it means. The CLI maps `io/*` to exit 2 and
// everything else to exit 1; tests check that the loader emits nothing outside this table.
export const loadCodes = {
  "io/no-input": "no file, directory or `-` was given",
  "io/not-found": "a named file or directory does not exist",
  "io/unreadable": "a file or directory exists but cannot be read (permissions, a device, ...)",
  "io/too-large": "an input is larger than 10 MiB",
  "io/binary": "an input contains NUL bytes or is not UTF-8 text",
  "io/no-templates": "a directory holds no template or Job/CronJob/Secret/ConfigMap manifest",
  "io/skipped": "warning: a file found in a directory could not be read and was skipped",

  "yaml/syntax": "the YAML (or JSON) does not parse",
  "yaml/duplicate-key":
    "a mapping sets the same key twice (also through an alias: `{ &k a: 1, *k : 2 }`); an error in templates, a warning in manifests (kubectl keeps the last value)",
  "yaml/complex-key": "a list or mapping is used as a mapping key (`? [a, b] : c`); keys are strings",
  "yaml/tab-indent": "a tab is used for indentation",
  "yaml/unknown-anchor": "an alias (*name) refers to an anchor (&name) that is not defined before it",
  "yaml/alias-limit": "aliases expand to too much data (a billion-laughs guard)",
  "yaml/not-a-mapping": "a document is a list or a scalar instead of a mapping",
  "yaml/not-json": "a value kubectl cannot turn into JSON, so it refuses the file: `.inf`, `.nan`, a null key",
  "yaml/bad-merge": "a merge key (`<<`) whose value is not a mapping or a list of mappings",
  "yaml/empty": "a file or stdin holds no document at all",
  "yaml/directive": "a `%YAML` or `%TAG` directive line, which kubectl cannot read",
  "yaml/unknown-tag":
    "warning: a tag such as !foo that kubectl ignores, so the value is read as if untagged; an error when a !!int, !!float, !!bool, !!null, !!binary or !!timestamp value is not one",

  "load/forbidden-key": "a `__proto__` key, refused so that it cannot pollute objects downstream",
  "load/too-deep": "data nested deeper than 64 levels",
  "load/too-many-values": "a template with more than 1,000,000 values (shared references that multiply)",
  "load/circular": "data that contains itself (a recursive alias, or a TS object cycle)",
  "load/not-data": "a TS template holds a value that is not plain data (a function, a Date, a class instance, ...)",
  "load/ts-syntax": "esbuild cannot compile a TS/JS file (syntax error and other build errors)",
  "load/bundler-failed": "esbuild itself could not be loaded or run (an installation problem)",
  "load/unresolved-import": "a TS/JS import cannot be resolved",
  "load/ts-threw": "the template module, or its default-export function, threw",
  "load/bad-export": "the default export is missing or is not a template, a list of templates or a function",
  "load/empty-export": "warning: the default export is an empty list",
  "load/never-settled":
    "a TS template never finished: its default-export function or a top-level await waits on a promise that never settles (reported by the CLI when the process runs out of work)",

  "config/invalid": "the project config (kubejobs.config.yaml) has a value of the wrong type or form",
  "config/unknown-field": "the project config has a field kubejobs does not know",
} as const;

export type LoadCode = keyof typeof loadCodes;
