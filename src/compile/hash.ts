/**
 * A short, stable hash (32-bit FNV-1a, base36) for names derived from content. The compiler may
 * not use node:crypto (it stays free of I/O and platform modules); collisions only cost a clash
 * diagnostic, never wrong output.
 */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, "0");
}

/** `raw` made a DNS-1123 label (≤ 63 chars): lower case, other characters → `-`. */
export function readableLabel(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 63)
    .replace(/-$/, "");
}

/** Like `readableLabel`, with a hash of `raw` kept at the end, for when the readable form clashes. */
export function hashedLabel(raw: string): string {
  const clean = readableLabel(raw);
  const hash = shortHash(raw);
  const head = clean.slice(0, 63 - hash.length - 1).replace(/-$/, "");
  return head === "" ? `v-${hash}` : `${head}-${hash}`;
}
