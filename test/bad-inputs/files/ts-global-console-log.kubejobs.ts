// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
globalThis.console.log("debug via globalThis.console");
export default { kind: "Job", name: "Bad_Name", containers: { main: { image: "busybox" } } };
