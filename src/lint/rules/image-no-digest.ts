import { parseImageRef } from "../image-ref.js";
import type { LintRule } from "./rule.js";

export const imageNoDigest: LintRule = {
  id: "image/no-digest",
  level: "off",
  rationale: "A tag can be moved to other content; only a digest names exactly one image (supply-chain pinning).",
  hint: "append the digest: image:1.4.2@sha256:… (crane digest IMAGE, or docker buildx imagetools inspect)",
  check(t, _ctx, report) {
    for (const ref of t.containers) {
      const image = ref.container.image;
      if (typeof image !== "string" || parseImageRef(image).digest !== undefined) continue;
      report({ path: [...ref.path, "image"], message: `image ${JSON.stringify(image)} is not pinned by digest` });
    }
  },
};
