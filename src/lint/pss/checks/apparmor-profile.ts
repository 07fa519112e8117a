// check_appArmorProfile.go: AppArmor must not be turned off (baseline, 1.0+). Two channels: the
// deprecated per-container annotation on the pod template (runtime/default, localhost/* or empty
// allowed) and, in clusters that have the field (1.30+), securityContext.appArmorProfile.type
// (RuntimeDefault or Localhost). PSA patched the field check into its 1.0 function, so every policy
// version of a 1.30+ API server checks it.
import { asRecord, type Json } from "../../../k8s/rules/util.js";
import type { Path } from "../../../diagnostic.js";
import type { PssCheck, PssFinding } from "../check.js";

const ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
const FIELD_SINCE = 30;

function allowedAnnotation(value: unknown): boolean {
  return typeof value !== "string" || value === "" || value === "runtime/default" || value.startsWith("localhost/");
}

function checkField(holder: Json | undefined, path: Path, who: string, out: PssFinding[]): void {
  const profile = asRecord(holder?.appArmorProfile);
  if (profile === undefined || profile.type === "RuntimeDefault" || profile.type === "Localhost") return;
  out.push({ path: [...path, "appArmorProfile", "type"], message: `${who} sets AppArmor profile type ${JSON.stringify(profile.type)}` });
}

export const apparmorProfile: PssCheck = {
  id: "appArmorProfile",
  code: "pss/apparmor-profile",
  level: "baseline",
  since: 0,
  check(pod, minor) {
    const out: PssFinding[] = [];
    if (minor >= FIELD_SINCE) {
      checkField(pod.securityContext, [...pod.specPath, "securityContext"], "the pod", out);
      for (const c of pod.containers) checkField(c.securityContext, [...c.path, "securityContext"], c.label, out);
    }
    for (const key of Object.keys(pod.annotations).sort()) {
      const value = pod.annotations[key];
      if (!key.startsWith(ANNOTATION_PREFIX) || allowedAnnotation(value)) continue;
      out.push({ path: [...pod.annotationsPath, key], message: `annotation ${key} sets AppArmor profile ${JSON.stringify(value)}` });
    }
    return out;
  },
};
