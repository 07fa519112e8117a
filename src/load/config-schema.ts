// The project file `kubejobs.config.yaml` (INTEGRATIONS.md §1): its type and its JSON Schema, one
// next to the other. scripts/gen-config-schema.ts compiles the schema into a standalone validator
// (src/load/generated/config-validator.js); `kubejobs schema --config` prints it.

import type { GitopsMode } from "../template/types.js";

export const CONFIG_FILE_NAMES = ["kubejobs.config.yaml", "kubejobs.config.yml"] as const;

export type { GitopsMode };
export const GITOPS_MODES = ["argocd-hook", "argocd-replace", "flux"] as const satisfies readonly GitopsMode[];

export const RULE_LEVELS = ["error", "warning", "info", "off"] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

export const PSS_LEVELS = ["baseline", "restricted"] as const;
export type PssLevel = (typeof PSS_LEVELS)[number];

/** Project defaults; every key is optional and every flag overrides its key. */
export interface ProjectConfig {
  /** Inputs when a command gets no paths: globs relative to the config file's directory. */
  include?: string[];
  /** `render --out-dir` default, relative to the config file's directory. */
  outDir?: string;
  /** Target Kubernetes version, e.g. "1.33" (quoted: YAML reads 1.30 as the number 1.3). */
  kubeVersion?: string;
  /** Default namespace for templates that set none (`-n`). */
  namespace?: string;
  /** Annotations that keep Jobs from fighting a GitOps sync. */
  gitops?: GitopsMode;
  lint?: { pss?: PssLevel; rules?: Record<string, RuleLevel> };
}

export const CONFIG_SCHEMA_ID = "https://kubejobs.dev/schema/config.json";

export const configJsonSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: CONFIG_SCHEMA_ID,
  title: "kubejobs project configuration (kubejobs.config.yaml)",
  description:
    "Project defaults for kubejobs commands. Found by walking up from the working directory, or named with --config. Flags override it.",
  type: "object",
  additionalProperties: false,
  properties: {
    include: {
      description:
        "Inputs when a command is given no paths: glob patterns relative to this file's directory, e.g. jobs/**/*.kubejobs.{yaml,ts}.",
      type: "array",
      items: { type: "string", minLength: 1 },
      minItems: 1,
    },
    outDir: {
      description: "Default for render --out-dir, relative to this file's directory.",
      type: "string",
      minLength: 1,
    },
    kubeVersion: {
      description: 'Target Kubernetes version, e.g. "1.33". Quote it: YAML reads 1.30 as the number 1.3.',
      type: "string",
      pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$",
    },
    namespace: {
      description: "Default namespace for templates that set none (like -n); never overrides a template's own.",
      type: "string",
      minLength: 1,
    },
    gitops: {
      description:
        "Annotations on Jobs that keep a GitOps sync from failing on immutable Jobs or re-running Jobs after their TTL: argocd-hook, argocd-replace or flux.",
      enum: [...GITOPS_MODES],
    },
    lint: {
      description: "kubejobs lint settings.",
      type: "object",
      additionalProperties: false,
      properties: {
        pss: { description: "Pod Security Standards level to enforce.", enum: [...PSS_LEVELS] },
        rules: {
          description: "Rule levels by rule id: error, warning, info or off.",
          type: "object",
          additionalProperties: { enum: [...RULE_LEVELS] },
        },
      },
    },
  },
} as const;
