import type { K8sObject } from "../k8s/types.js";
import type { JobFields, Template } from "../template/types.js";
import { compileFilesConfigMap } from "./config-map.js";
import { CompileContext } from "./context.js";
import { compileCronJob } from "./cron-job.js";
import { checkHashedName, nameByContent } from "./gitops.js";
import { compileJob } from "./job.js";
import { OriginRecorder } from "./origins.js";
import { compileSecret } from "./secret.js";
import type { CompileOptions, CompileResult, Origins } from "./types.js";

export type { CompileOptions, CompileResult, Origins } from "./types.js";
export { originOf, templatePathFor } from "./origins.js";

/**
 * The pure compiler: one template (already checked against the template schema) → its
 * Secrets, ConfigMaps and Job/CronJob, as complete as its errors allow. No I/O, no clock, no environment: secret sources
 * come in `options`. With `trackOrigins`, it also records where each manifest field came from.
 *
 * It reads the template's ~60 optional fields and each container's ~20 by name: fastest on the
 * copy in fixed shapes that the shape check validated (validate/template-fixed-shape.ts;
 * check-template.ts passes it), the same result on any other object.
 */
export function compileTemplate(template: Template, options: CompileOptions = {}, trackOrigins = false): CompileResult {
  const secretOrigins: Origins[] = [];
  const recorderFor = (): [OriginRecorder | undefined, Origins] => {
    const list: Origins = [];
    return [trackOrigins ? OriginRecorder.tracking(list) : undefined, list];
  };
  const [mainRec, mainOrigins] = recorderFor();
  const ctx = new CompileContext(template.name, mainRec, Object.keys(template.volumes ?? {}));
  const namespace = template.namespace ?? options.namespace;

  if ((template as JobFields).restartPolicy === ("Always" as string)) {
    ctx.error(
      "template/restart-policy-always",
      ["restartPolicy"],
      "a Job's pods cannot use restartPolicy Always",
      "use OnFailure (restart the container in place) or Never (the default: a new pod per retry)",
    );
  }
  if (template.kind === "Job") checkHashedName(template, ctx);
  const main =
    template.kind === "ScheduledJob"
      ? compileCronJob(template, namespace, ctx, mainRec)
      : compileJob(template, namespace, options.gitops, ctx, mainRec);

  const manifests: Record<string, unknown>[] = [];
  const inputs = { env: options.env ?? {}, files: options.files ?? {}, unreadFiles: options.unreadFiles ?? {} };
  for (const [name, spec] of Object.entries(template.secrets ?? {})) {
    const [rec, list] = recorderFor();
    manifests.push(compileSecret(name, spec, template, namespace, inputs, ctx, rec));
    secretOrigins.push(list);
  }
  const origins: Origins[] = [...secretOrigins];
  let filesConfigMap: Record<string, unknown> | undefined;
  if (ctx.inlineFiles.size > 0) {
    const [rec, list] = recorderFor();
    filesConfigMap = compileFilesConfigMap(template, namespace, ctx, rec);
    manifests.push(filesConfigMap);
    origins.push(list);
  }
  if (template.kind === "Job" && template.nameSuffix === "hash") nameByContent(main, filesConfigMap, template.name);
  manifests.push(main);
  origins.push(mainOrigins);

  return { manifests: manifests as K8sObject[], origins, diagnostics: ctx.diagnostics };
}
