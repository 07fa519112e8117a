// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
export default { name: "kindless", containers: { main: { image: "busybox" } } };
