import { describe, expect, it } from "vitest";
import { parseImageRef } from "../../src/lint/image-ref.js";

describe("parseImageRef", () => {
  it.each([
    ["busybox", undefined, undefined],
    ["busybox:1.36", "1.36", undefined],
    ["localhost:5000/app", undefined, undefined],
    ["localhost:5000/app:2", "2", undefined],
    ["ghcr.io/acme/report@sha256:abc", undefined, "sha256:abc"],
    ["ghcr.io/acme/report:latest@sha256:abc", "latest", "sha256:abc"],
  ])("%s → tag %s, digest %s", (image, tag, digest) => {
    expect(parseImageRef(image)).toEqual({ tag, digest });
  });
});
