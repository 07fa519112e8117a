// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
export default { kind: "Job", name: "big", backoffLimit: 10n, containers: { main: { image: "busybox" } } };
