// `npm run gen`: every generator, in one run. Output is committed; a test regenerates it when
// ../shared/k8s-openapi is present and compares byte for byte.
import { genSchemas } from "./gen-schemas.ts";
import { genTemplateSchema } from "./gen-template-schema.ts";

await genSchemas();
await genTemplateSchema();
