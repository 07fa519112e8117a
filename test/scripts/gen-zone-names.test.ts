import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TZDATA_ZI, zoneNamesModule } from "../../scripts/gen-zone-names.ts";
import { TZDATA_VERSION } from "../../src/schedule/generated/zone-names.js";

const installed = existsSync(TZDATA_ZI) ? readFileSync(TZDATA_ZI, "utf8") : "";
const sameVersion = installed.includes(`# version ${TZDATA_VERSION}\n`);

describe("gen-zone-names", () => {
  it.skipIf(!sameVersion)(
    `regenerates zone-names.ts byte for byte from ${TZDATA_ZI} (skipped unless tzdata ${TZDATA_VERSION} is installed)`,
    () => {
      expect(zoneNamesModule(installed)).toBe(readFileSync("src/schedule/generated/zone-names.ts", "utf8"));
    },
  );

  it("takes zone and link names, sorted, and the version", () => {
    const zi =
      "# version 2099z\nR X 2000 o - Mar lastSu 1u 1 S\nZ Europe/Berlin 0:53:28 - LMT 1893 Ap\nL Europe/Berlin Arctic/Longyearbyen\nZ Etc/UTC 0 - UTC\n";
    const module = zoneNamesModule(zi);
    expect(module).toContain('export const TZDATA_VERSION = "2099z";');
    expect(module).toContain('  "Arctic/Longyearbyen Etc/UTC Europe/Berlin",');
  });
});
