import { error, type Diagnostic, type DiagnosticCode, type Path } from "../diagnostic.js";
import { hashedLabel, readableLabel } from "./hash.js";
import type { OriginRecorder } from "./origins.js";

/** A pod volume the compiler generates for `files` and `dirs`, shared by every container that needs it. */
export interface GeneratedVolume {
  volume: Record<string, unknown>;
  /** Where it came from in the template (the first user). */
  templatePath: Path;
}

/** State of one template's compilation: what it found wrong and what pod-level pieces it collected. */
export class CompileContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Generated volumes by name, in first-use order. */
  readonly volumes = new Map<string, GeneratedVolume>();
  /** Inline `files` content for the `<name>-files` ConfigMap: key → content, with the template path. */
  readonly inlineFiles = new Map<string, { content: string; templatePath: Path }>();
  /** Per-file keys already taken (derived from mount paths), to keep them unique. */
  readonly fileKeys = new Set<string>();
  /** Generated volume names → what they were derived from, so two sources never share a name. */
  private readonly volumeNames = new Map<string, string>();

  constructor(
    readonly templateName: string,
    readonly origins: OriginRecorder | undefined,
    userVolumes: readonly string[] = [],
  ) {
    // The user's own `volumes` names are taken: a generated volume never shadows one.
    for (const name of userVolumes) this.volumeNames.set(name, `\u0000user:${name}`);
  }

  error(code: DiagnosticCode, path: Path, message: string, hint?: string): void {
    this.diagnostics.push(error(code, path, message, hint));
  }

  /**
   * A readable volume name for a source, from its words joined by `-` (`secret-db`,
   * `emptydir-/work` → `emptydir-work`). When two different
   * sources read the same (`my.db` and `my-db`), the later one keeps a hash suffix.
   */
  volumeName(raw: string): string {
    let name = readableLabel(raw);
    const owner = this.volumeNames.get(name);
    if (owner !== undefined && owner !== raw) name = hashedLabel(raw);
    this.volumeNames.set(name, raw);
    return name;
  }

  /** Adds a generated volume once; later users of the same name share it. */
  useVolume(name: string, volume: Record<string, unknown>, templatePath: Path): void {
    if (!this.volumes.has(name)) this.volumes.set(name, { volume: { name, ...volume }, templatePath });
  }
}
