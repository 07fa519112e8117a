import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { OutputFormat } from "../emit/emit-manifests.js";
import { planOutDir } from "../emit/plan-out-dir.js";
import { diffOutDir, type ExistingEntry } from "../integrations/out-dir-diff.js";
import type { K8sObject } from "../k8s/types.js";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIO } from "./io.js";

/**
 * `render --out-dir DIR --check`: writes nothing; 0 when DIR holds exactly what render would write,
 * else 1 with a unified diff on stderr (Secret values hidden). A file of its own (dist/chunks),
 * loaded only with --check: it carries the diff library.
 */
export function checkOutDir(dir: string, manifests: readonly K8sObject[], format: OutputFormat, io: CliIO, again: string): number {
  const target = resolve(io.cwd, dir);
  let existing: ExistingEntry[] = [];
  try {
    existing = readdirSync(target).map((name): ExistingEntry => {
      const stat = lstatSync(join(target, name));
      if (stat.isFile()) return { name, text: readFileSync(join(target, name), "utf8") };
      return { name, other: stat.isDirectory() ? "directory" : "other" };
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") {
      io.stderr(`${dir}: error: --out-dir exists and is not a directory\n  hint: name a new or kubejobs-written directory\n`);
      return EXIT_USAGE;
    }
    if (code !== "ENOENT") {
      io.stderr(`${dir}: error: could not read --out-dir: ${code ?? (e as Error).message}\n  hint: check that it is readable\n`);
      return EXIT_USAGE;
    }
  }
  const files = planOutDir(manifests, format).map((f, i) => ({ ...f, secret: manifests[i]?.kind === "Secret" }));
  const diff = diffOutDir(dir, files, existing);
  const count = diff.added.length + diff.removed.length + diff.changed.length;
  if (count === 0) {
    io.stderr(`${dir} is up to date (${files.length} files)\n`);
    return EXIT_OK;
  }
  const parts = [
    diff.added.length > 0 ? `${diff.added.length} to add` : "",
    diff.removed.length > 0 ? `${diff.removed.length} to remove` : "",
    diff.changed.length > 0 ? `${diff.changed.length} to change` : "",
  ].filter((p) => p !== "");
  io.stderr(
    `${dir}: error: out of date: ${parts.join(", ")} (${count === 1 ? "1 file" : `${count} files`})\n` +
      diff.patch +
      `  hint: run ${again} and commit the result\n`,
  );
  return EXIT_INVALID;
}
