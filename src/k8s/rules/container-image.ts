// image is required. Leading or trailing whitespace is accepted in a pod template (some tools
// use " " as a placeholder) but refused when the pod itself is created, so it is a warning.
// Source: core/validation validateContainerCommon (Required image) and
// validateContainerOnlyForPod (whitespace, pods only).
import { error, warning } from "../../diagnostic.js";
import type { Rule } from "./rule.js";

// The characters trim() removes.
const WHITESPACE = /\s/;

export const containerImage: Rule = {
  code: "container/image",
  codes: ["container/image-required", "container/image-whitespace"],
  check(t, _ctx, out) {
    for (const ref of t.containers) {
      const image = ref.container.image;
      if (image === undefined || image === "") {
        out.push(
          error(
            "container/image-required",
            [...ref.path, "image"],
            "every container needs an image",
            "set image, e.g. ghcr.io/acme/report:1.4.2",
          ),
        );
      } else if (typeof image === "string" && WHITESPACE.test(image)) {
        // trim() allocates: it runs only once whitespace is found.
        out.push(
          image.trim() !== image
            ? warning(
                "container/image-whitespace",
                [...ref.path, "image"],
                `image ${JSON.stringify(image)} has leading or trailing whitespace: the pod template is accepted, but each pod created from it will be rejected`,
                "remove the whitespace",
              )
            : // The API server does not check image syntax (PRODUCT §2: accepted, so a warning), but no
              // registry reference contains whitespace: every pull would fail.
              warning(
                "container/image-whitespace",
                [...ref.path, "image"],
                `image ${JSON.stringify(image)} contains whitespace: the API server accepts it, but no registry can serve it and every pull will fail`,
                "write the reference as NAME:TAG, e.g. busybox:1.36",
              ),
        );
      }
    }
  },
};
