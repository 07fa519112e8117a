// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
export default { kind: "Job", name: "dates", activeDeadlineSeconds: new Date(), containers: { main: { image: "busybox", command: [() => "sh"] } } };
