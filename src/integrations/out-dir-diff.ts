// `render --out-dir DIR --check` (INTEGRATIONS.md §2): what DIR holds against what render would
// write there, as a unified diff. The diff itself is jsdiff's (npm `diff`): a line diff with
// correct hunks is easy to get subtly wrong, and jsdiff is the maintained, dependency-free one.
// Secret values never reach the diff: a Secret is compared on a view that keeps its keys and
// says which values changed.
import { createTwoFilesPatch } from "diff";
import type { PlannedFile } from "../emit/plan-out-dir.js";
import { toYaml } from "../emit/yaml.js";
import { parseYaml } from "../load/yaml.js";

/** An entry of DIR as found: a regular file with its text, or anything else (a directory, a link). */
export type ExistingEntry = { name: string; text: string } | { name: string; other: "directory" | "other" };

export interface PlannedOutFile extends PlannedFile {
  /** The file holds a Secret: its values are never shown. */
  secret: boolean;
}

export interface OutDirDiff {
  added: string[];
  removed: string[];
  changed: string[];
  /** Unified diff, file by file in name order; empty when up to date. */
  patch: string;
}

const HIDDEN = "<hidden>";
const HIDDEN_CHANGED = "<hidden, changed>";
/** Annotations that may carry a copy of the whole object, values included. */
const COPY_ANNOTATIONS = new Set(["kubectl.kubernetes.io/last-applied-configuration"]);

/** Compares DIR (`shown` is how to name it) with the planned files. Pure. */
export function diffOutDir(shown: string, planned: readonly PlannedOutFile[], existing: readonly ExistingEntry[]): OutDirDiff {
  const want = new Map(planned.map((f) => [f.name, f]));
  const have = new Map(existing.map((e) => [e.name, e]));
  const names = [...new Set([...want.keys(), ...have.keys()])].sort();
  const result: OutDirDiff = { added: [], removed: [], changed: [], patch: "" };
  const dir = shown.replace(/\/+$/, "");
  for (const name of names) {
    const next = want.get(name);
    const now = have.get(name);
    if (next !== undefined && now !== undefined && "text" in now && now.text === next.text) continue;
    // As git names them: a/ and b/ before the path (an absolute one keeps its single slash).
    const a = `a${dir.startsWith("/") ? "" : "/"}${dir}/${name}`;
    const b = `b${dir.startsWith("/") ? "" : "/"}${dir}/${name}`;
    if (now !== undefined && !("text" in now)) {
      // Not a file: render --out-dir replaces the whole directory, so it goes.
      result.removed.push(name);
      result.patch += `Only in ${dir}: ${name} (${now.other === "directory" ? "a directory" : "not a regular file"}; it would be removed)\n`;
      if (next !== undefined) {
        result.added.push(name);
        result.patch += patch("/dev/null", b, "", view(next.text, next.secret));
      }
      continue;
    }
    const secret = next?.secret === true || (now !== undefined && looksSecret(name, now.text));
    if (next === undefined) {
      result.removed.push(name);
      result.patch += patch(a, "/dev/null", view(now!.text, secret), "");
    } else if (now === undefined) {
      result.added.push(name);
      result.patch += patch("/dev/null", b, "", view(next.text, secret));
    } else {
      result.changed.push(name);
      const [before, after] = secret ? secretViews(now.text, next.text) : [now.text, next.text];
      result.patch +=
        before === after
          ? `--- ${a}\n+++ ${b}\n@@ Secret changed outside its values and keys (layout or encoding); contents hidden @@\n`
          : patch(a, b, before, after);
    }
  }
  return result;
}

function patch(from: string, to: string, before: string, after: string): string {
  // Only the file headers: no "Index:" / "====" lines, as git and diff -u print.
  const text = createTwoFilesPatch(from, to, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS });
  return text.endsWith("\n") ? text : `${text}\n`;
}

const FILE_HEADERS = { includeIndex: false, includeUnderline: false, includeFileHeaders: true };

