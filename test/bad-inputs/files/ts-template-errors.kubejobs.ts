// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
import { job } from "kubejobs";
export default job({
  name: "TS_Template",
  restartPolicy: "Always",
  containers: { main: { image: "busybox", resources: { cpu: "250x" } } },
});
