import { parseArgs, type ParseArgsConfig } from "node:util";
import { DEFAULT_KUBE_VERSION, isKubeVersion, KUBE_VERSIONS, type KubeVersion } from "../k8s/versions.js";

/** A wrong flag or argument: printed with the command's usage, exit 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** `parseArgs` in strict mode, turning its exceptions into a UsageError with a plain message. */
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

export function parseCommandArgs<O extends Options>(argv: string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}

/** `1.30`, `v1.30` and `1.30.2` all mean the bundled 1.30 schemas. */
export function parseKubeVersion(value: string | undefined): KubeVersion {
  if (value === undefined) return DEFAULT_KUBE_VERSION;
  const m = /^v?(\d+\.\d+)(?:\.\d+)?$/.exec(value.trim());
  if (m && isKubeVersion(m[1]!)) return m[1];
  throw new UsageError(`--kube-version ${value} is not bundled; choose one of ${KUBE_VERSIONS.join(", ")}`);
}

export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  debug: { type: "boolean" },
} as const;
