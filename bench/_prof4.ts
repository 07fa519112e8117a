import { runsAfter } from "../src/schedule/next-runs.js";
import { zoneOffsets } from "../src/schedule/zone-offsets.js";
import { parseSchedule } from "../src/schedule/parse-schedule.js";
import { SCHEDULES, TIME_ZONES } from "./schedules.js";
const now = Date.UTC(2026, 0, 1);
for (const s of SCHEDULES) {
  const sch = parseSchedule(s).schedule!;
  for (const count of [1, 25]) {
    for (let pass = 0; pass < 2; pass++) {
      const t0 = performance.now();
      for (const tz of TIME_ZONES) for (let i = 0; i < 20; i++) runsAfter(sch, zoneOffsets(tz), now, count);
      const ms = performance.now() - t0;
      if (pass === 1 && ms > 20) console.log(s, count, ms.toFixed(1), "ms for", TIME_ZONES.length * 20);
    }
  }
}
