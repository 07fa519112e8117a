import { relative, resolve } from "node:path";
import { error, type Diagnostic } from "../diagnostic.js";
import type { KubeVersion } from "../k8s/versions.js";
import { argocdDefaults } from "../integrations/argocd-env.js";
import { loadConfig } from "../load/config.js";
import { GITOPS_MODES, type GitopsMode, type ProjectConfig } from "../load/config-schema.js";
import { parseKubeVersion, UsageError } from "./args.js";
import type { CliIO } from "./io.js";

/** What a command works on: its inputs and defaults, from the flags first, then the project config. */
export interface Project {
  inputs: string[];
  kubeVersion: KubeVersion;
  namespace?: string;
  /** `render --out-dir` default, resolved against the config file's directory. */
  outDir?: string;
  /** GitOps annotations for Jobs: `--gitops` (where the command has it), else the config's. */
  gitops?: GitopsMode;
  /** The environment templates see (`fromEnv`, a TS template's `env`): the process's, plus Argo CD's ARGOCD_ENV_ variables unprefixed. */
  env: Record<string, string | undefined>;
  config: ProjectConfig;
  /** Config problems (located) and an `include` that matched nothing; inputs are empty then. */
  diagnostics: Diagnostic[];
}

export interface ProjectFlags {
  config?: string | undefined;
  "kube-version"?: string | undefined;
  namespace?: string | undefined;
  gitops?: string | undefined;
}

/** The flags every command that takes inputs shares with the project config. */
export const PROJECT_OPTIONS = {
  config: { type: "string" },
  "kube-version": { type: "string" },
} as const;

/**
 * Flags override the config file; with no paths on the command line, the config's `include` names
 * the inputs. A command without either is a usage error (`what` says what to name). `ruleIds`
 * (lint's) makes any other id in the config's `lint.rules` an error.
 */
export async function resolveProject(
  flags: ProjectFlags,
  positionals: string[],
  io: CliIO,
  what: string,
  ruleIds?: readonly string[],
): Promise<Project> {
  const loaded = await loadConfig({
    cwd: io.cwd,
    ...(flags.config === undefined ? {} : { file: flags.config }),
    ...(ruleIds === undefined ? {} : { ruleIds }),
  });
  const { config } = loaded;
  // Inside Argo CD the Application's cluster and namespace come before the repository's config;
  // flags come before both (INTEGRATIONS.md §6).
  const argocd = argocdDefaults(io.env);
  const argocdDiagnostics = flags["kube-version"] === undefined ? (argocd?.diagnostics ?? []) : [];
  const kubeVersion =
    flags["kube-version"] === undefined && argocd?.kubeVersion !== undefined
      ? argocd.kubeVersion
      : parseKubeVersion(flags["kube-version"] ?? config.kubeVersion);
  const namespace = flags.namespace ?? argocd?.namespace ?? config.namespace;
  const gitops = parseGitops(flags.gitops) ?? config.gitops;
  const project: Project = {
    inputs: positionals,
    kubeVersion,
    env: argocd?.env ?? io.env,
    config,
    diagnostics: [...loaded.diagnostics, ...argocdDiagnostics],
    ...(namespace === undefined ? {} : { namespace }),
    ...(gitops === undefined || gitops === "none" ? {} : { gitops }),
    ...(config.outDir === undefined ? {} : { outDir: shown(resolve(loaded.dir, config.outDir), io.cwd) }),
  };
  if (project.diagnostics.some((d) => d.severity === "error")) return { ...project, inputs: [] };
  if (positionals.length > 0) return project;
  if (config.include === undefined) {
    const where = loaded.file === undefined ? "" : ` (${shown(loaded.file, io.cwd)} has no include)`;
    throw new UsageError(`name at least one ${what}, or - for stdin${where}`);
  }
  const { glob } = await import("tinyglobby");
  const found = await glob(config.include, { cwd: loaded.dir, onlyFiles: true, absolute: true, expandDirectories: false });
  if (found.length === 0) {
    const d = error(
      "io/no-input",
      ["include"],
      `include matched no files: ${config.include.join(", ")}`,
      "check the patterns; they are relative to the config file's directory",
    );
    return { ...project, inputs: [], diagnostics: [...project.diagnostics, { ...d, file: shown(loaded.file!, io.cwd) }] };
  }
  return { ...project, inputs: found.map((f) => shown(f, io.cwd)).sort() };
}

/** `--gitops`: a mode, or `none` to turn off the config's. */
function parseGitops(value: string | undefined): GitopsMode | "none" | undefined {
  if (value === undefined) return undefined;
  if (value === "none" || (GITOPS_MODES as readonly string[]).includes(value)) return value as GitopsMode | "none";
  throw new UsageError(`--gitops ${value}: choose ${GITOPS_MODES.join(", ")} or none`);
}

/** Paths as the user would write them: relative to the working directory when inside it. */
function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}
