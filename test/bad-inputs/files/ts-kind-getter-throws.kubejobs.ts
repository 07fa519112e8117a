// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
export default {
  get kind() {
    throw new Error("kind getter failed");
  },
  name: "getter",
};
