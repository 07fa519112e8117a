import type { JobFields } from "../template/types.js";
import type { CompileContext } from "./context.js";
import { inlineFilesConfigMapName } from "./files.js";
import { objectMeta } from "./metadata.js";
import type { OriginRecorder } from "./origins.js";
import { setOwn } from "./records.js";

/** The `<name>-files` ConfigMap holding every inline file of the template (keys sorted). */
export function compileFilesConfigMap(
  t: JobFields,
  namespace: string | undefined,
  ctx: CompileContext,
  rec: OriginRecorder | undefined,
): Record<string, unknown> {
  rec?.add([], ["containers"]);
  const data: Record<string, string> = {};
  for (const key of [...ctx.inlineFiles.keys()].sort()) {
    const file = ctx.inlineFiles.get(key)!;
    rec?.add(["data", key], file.templatePath);
    setOwn(data, key, file.content);
  }
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: objectMeta(inlineFilesConfigMapName(t.name), t, namespace, ["name"], rec),
    data,
  };
}
