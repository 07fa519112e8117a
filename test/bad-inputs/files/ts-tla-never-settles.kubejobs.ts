// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
await new Promise(() => {});
export default { kind: "Job", name: "never", containers: { main: { image: "busybox" } } };
