import { lintValues } from "../src/check/lint-documents.js";
import { generateTemplates } from "./templates.js";
const t = generateTemplates(1000, 1001);
for (let i = 0; i < 6; i++) lintValues(t, { now: new Date(Date.UTC(2026, 0, 1)) });
