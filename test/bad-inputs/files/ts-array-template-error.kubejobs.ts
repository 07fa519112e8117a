// @ts-nocheck -- bad-input fixture: deliberately wrong, not for tsc.
import { job } from "kubejobs";
export default [
  job({ name: "first", containers: { main: { image: "busybox" } } }),
  job({ name: "second", containers: {} }),
];
