import { resolve } from "node:path";
import type { Path } from "../diagnostic.js";
import { formatBytes } from "./diagnostics.js";
import { isMapping } from "./document-kind.js";
import { readTextFile } from "./read-file.js";
import type { SourceDocument } from "./types.js";

/**
 * A Secret holds at most 1 MiB of data (Kubernetes `MaxSecretSize`, checked by
 * ValidateSecret in pkg/apis/core/validation): a larger file can never be applied.
 */
export const MAX_SECRET_FILE_BYTES = 1024 * 1024;

/**
 * Reads every `secrets.<name>.data.<key>.fromFile` of a template into `doc.files`, keyed by the
 * path as written, relative to `baseDir` (the template's directory; the cwd for stdin), and why
 * any could not be read into `doc.unreadFiles`, for the compiler to report where the template
 * names it. `shownDir` says which directory that is, in the user's terms. Problems name the path,
 * never the content.
 */
export async function readSecretFiles(doc: SourceDocument, baseDir: string, shownDir: string): Promise<void> {
  const sources = fromFileSources(doc.value);
  const done = new Set<string>();
  for (const { file } of sources) {
    if (done.has(file)) continue;
    done.add(file);
    const outcome = await readTextFile(resolve(baseDir, file), MAX_SECRET_FILE_BYTES);
    if ("text" in outcome) {
      doc.files[file] = outcome.text;
      continue;
    }
    const f = outcome.failure;
    const shown = JSON.stringify(file);
    const problem =
      f.reason === "too-large"
        ? {
            code: "secret/from-file-too-large" as const,
            message: `fromFile ${shown} ${f.detail}`,
            hint: `a Secret holds at most ${formatBytes(MAX_SECRET_FILE_BYTES)} of data; mount large files from a volume instead`,
          }
        : f.reason === "binary"
          ? {
              code: "secret/from-file-not-text" as const,
              message: `fromFile ${shown} ${f.detail}`,
              hint: "secrets are written as stringData, which holds text; store binary data base64-encoded",
            }
          : {
              code: "secret/from-file-missing" as const,
              message: `fromFile ${shown} ${f.detail}`,
              hint: `the path is relative to ${shownDir}`,
            };
    doc.unreadFiles[file] = problem;
  }
}

function fromFileSources(value: unknown): { path: Path; file: string }[] {
  const out: { path: Path; file: string }[] = [];
  const secrets = isMapping(value) ? value.secrets : undefined;
  if (!isMapping(secrets)) return out;
  for (const [name, secret] of Object.entries(secrets)) {
    const data = isMapping(secret) ? secret.data : undefined;
    if (!isMapping(data)) continue;
    for (const [key, item] of Object.entries(data)) {
      if (isMapping(item) && typeof item.fromFile === "string")
        out.push({ path: ["secrets", name, "data", key, "fromFile"], file: item.fromFile });
    }
  }
  return out;
}
