// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
process.stdout.write("debug: building the template\n");
export default { kind: "Job", name: "Bad_Name", containers: { main: { image: "busybox" } } };
