import { countSeverities, type ReportInput } from "./model.js";
import { inReadingOrder } from "./reading-order.js";

/**
 * `{ diagnostics, summary: { files, objects, errors, warnings, infos } }` (LINT.md §1), and
 * `skipped` (objects of kinds kubejobs does not check, as the text summary and JUnit count them)
 * when the command passes objects over.
 */
export function formatJson(input: ReportInput): string {
  const diagnostics = inReadingOrder(input.diagnostics);
  const summary = {
    files: input.files,
    objects: input.objects.length,
    ...(input.skipped === undefined ? {} : { skipped: input.skipped.length }),
    ...countSeverities(diagnostics),
  };
  return JSON.stringify({ diagnostics, summary }, null, 2) + "\n";
}
