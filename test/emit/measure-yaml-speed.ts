/**
 * Ad hoc measurement, not a test (PRODUCT §5: no timings in tests): µs per typical CronJob for
 * `toYaml`, beside the `yaml` package's `stringify` and `JSON.stringify` (a native floor) on the
 * same data. Each figure is the best of several rounds, so a busy machine disturbs it less.
 * Run: `node scripts/run.mjs test/render/measure-yaml-speed.ts`.
 */
import { stringify } from "yaml";
import { toYaml } from "../../src/emit/yaml.js";
import { typicalCronJob } from "./fixtures.js";

const manifests = Array.from({ length: 1000 }, (_, i) => typicalCronJob(`job-${i}`));

function bestMicrosecondsEach(write: (value: unknown) => string, rounds: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    let bytes = 0;
    const start = process.hrtime.bigint();
    for (const m of manifests) bytes += write(m).length;
    const elapsedNs = Number(process.hrtime.bigint() - start);
    if (bytes === 0) throw new Error("nothing written");
    best = Math.min(best, elapsedNs / 1000 / manifests.length);
  }
  return best;
}

const indentedJson = (value: unknown) => JSON.stringify(value, null, 2);
const ours = bestMicrosecondsEach(toYaml, 30);
const theirs = bestMicrosecondsEach(stringify, 5);
const json = bestMicrosecondsEach(indentedJson, 30);
const row = (name: string, us: number) =>
  `${name.padEnd(26)}${us.toFixed(2).padStart(8)} µs each ${(us * 10).toFixed(0).padStart(6)} ms per 10,000`;
console.log(`typical CronJob: ${toYaml(manifests[0]).split("\n").length - 1} lines of YAML`);
console.log(row("toYaml", ours));
console.log(row("yaml.stringify", theirs));
console.log(row("JSON.stringify(v, null, 2)", json));
console.log(`toYaml is ${(theirs / ours).toFixed(0)}× faster than yaml.stringify`);
