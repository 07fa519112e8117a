import { parseImageRef } from "../image-ref.js";
import type { LintRule } from "./rule.js";

export const imagePullAlwaysDigest: LintRule = {
  id: "image/pull-always-digest",
  level: "info",
  rationale:
    "An image pinned by digest cannot change: `imagePullPolicy: Always` only adds a registry round trip (and a failure point) to every pod start.",
  hint: "drop imagePullPolicy (Kubernetes defaults to IfNotPresent for a digest)",
  check(t, _ctx, report) {
    for (const ref of t.containers) {
      const image = ref.container.image;
      if (ref.container.imagePullPolicy !== "Always" || typeof image !== "string" || parseImageRef(image).digest === undefined) continue;
      report({
        path: [...ref.path, "imagePullPolicy"],
        message: `imagePullPolicy Always with an image pinned by digest pulls the same bytes every time`,
      });
    }
  },
};
