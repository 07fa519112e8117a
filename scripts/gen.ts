// `npm run gen`: every generator, in one run. Output is committed; a test regenerates it when
// ../shared/k8s-openapi is present and compares byte for byte.
import { writeFileSync } from "node:fs";
import { genConfigSchema } from "./gen-config-schema.ts";
import { genSchemas } from "./gen-schemas.ts";
import { genTemplateSchema } from "./gen-template-schema.ts";
import { genZoneNames } from "./gen-zone-names.ts";
import { genZones } from "./gen-zones.ts";

await genSchemas();
await genTemplateSchema();
await genZoneNames();
await genZones();
await genConfigSchema();
// The copy the examples' yaml-language-server modelines point at (exactly `kubejobs schema`).
const { templateJsonSchema } = await import("../src/template/schema.ts");
writeFileSync("examples/kubejobs.schema.json", JSON.stringify(templateJsonSchema(), null, 2) + "\n");
