// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
export default new Proxy({}, {
  get() {
    throw new Error("proxy get trap");
  },
  ownKeys() {
    throw new Error("proxy ownKeys trap");
  },
});
