// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
let deep: unknown = "leaf";
for (let i = 0; i < 10000; i++) deep = [deep];
export default { kind: "Job", name: "deep", containers: { main: { image: "busybox", args: deep } } };
