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

/**
 * `raw` made a DNS-1123 label (≤ 63 chars): lower case, each run of other characters → one `-`,
 * no `-` at either end. One pass instead of five regular-expression replaces (it runs for every
 * generated volume), copying runs of kept characters whole: most names are labels already.
 */
export function readableLabel(raw: string): string {
  const lower = raw.toLowerCase();
  let out = "";
  let start = 0; // of the current run of kept characters
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue; // a-z, 0-9
    if (i > start) out = out === "" ? lower.slice(start, i) : `${out}-${lower.slice(start, i)}`;
    start = i + 1;
  }
  if (out.length > 63) out = out.slice(0, 63).replace(/-$/, "");
  return out;
}

/** Like `readableLabel`, with a hash of `raw` kept at the end, for when the readable form clashes. */
export function hashedLabel(raw: string): string {
  const clean = readableLabel(raw);
  const hash = shortHash(raw);
  const head = clean.slice(0, 63 - hash.length - 1).replace(/-$/, "");
  return head === "" ? `v-${hash}` : `${head}-${hash}`;
}
