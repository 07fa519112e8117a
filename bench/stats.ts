/** Small statistics for timings: the median resists one slow outlier (another process), the min shows the machine at its least disturbed. */
export interface Timing {
  medianMs: number;
  minMs: number;
  runs: number;
  /** Every run, in order, rounded to 0.1 ms: shows a warm-up trend or one disturbed run. */
  samplesMs: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarize(samplesMs: readonly number[]): Timing {
  return {
    medianMs: median(samplesMs),
    minMs: Math.min(...samplesMs),
    runs: samplesMs.length,
    samplesMs: samplesMs.map((ms) => Math.round(ms * 10) / 10),
  };
}

export interface RepeatOptions {
  /**
   * What is measured: wall time (the default: what a user waits), or the process's CPU time (user
   * and system, all its threads), which moves less when other processes share the machine.
   */
  clock?: "wall" | "cpu";
  minRuns: number;
  maxRuns: number;
  /** Stop starting new runs once this much time was spent (after `minRuns`): keeps the bench under a minute on a slow or loaded machine. */
  budgetMs: number;
}

/** Times `run` several times; `run` returns a value that is checked, so the work cannot be optimised away. */
export function repeat(run: () => unknown, opts: RepeatOptions): Timing {
  const samples: number[] = [];
  let spent = 0;
  while (samples.length < opts.maxRuns && (samples.length < opts.minRuns || spent < opts.budgetMs)) {
    const start = performance.now();
    const result = run();
    const ms = performance.now() - start;
    if (result === undefined) throw new Error("a timed run must return its result");
    samples.push(ms);
    spent += ms;
  }
  return summarize(samples);
}

/**
 * Times several workloads in alternation (a, b, a, b, ...), so a change in machine load during
 * the measurement hits all of them alike; used where two figures are compared with each other.
 */
export function repeatInterleaved<K extends string>(runs: Record<K, () => unknown>, opts: RepeatOptions): Record<K, Timing> {
  const keys = Object.keys(runs) as K[];
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  let spent = 0;
  for (let round = 0; round < opts.maxRuns && (round < opts.minRuns || spent < opts.budgetMs); round++) {
    for (const key of keys) {
      const start = now(opts.clock);
      const result = runs[key]();
      const ms = now(opts.clock) - start;
      if (result === undefined) throw new Error("a timed run must return its result");
      samples[key].push(ms);
      spent += ms;
    }
  }
  return Object.fromEntries(keys.map((k) => [k, summarize(samples[k])])) as Record<K, Timing>;
}

/** Milliseconds on the given clock. */
function now(clock: RepeatOptions["clock"]): number {
  if (clock !== "cpu") return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** A timing of k repetitions, as the timing of one (each sample divided by k). */
export function scaleTiming(t: Timing, factor: number): Timing {
  return summarize(t.samplesMs.map((ms) => ms * factor));
}
