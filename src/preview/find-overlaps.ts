import type { ConcurrencyPolicy, PreviewOverlap } from "./preview-data.js";

export interface Overlaps {
  overlaps: PreviewOverlap[];
  /** Per run: the latest it ends (unix ms), when a deadline is known and it starts. */
  endsBy: (number | undefined)[];
  /** Per run: Forbid does not start it (the previous one may still be going). */
  notStarted: boolean[];
}

/**
 * Runs that may still be going when the next one starts, taking the worst case: every run lasts
 * until its activeDeadlineSeconds. What then happens is the concurrencyPolicy's (the controller's
 * syncCronJob): Allow starts the new run beside the old; Forbid does not start it while the old
 * one is active; Replace deletes the old one and starts the new. Without a deadline nothing is known.
 */
export function findOverlaps(starts: readonly number[], deadlineSeconds: number | null, policy: ConcurrencyPolicy): Overlaps {
  const overlaps: PreviewOverlap[] = [];
  const notStarted = starts.map(() => false);
  if (deadlineSeconds === null) return { overlaps, endsBy: starts.map(() => undefined), notStarted };
  const length = deadlineSeconds * 1000;
  const endsBy: (number | undefined)[] = starts.map((s) => s + length);
  let running = -1; // Forbid: the run that may be active
  starts.forEach((start, i) => {
    if (policy === "Forbid") {
      if (running >= 0 && start < starts[running]! + length) {
        overlaps.push({ run: i, previous: running, policy });
        notStarted[i] = true;
        endsBy[i] = undefined;
      } else running = i;
    } else if (i > 0 && start < starts[i - 1]! + length) {
      overlaps.push({ run: i, previous: i - 1, policy });
      if (policy === "Replace") endsBy[i - 1] = start;
    }
  });
  return { overlaps, endsBy, notStarted };
}
