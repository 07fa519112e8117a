// `npm run gen`: every generator, in one run. Output is committed; a test regenerates it when
// ../shared/k8s-openapi is present and compares byte for byte.
import { genConfigSchema } from "./gen-config-schema.ts";
import { genSchemas } from "./gen-schemas.ts";
import { genTemplateSchema } from "./gen-template-schema.ts";
import { genZoneNames } from "./gen-zone-names.ts";
import { genZones } from "./gen-zones.ts";

await genSchemas();
// Also writes the copies of the published schema (examples/, templates/kubejobs.schema.json).
await genTemplateSchema();
await genZoneNames();
await genZones();
await genConfigSchema();
