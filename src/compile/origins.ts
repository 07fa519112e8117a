import type { Path } from "../diagnostic.js";
import type { Origins } from "./types.js";

/**
 * Records which template path each manifest field came from, so a rule that fires on the
 * manifest can point at the user's own line. Recording is off on the fast path: the pipeline
 * compiles again with tracking only when there is a diagnostic to place (compile is pure).
 * "Off" is no recorder at all, and the compiler calls `rec?.add([...], [...])`: optional
 * chaining skips the call *and* its arguments, so the fast path builds none of the path arrays
 * (a no-op recorder still allocated them: about a tenth of compile time went to collecting them).
 */
export class OriginRecorder {
  private constructor(
    private readonly list: Origins,
    private readonly prefix: Path,
  ) {}

  static tracking(list: Origins): OriginRecorder {
    return new OriginRecorder(list, []);
  }

  /** A recorder whose manifest paths are relative to `prefix`. */
  at(...prefix: Path): OriginRecorder {
    return new OriginRecorder(this.list, this.full(prefix));
  }

  /** The manifest field at `manifestPath` (and, by name, everything below it) came from `templatePath`. */
  add(manifestPath: Path, templatePath: Path): void {
    this.list.push([this.full(manifestPath), templatePath]);
  }

  /** Like `add`, but everything below `manifestPath` also maps to `templatePath` itself. */
  translated(manifestPath: Path, templatePath: Path): void {
    this.list.push([this.full(manifestPath), templatePath, "translated"]);
  }

  /** The field at `manifestPath` was written as the map key at the end of `templatePath`. */
  key(manifestPath: Path, templatePath: Path): void {
    this.list.push([this.full(manifestPath), templatePath, "key"]);
  }

  /**
   * The prefix and the path, sharing arrays where one part is empty (paths are never changed once
   * recorded); else a copy of the prefix, with the path pushed (spreading both into a third array,
   * or `concat`, costs several times as much: this was a third of a compile that records).
   */
  private full(path: Path): Path {
    if (path.length === 0) return this.prefix;
    if (this.prefix.length === 0) return path;
    const out = this.prefix.slice();
    for (let i = 0; i < path.length; i++) out.push(path[i]!);
    return out;
  }
}

/**
 * Where a manifest path came from in the template: the longest recorded prefix, plus the rest of
 * the manifest path (pass-through fields keep their Kubernetes names below the translated level);
 * `key` when the field itself was written as a map key.
 */
export function originOf(origins: Origins, manifestPath: Path): { path: Path; key: boolean } {
  let best: Origins[number] | undefined;
  let bestLength = -1;
  for (let e = 0; e < origins.length; e++) {
    const entry = origins[e]!;
    const mp = entry[0];
    if (mp.length > manifestPath.length || mp.length <= bestLength) continue;
    // Entries share long prefixes (`spec.jobTemplate.spec.template.spec.containers.0`) and differ
    // at their end: comparing the last element first rejects most of them at once.
    if (mp.length > 0 && mp[mp.length - 1] !== manifestPath[mp.length - 1]) continue;
    let i = 0;
    while (i < mp.length && mp[i] === manifestPath[i]) i++;
    if (i === mp.length) {
      best = entry;
      bestLength = mp.length;
    }
  }
  if (best === undefined) return { path: manifestPath, key: false };
  if (best[2] === undefined) return { path: [...best[1], ...manifestPath.slice(best[0].length)], key: false };
  return { path: best[1], key: best[2] === "key" && best[0].length === manifestPath.length };
}

/** The template path of a manifest path (see originOf). */
export function templatePathFor(origins: Origins, manifestPath: Path): Path {
  return originOf(origins, manifestPath).path;
}
