// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
import { job } from "kubejobs";
export default [job({ name: "fine", containers: { main: { image: "busybox" } } }), 7, "text", null, { kind: "Deployment" }];
