// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
const t: any = { kind: "Job", name: "cycle", containers: { main: { image: "busybox" } } };
t.containers.main.self = t;
export default t;
