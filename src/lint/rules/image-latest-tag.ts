import { parseImageRef } from "../image-ref.js";
import type { LintRule } from "./rule.js";

export const imageLatestTag: LintRule = {
  id: "image/latest-tag",
  level: "warning",
  rationale: "`:latest` or no tag runs whatever was pushed last: two runs of one Job can run different code.",
  hint: "use a version tag (ghcr.io/acme/report:1.4.2) or a digest",
  peers: { kubeLinter: "latest-tag", polaris: "tagNotSpecified" },
  kubeLinterCovers: true,
  check(t, _ctx, report) {
    for (const ref of t.containers) {
      const image = ref.container.image;
      if (typeof image !== "string") continue;
      const { tag, digest } = parseImageRef(image);
      if (digest !== undefined || (tag !== undefined && tag !== "latest")) continue;
      report({
        path: [...ref.path, "image"],
        message: `image ${JSON.stringify(image)} ${tag === undefined ? "has no tag (Kubernetes pulls :latest)" : "uses the :latest tag"}`,
      });
    }
  },
};
