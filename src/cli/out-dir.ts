import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { K8sObject } from "../k8s/types.js";
import type { OutputFormat } from "../emit/emit-manifests.js";
import { OUT_DIR_MARKER, planOutDir } from "../emit/plan-out-dir.js";
import { EXIT_OK, EXIT_USAGE, type CliIO } from "./io.js";

/**
 * Writes one file per object plus a kustomization.yaml, all or nothing: everything goes into a
 * fresh sibling directory that then replaces DIR by rename. A DIR we did not write (non-empty,
 * without our kustomization marker) is never replaced.
 */
export function writeOutDir(dir: string, manifests: readonly K8sObject[], format: OutputFormat, io: CliIO): number {
  const target = resolve(io.cwd, dir);
  const fail = (message: string, hint: string): number => {
    io.stderr(`${dir}: error: ${message}\n  hint: ${hint}\n`);
    return EXIT_USAGE;
  };
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) return fail("--out-dir exists and is not a directory", "name a new or kubejobs-written directory");
    const entries = readdirSync(target);
    const ours =
      entries.includes("kustomization.yaml") && readFileSync(join(target, "kustomization.yaml"), "utf8").startsWith(OUT_DIR_MARKER);
    if (entries.length > 0 && !ours) {
      return fail("--out-dir is not empty and was not written by kubejobs; refusing to replace it", "name an empty or new directory");
    }
  }
  const files = planOutDir(manifests, format);
  const staging = join(dirname(target), `.${basename(target)}.kubejobs-${process.pid}`);
  const old = `${staging}-old`;
  try {
    makeDirectory(staging);
    for (const file of files) writeFileSync(join(staging, file.name), file.text, { flag: "wx" });
    if (existsSync(target)) renameSync(target, old);
    try {
      renameSync(staging, target);
    } catch (e) {
      if (existsSync(old)) renameSync(old, target);
      throw e;
    }
    removeQuietly(old);
  } catch (e) {
    removeQuietly(staging);
    return fail(
      `could not write --out-dir: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      "check that the directory and its parent are writable",
    );
  }
  io.stderr(`wrote ${manifests.length} object${manifests.length === 1 ? "" : "s"} and kustomization.yaml to ${dir}\n`);
  return EXIT_OK;
}

/**
 * `mkdir -p`, one level at a time. Node's `mkdirSync(dir, { recursive: true })` retries for ever
 * where creating an entry fails with ENOENT under a parent that exists (procfs, sysfs): here the
 * first failure is the answer.
 */
function makeDirectory(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing.reverse()) mkdirSync(at);
}

/** Cleanup after a failed write must not fail in turn (a path under a regular file: ENOTDIR). */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Nothing was created there, or it cannot be removed: either way, not the user's problem now.
  }
}
