import type { FileSpec } from "../template/types.js";
import type { Path } from "../diagnostic.js";
import type { CompileContext } from "./context.js";
import type { OriginRecorder } from "./origins.js";
import { KEY_REF_HINT, parseKeyRef } from "./refs.js";

/** The volume holding the template's inline files (its `<name>-files` ConfigMap). */
const INLINE_FILES_VOLUME = "kubejobs-files";

export function inlineFilesConfigMapName(templateName: string): string {
  return `${templateName}-files`;
}

/** `"0644"` → 420; undefined when not an octal mode 0–0777. */
export function parseFileMode(mode: string): number | undefined {
  if (!/^0?[0-7]{1,3}$/.test(mode)) return undefined;
  return parseInt(mode, 8);
}

/**
 * A ConfigMap/Secret key for a file, derived from its mount path (`/etc/app/config.yaml` →
 * `etc-app-config.yaml`): keys allow only `[-._a-zA-Z0-9]`. A clash gets a numeric suffix.
 */
function fileKey(mountPath: string, ctx: CompileContext): string {
  const base = keyFromPath(mountPath) || "file";
  let key = base;
  for (let n = 2; ctx.fileKeys.has(key); n++) key = `${base}-${n}`;
  ctx.fileKeys.add(key);
  return key;
}

/**
 * The mount path without its leading slashes, each run of characters a key may not have made one
 * `-`, then without leading `-` and `.`: in one pass that copies the allowed runs whole (it was
 * three regular-expression replaces, run for every file).
 */
export function keyFromPath(mountPath: string): string {
  let i = 0;
  while (mountPath.charCodeAt(i) === 47) i++; // "/"
  let out = "";
  let start = i;
  for (; i < mountPath.length; i++) {
    if (isKeyChar(mountPath.charCodeAt(i))) continue;
    // The first character of a run to replace writes the `-` (none before the first kept run: it would go).
    if (i > start) out += `${mountPath.slice(start, i)}-`;
    start = i + 1;
  }
  if (start < mountPath.length) out += mountPath.slice(start);
  let lead = 0;
  while (out.charCodeAt(lead) === 45 || out.charCodeAt(lead) === 46) lead++; // "-", "."
  return lead === 0 ? out : out.slice(lead);
}

function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 95;
}

/**
 * `files` → volumeMounts by subPath (appended to `mounts`). Inline content goes into the template's generated ConfigMap;
 * `contentFrom` keys are projected from the referenced Secret/ConfigMap. Each file is an item
 * of its volume, so each can carry its own mode.
 */
export function compileFiles(
  files: Record<string, FileSpec>,
  path: Path,
  ctx: CompileContext,
  rec: OriginRecorder | undefined,
  mounts: Record<string, unknown>[],
): void {
  for (const mountPath in files) {
    const spec = files[mountPath]!;
    const at = [...path, mountPath];
    let mode: number | undefined;
    if (spec.mode !== undefined) {
      mode = parseFileMode(spec.mode);
      if (mode === undefined)
        ctx.error(
          "file/bad-mode",
          [...at, "mode"],
          `"${spec.mode}" is not a file mode`,
          'write an octal mode from "0000" to "0777", e.g. "0644"',
        );
    }
    const key = fileKey(mountPath, ctx);
    let volumeName: string;
    if ("content" in spec) {
      volumeName = ctx.volumeName(INLINE_FILES_VOLUME);
      ctx.inlineFiles.set(key, { content: spec.content, templatePath: [...at, "content"] });
      ctx.useVolume(volumeName, { configMap: { name: inlineFilesConfigMapName(ctx.templateName), items: [] } }, at);
      addItem(ctx, volumeName, { key, path: key, mode });
    } else {
      const ref = parseKeyRef(spec.contentFrom);
      if (ref === undefined) {
        ctx.error("file/bad-reference", [...at, "contentFrom"], `"${spec.contentFrom}" is not a valid reference`, KEY_REF_HINT);
        continue;
      }
      volumeName = ctx.volumeName(`file-${ref.scheme}-${ref.name}`);
      const source =
        ref.scheme === "secret" ? { secret: { secretName: ref.name, items: [] } } : { configMap: { name: ref.name, items: [] } };
      ctx.useVolume(volumeName, source, at);
      addItem(ctx, volumeName, { key: ref.key, path: key, mode });
    }
    rec?.translated([mounts.length], at);
    rec?.key([mounts.length, "mountPath"], at);
    mounts.push({ name: volumeName, mountPath, subPath: key, readOnly: true });
  }
}

function addItem(ctx: CompileContext, volumeName: string, item: { key: string; path: string; mode: number | undefined }): void {
  const volume = ctx.volumes.get(volumeName)!.volume;
  const source = (volume.configMap ?? volume.secret) as { items: Record<string, unknown>[] };
  source.items.push(item.mode === undefined ? { key: item.key, path: item.path } : item);
}
