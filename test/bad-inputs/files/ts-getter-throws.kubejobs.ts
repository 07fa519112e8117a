// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
export default {
  kind: "Job",
  name: "getter",
  get containers() {
    throw new Error("lazy containers failed");
  },
};
