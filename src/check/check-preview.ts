import { error, hasErrors, type Diagnostic } from "../diagnostic.js";
import type { SourceDocument } from "../load/types.js";
import type { PreviewInput } from "../preview/preview-data.js";
import { checkDocuments } from "./check-documents.js";
import type { PipelineOptions } from "./options.js";

export interface CheckedPreviewInputs {
  /** The CronJobs and Jobs to preview, compiled from templates or as written; empty on any error. */
  inputs: PreviewInput[];
  diagnostics: Diagnostic[];
}

/**
 * `kubejobs preview` reads templates and plain manifests alike: every document goes through the
 * spine as `validate` checks it (templates compiled, manifests checked as they are), and the
 * CronJobs and Jobs that come out are what is previewed, so both are read the same way.
 */
export function checkPreviewInputs(documents: readonly SourceDocument[], options: PipelineOptions): CheckedPreviewInputs {
  const inputs: PreviewInput[] = [];
  const diagnostics: Diagnostic[] = [];
  // One document at a time, to know which file each manifest came from (validate has no
  // cross-document rule).
  for (const document of documents) {
    const checked = checkDocuments([document], "validate", options);
    diagnostics.push(...checked.diagnostics);
    for (const manifest of checked.manifests)
      if (manifest.kind === "CronJob" || manifest.kind === "Job") inputs.push({ manifest, file: document.file });
  }
  if (hasErrors(diagnostics)) return { inputs: [], diagnostics };
  if (inputs.length === 0) {
    diagnostics.push(
      error(
        "preview/no-jobs",
        [],
        "no CronJob or Job found in the inputs",
        "preview takes templates (kind: ScheduledJob or Job) and CronJob or Job manifests",
      ),
    );
  }
  return { inputs, diagnostics };
}