/** A file added or removed whole: shown as it is, unless it holds a Secret. */
function view(text: string, secret: boolean): string {
  return secret ? secretViews(text, text)[0] : text;
}

/** Whether a file found in DIR holds a Secret (or may: an unreadable `secret-*` file is treated as one). */
function looksSecret(name: string, text: string): boolean {
  if (name.startsWith("secret-")) return true;
  const objects = parseObjects(text);
  return objects === undefined ? /\bSecret\b/.test(text) : objects.some((o) => o.kind === "Secret");
}

type SecretObject = Record<string, unknown> & { kind?: unknown; metadata?: unknown; data?: unknown; stringData?: unknown };

function parseObjects(text: string): SecretObject[] | undefined {
  const parsed = parseYaml(text, "out-dir");
  if (parsed.diagnostics.some((d) => d.severity === "error")) return undefined;
  const values = parsed.documents.map((d) => d.value);
  return values.every((v) => typeof v === "object" && v !== null && !Array.isArray(v)) ? (values as SecretObject[]) : undefined;
}

/**
 * Views of two versions of a Secret file that can be diffed safely: every value under `data` and
 * `stringData` becomes `<hidden>`, and on the new side `<hidden, changed>` when the key's value
 * differs from the old one (compared decoded, so moving a key between data and stringData is not
 * a change of value).
 * A file that is not readable YAML is hidden whole.
 */
export function secretViews(before: string, after: string): [string, string] {
  const old = parseObjects(before);
  const now = parseObjects(after);
  const oldValues = old === undefined ? undefined : valuesOf(old);
  const newValues = now === undefined ? undefined : valuesOf(now);
  const render = (
    objects: SecretObject[] | undefined,
    own: Map<string, string> | undefined,
    other: Map<string, string> | undefined,
    text: string,
  ) =>
    objects === undefined
      ? `<contents hidden: not readable YAML, ${text.split("\n").length - 1} lines>\n`
      : objects.map((o, i) => toYaml(redacted(o, i, own!, other))).join("---\n");
  // Only the new side says "changed": the key's line then differs, and the diff shows it.
  return [render(old, oldValues, undefined, before), render(now, newValues, oldValues, after)];
}

/** Each value of a file's Secrets, decoded, keyed by `object index/key`. */
function valuesOf(objects: SecretObject[]): Map<string, string> {
  const out = new Map<string, string>();
  objects.forEach((o, i) => {
    for (const [field, decode] of [
      ["data", (v: string) => Buffer.from(v, "base64").toString("latin1")],
      ["stringData", (v: string) => Buffer.from(v, "utf8").toString("latin1")],
    ] as const) {
      const map = o[field];
      if (typeof map !== "object" || map === null) continue;
      for (const [key, value] of Object.entries(map))
        out.set(`${i}/${key}`, typeof value === "string" ? decode(value) : JSON.stringify(value));
    }
  });
  return out;
}

function redacted(o: SecretObject, index: number, own: Map<string, string>, other: Map<string, string> | undefined): SecretObject {
  const out: SecretObject = { ...o };
  for (const field of ["data", "stringData"] as const) {
    const map = o[field];
    if (typeof map !== "object" || map === null || Array.isArray(map)) {
      if (map !== undefined) out[field] = HIDDEN;
      continue;
    }
    const hidden: Record<string, string> = {};
    for (const key of Object.keys(map)) {
      const id = `${index}/${key}`;
      const changed = other !== undefined && other.has(id) && other.get(id) !== own.get(id);
      hidden[key] = changed ? HIDDEN_CHANGED : HIDDEN;
    }
    out[field] = hidden;
  }
  const meta = o.metadata;
  if (typeof meta === "object" && meta !== null && !Array.isArray(meta)) {
    const annotations = (meta as { annotations?: unknown }).annotations;
    if (typeof annotations === "object" && annotations !== null) {
      const kept: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(annotations)) kept[k] = COPY_ANNOTATIONS.has(k) ? HIDDEN : v;
      out.metadata = { ...meta, annotations: kept };
    }
  }
  return out;
}
